// Bundles the docket command into one file per entry point with esbuild, so starting docket
// loads one module instead of a few hundred: a one-file lint spends most of its time loading code.
// usage: node packages/cli/scripts/bundle.mjs   (after tsc has built packages/*/dist)
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const cli = fileURLToPath(new URL('..', import.meta.url));

/**
 * core loads JSON schemas with `createRequire(import.meta.url)`, which esbuild cannot follow;
 * rewrite those requires of relative .json files into imports so the JSON is inlined.
 */
const inlineJsonRequires = {
  name: 'inline-json-requires',
  setup(builder) {
    builder.onLoad({ filter: /[\\/]packages[\\/]core[\\/]dist[\\/].*\.js$/ }, async (args) => {
      let contents = await readFile(args.path, 'utf8');
      if (!contents.includes('createRequire(import.meta.url)')) return { contents, loader: 'js' };
      const imports = [];
      contents = contents.replace(/\brequire\((['"])(\.{1,2}\/[^'"]+\.json)\1\)/g, (_all, _quote, path) => {
        const name = `__json${imports.length}`;
        imports.push(`import ${name} from ${JSON.stringify(resolve(dirname(args.path), path))};`);
        return name;
      });
      return { contents: `${imports.join('\n')}\n${contents}`, loader: 'js' };
    });
  },
};

await build({
  entryPoints: { docket: resolve(cli, 'dist/bin.js') },
  outdir: resolve(cli, 'dist'),
  chunkNames: 'chunks/[name]-[hash]',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  plugins: [inlineJsonRequires],
  // Bundled CommonJS dependencies call require(); give the ES module one.
  banner: {
    js: "import { createRequire as __docketRequire } from 'node:module'; const require = __docketRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
