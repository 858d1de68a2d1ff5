// The bundle edits two parser dependencies for speed (dependency-edits.mjs). These tests bundle
// core's markdown parser twice, with and without the edits, and hold the edited one to the
// published one's trees: on tricky cases, our own examples, generated records and, in a long run
// (`pnpm fuzz --corpus DIR`), every markdown file of a corpus.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import fc from 'fast-check';
import type { Root } from 'mdast';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adrMarkdown,
  corpusSeeds,
  fuzzParameters,
  fuzzRuns,
  mutatedText,
  ownSeedTexts,
} from '../../core/test/fuzz.js';
import { applyEdit, dependencyEditsPlugin, parserEdits, startupEdits } from './dependency-edits.mjs';
import { nodeBundleOptions } from './esbuild-options.mjs';

type Parse = (source: string) => Root;

/** Long runs (`pnpm fuzz`) take as long as they take; the default run stays well inside this. */
const LONG_RUN_TIMEOUT = process.env.DOCKET_FUZZ_RUNS ? 24 * 60 * 60 * 1000 : 120_000;

const root = fileURLToPath(new URL('../../..', import.meta.url));
const parserSource = join(root, 'packages/core/src/parser/gfm.ts');
const work = mkdtempSync(join(tmpdir(), 'docket-dependency-edits-'));

/** Core's parseMarkdown bundled as the command's bundle is (module builds, production code). */
async function bundledParser(name: string, plugins: Plugin[]): Promise<{ parse: Parse; text: string }> {
  const result = await build({
    ...nodeBundleOptions,
    entryPoints: [parserSource],
    format: 'esm',
    write: false,
    logLevel: 'silent',
    plugins,
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('esbuild produced no output');
  const file = join(work, `${name}.mjs`);
  writeFileSync(file, output.text);
  const module = (await import(pathToFileURL(file).href)) as { parseMarkdown: Parse };
  return { parse: module.parseMarkdown, text: output.text };
}

let published: Parse;
let edited: Parse;
let editedText: string;
let publishedText: string;

beforeAll(async () => {
  ({ parse: published, text: publishedText } = await bundledParser('published', []));
  ({ parse: edited, text: editedText } = await bundledParser('edited', [dependencyEditsPlugin(parserEdits)]));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The same tree, or the same failure (neither build throws on anything we have seen). */
function expectSameTree(source: string): void {
  let expected: Root;
  try {
    expected = published(source);
  } catch {
    expect(() => edited(source)).toThrow();
    return;
  }
  expect(edited(source)).toEqual(expected);
}

describe('parser edits', () => {
  it('are in the edited bundle and not in the published one', () => {
    // esbuild may rename `index` to `index2` and so on.
    for (const [text, edits] of [
      [editedText, true],
      [publishedText, false],
    ] as const) {
      expect(/jumps\.has\(index\d*\)/.test(text)).toBe(edits);
      expect(/\bindex\d* in jumps\b/.test(text)).toBe(!edits);
      expect(text.includes('context.sliceSerialize = ')).toBe(edits);
    }
  });

  const cases: Record<string, string> = {
    'nested lists with paragraphs': '- one\n\n  more\n  - two\n    1. three\n\n       text\n- four\n',
    'loose and tight lists': '* a\n* b\n\n* c\n\n\n1) x\n2) y\n',
    'block quote around a list and code': '> - a\n>   ```js\n>   x\n>   ```\n> b\n>\n> > deeper *em*\n',
    'lazy continuation': '> quote\nlazy line\n- item\nlazy item\n',
    'table, footnote, task list, strikethrough':
      '| a | b |\n| - | - |\n| `1` | **2** |\n\n- [x] done ~~no~~[^n]\n\n[^n]: Note\n    more\n',
    'frontmatter and setext headings': '---\nstatus: accepted\n---\nTitle\n=====\n\nSub\n---\ntext\n',
    'html, links and references':
      '<details>\n<summary>x</summary>\n\n[a][ref] <b>b</b>\n</details>\n\n[ref]: https://example.com "t"\n',
    'empty and blank': '',
    'CRLF and tabs': '-\tone\r\n\t- two\r\n\r\n\tcode\r\n',
  };
  for (const [name, source] of Object.entries(cases)) {
    it(`give the published tree: ${name}`, () => {
      expectSameTree(source);
    });
  }

  it('give the published tree for our bundled examples', () => {
    const folder = join(root, 'docs/adr-examples');
    const files = readdirSync(folder).filter((name) => name.endsWith('.md'));
    expect(files.length).toBeGreaterThan(5);
    for (const name of files) expectSameTree(readFileSync(join(folder, name), 'utf8'));
  });

  it(
    'give the published tree for generated and mutated records',
    () => {
      const records = fc.oneof(adrMarkdown, mutatedText([...ownSeedTexts(), ...corpusSeeds()]));
      fc.assert(
        fc.property(records, (source) => {
          expectSameTree(source);
        }),
        fuzzParameters(fuzzRuns(300)),
      );
    },
    LONG_RUN_TIMEOUT,
  );

  it('give the published tree for every corpus file (DOCKET_FUZZ_CORPUS)', () => {
    for (const source of corpusSeeds()) expectSameTree(source);
  });
});

describe('applyEdit', () => {
  const edit = { file: /x\.js$/, replace: [['needle', 'thread']] as [string, string][] };

  it('replaces text that occurs once', () => {
    expect(applyEdit(edit, 'x.js', 'a needle b')).toBe('a thread b');
  });

  it('refuses text that is missing or occurs twice, naming the file', () => {
    expect(() => applyEdit(edit, 'lib/x.js', 'no match')).toThrow(/lib\/x\.js holds "needle" 0 times/);
    expect(() => applyEdit(edit, 'lib/x.js', 'needle needle')).toThrow(/2 times, not once/);
  });

  it('writes replacement text as given, even with $ patterns', () => {
    expect(applyEdit({ file: /x/, replace: [['a', '$&$1']] }, 'x', 'a')).toBe('$&$1');
  });

  it('fail a build that never loads the file an edit names', async () => {
    const entry = join(work, 'entry.mjs');
    writeFileSync(entry, 'export const x = 1;\n');
    await expect(
      build({
        entryPoints: [entry],
        bundle: true,
        write: false,
        logLevel: 'silent',
        plugins: [dependencyEditsPlugin(startupEdits)],
      }),
    ).rejects.toThrow(/dependency edit did not apply/);
  });
});
