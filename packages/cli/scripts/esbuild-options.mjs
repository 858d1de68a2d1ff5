// How docket's bundles resolve and compile packages, shared by the build (bundle.mjs) and the tests
// that bundle parts of it the same way (dependency-edits.test.ts).

/** esbuild options for a bundle that runs on Node 20. */
export const nodeBundleOptions = {
  bundle: true,
  platform: 'node',
  // Prefer ES module builds: some packages' CommonJS "main" is a UMD file esbuild cannot follow.
  mainFields: ['module', 'main'],
  target: 'node20',
};
