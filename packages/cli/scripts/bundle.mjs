// Bundles the docket command (and its lint worker) with esbuild, run by `pnpm build` after tsc:
// starting docket then loads a few modules instead of a few hundred, which is most of the time a
// one-file lint takes. Code splitting keeps each command's heavy parts (the site builder, git,
// interactive prompts) in chunks under dist/chunks/ that load only when that command runs, so the
// entry `docket lint` loads stays small. The tsc output stays beside it for tests and embedders.
// usage: node packages/cli/scripts/bundle.mjs
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const cli = fileURLToPath(new URL('..', import.meta.url));
const dist = resolve(cli, 'dist');
const chunks = resolve(dist, 'chunks');
const packages = resolve(cli, '..');

/** Stands for "from this output file to dist/" until the files are written; see `toDist` below. */
const TO_DIST = '__DOCKET_TO_DIST__';

/**
 * Our modules find files next to themselves (templates, site assets, package.json, schemas)
 * through `import.meta.url`; inside the bundle that would be the URL of whichever output file the
 * module landed in (an entry in dist/ or a chunk in dist/chunks/). Give each of them its own URL
 * back, relative to dist/ (found from the output file's URL), so those lookups land where they did.
 */
const ownModuleUrls = {
  name: 'own-module-urls',
  setup(builder) {
    const ours = /[\\/]packages[\\/][^\\/]+[\\/]dist[\\/].*\.js$/;
    builder.onLoad({ filter: ours }, async (args) => {
      const contents = await readFile(args.path, 'utf8');
      if (!args.path.startsWith(packages) || !contents.includes('import.meta.url')) return undefined;
      const fromDist = relative(dist, args.path).split('\\').join('/');
      const url = `new URL(${JSON.stringify(fromDist)}, __docketDist).href`;
      return { contents: contents.replaceAll('import.meta.url', url), loader: 'js' };
    });
  },
};

const result = await build({
  entryPoints: {
    docket: resolve(dist, 'bin.js'),
    'lint-worker': resolve(dist, 'workers/lint-worker.js'),
  },
  outdir: dist,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  format: 'esm',
  platform: 'node',
  // Prefer ES module builds: some packages' CommonJS "main" is a UMD file esbuild cannot follow.
  mainFields: ['module', 'main'],
  target: 'node20',
  plugins: [ownModuleUrls],
  // lint-files.js starts its workers from this file (relative to lint-files.js's own URL).
  define: { DOCKET_LINT_WORKER: JSON.stringify('./lint-worker.mjs') },
  // Bundled CommonJS dependencies use require() and __filename; give every output file both, and
  // the dist/ URL our own modules' file lookups start from.
  banner: {
    js: [
      "import { createRequire as __docketRequire } from 'node:module';",
      "import { fileURLToPath as __docketPath } from 'node:url';",
      'const require = __docketRequire(import.meta.url);',
      'const __filename = __docketPath(import.meta.url);',
      `const __docketDist = new URL(${JSON.stringify(TO_DIST)}, import.meta.url);`,
    ].join(' '),
  },
  write: false,
  logLevel: 'warning',
});

/** The relative URL from an output file's folder to dist/: "./" for the entries, "../" for chunks. */
function toDist(outputPath) {
  const up = relative(dirname(outputPath), dist).split('\\').join('/');
  return up === '' ? './' : `${up}/`;
}

// Chunk names carry content hashes: clear the old ones so dist/chunks/ holds only this build's.
await rm(chunks, { recursive: true, force: true });
for (const file of result.outputFiles) {
  await mkdir(dirname(file.path), { recursive: true });
  const text = file.path.endsWith('.mjs')
    ? file.text.replace(JSON.stringify(TO_DIST), JSON.stringify(toDist(file.path)))
    : file.text;
  await writeFile(file.path, text, { mode: file.path === resolve(dist, 'docket.mjs') ? 0o755 : 0o644 });
}
