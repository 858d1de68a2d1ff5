// Bundles the docket command (and its lint worker) into one file each with esbuild, run by
// `pnpm build` after tsc: starting docket then loads one module instead of a few hundred, which
// is most of the time a one-file lint takes. The tsc output stays beside it for tests and embedders.
// usage: node packages/cli/scripts/bundle.mjs
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const cli = fileURLToPath(new URL('..', import.meta.url));
const dist = resolve(cli, 'dist');
const packages = resolve(cli, '..');

/**
 * Our modules find files next to themselves (templates, site assets, package.json, schemas)
 * through `import.meta.url`; inside the bundle that would be the bundle's URL. Give each of them
 * its own URL back, relative to the bundle, so those lookups land where they did before.
 */
const ownModuleUrls = {
  name: 'own-module-urls',
  setup(builder) {
    const ours = /[\\/]packages[\\/][^\\/]+[\\/]dist[\\/].*\.js$/;
    builder.onLoad({ filter: ours }, async (args) => {
      const contents = await readFile(args.path, 'utf8');
      if (!args.path.startsWith(packages) || !contents.includes('import.meta.url')) return undefined;
      const fromBundle = relative(dist, args.path).split('\\').join('/');
      const url = `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`;
      return { contents: contents.replaceAll('import.meta.url', url), loader: 'js' };
    });
  },
};

await build({
  entryPoints: {
    docket: resolve(dist, 'bin.js'),
    'lint-worker': resolve(dist, 'workers/lint-worker.js'),
  },
  outdir: dist,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  format: 'esm',
  platform: 'node',
  // Prefer ES module builds: some packages' CommonJS "main" is a UMD file esbuild cannot follow.
  mainFields: ['module', 'main'],
  target: 'node20',
  plugins: [ownModuleUrls],
  // lint-files.js starts its workers from this file (relative to lint-files.js's own URL).
  define: { DOCKET_LINT_WORKER: JSON.stringify('./lint-worker.mjs') },
  // Bundled CommonJS dependencies use require() and __filename; give the ES module both.
  banner: {
    js: [
      "import { createRequire as __docketRequire } from 'node:module';",
      "import { fileURLToPath as __docketPath } from 'node:url';",
      'const require = __docketRequire(import.meta.url);',
      'const __filename = __docketPath(import.meta.url);',
    ].join(' '),
  },
  logLevel: 'warning',
});
