// Bundles the docket command with esbuild, run by `pnpm build` after tsc. Starting docket then
// reads three files instead of a few hundred modules, which was most of the time a one-file lint took:
// - dist/docket.cjs: the whole command as one CommonJS script. dist/docket.mjs (the package's bin,
//   src/launch.ts) runs it through V8's code cache, which a CommonJS script can use on Node 20 and
//   an ES module cannot (see src/compile-cache.ts). The parts only some commands need (the site
//   builder, git, interactive prompts) are evaluated only when those commands run.
// - dist/lint-worker.mjs: the worker threads' entry, an ES module, with code it alone loads on
//   demand in chunks under dist/chunks/.
// The tsc output stays beside them for tests and embedders. Both bundles carry a few edits to
// dependency sources, for start-up and parsing speed: see scripts/dependency-edits.mjs.
// usage: node packages/cli/scripts/bundle.mjs

import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { dependencyEditsPlugin, parserEdits, startupEdits } from './dependency-edits.mjs';
import { nodeBundleOptions } from './esbuild-options.mjs';

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

const shared = {
  ...nodeBundleOptions,
  // lint-files.js starts its workers from this file (relative to lint-files.js's own URL).
  define: { DOCKET_LINT_WORKER: JSON.stringify('./lint-worker.mjs') },
  write: false,
  logLevel: 'warning',
};

const command = await build({
  ...shared,
  plugins: [ownModuleUrls, dependencyEditsPlugin([...startupEdits, ...parserEdits])],
  entryPoints: { docket: resolve(dist, 'bundle-entry.js') },
  outdir: dist,
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  // An import() left in the script fails once V8 compiles it from the code cache ("a dynamic import
  // callback was not specified"), so the ones esbuild does not resolve, a Node built-in loaded on
  // demand, become require() calls too.
  supported: { 'dynamic-import': false },
  // Packages written as ES modules may use import.meta.url (to make a require, say): give them the
  // bundle's URL. Our own modules get theirs from the plugin above, relative to dist/.
  define: { ...shared.define, 'import.meta.url': '__docketBundleUrl' },
  banner: {
    js: [
      "const __docketBundleUrl = require('node:url').pathToFileURL(__filename).href;",
      "const __docketDist = new URL('./', __docketBundleUrl);",
    ].join(' '),
  },
});
const [commandFile] = command.outputFiles;
const commandText = asciiOnly(commandFile.text);
const bundleKey = createHash('sha256').update(commandText).digest('hex').slice(0, 16);

const launcher = await build({
  ...shared,
  plugins: [ownModuleUrls],
  entryPoints: { docket: resolve(dist, 'launch.js') },
  outdir: dist,
  outExtension: { '.js': '.mjs' },
  format: 'esm',
  define: { ...shared.define, DOCKET_BUNDLE_KEY: JSON.stringify(bundleKey) },
  banner: { js: "const __docketDist = new URL('./', import.meta.url);" },
});

const worker = await build({
  ...shared,
  plugins: [ownModuleUrls, dependencyEditsPlugin(parserEdits)],
  entryPoints: { 'lint-worker': resolve(dist, 'workers/lint-worker.js') },
  outdir: dist,
  outExtension: { '.js': '.mjs' },
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  format: 'esm',
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
});

/**
 * The command's script with every character outside ASCII written as a \u escape. esbuild already
 * escapes strings and names, but leaves regular expression literals, comments and tagged templates
 * as written; one such character makes Node decode the whole 3 MB script into a two-byte string,
 * several milliseconds of every start, where an ASCII file is read as it lies (see
 * src/compile-cache.ts). The escape means the same character in a regular expression (a
 * surrogate pair escape is one code point under the u flag too), a comment and a template's
 * value; only a template's raw text changes, so the build refuses a non-ASCII character where
 * the raw text is what counts (String.raw), or after a backslash, where the escape would not be
 * one.
 */
function asciiOnly(text) {
  for (const [pattern, place] of [
    [/\\[^\0-\x7f]/u, 'after a backslash'],
    [/String\.raw`[^`]*[^\0-\x7f]/u, 'in a String.raw template'],
  ]) {
    const found = pattern.exec(text);
    if (found)
      throw new Error(
        `dist/docket.cjs has a non-ASCII character ${place}: ${JSON.stringify(found[0].slice(-60))}`,
      );
  }
  return text.replace(
    /[^\0-\x7f]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The relative URL from an output file's folder to dist/: "./" for the entries, "../" for chunks. */
function toDist(outputPath) {
  const up = relative(dirname(outputPath), dist).split('\\').join('/');
  return up === '' ? './' : `${up}/`;
}

// Chunk names carry content hashes, and code caches belong to one build: clear the old ones.
await rm(chunks, { recursive: true, force: true });
await rm(resolve(dist, 'compile-cache'), { recursive: true, force: true });
for (const file of [...command.outputFiles, ...launcher.outputFiles, ...worker.outputFiles]) {
  await mkdir(dirname(file.path), { recursive: true });
  const text =
    file === commandFile
      ? commandText
      : file.path.endsWith('.mjs')
        ? file.text.replace(JSON.stringify(TO_DIST), JSON.stringify(toDist(file.path)))
        : file.text;
  await writeFile(file.path, text, { mode: file.path === resolve(dist, 'docket.mjs') ? 0o755 : 0o644 });
}
