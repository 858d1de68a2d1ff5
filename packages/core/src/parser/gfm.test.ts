// parseMarkdown skips work that cannot match (table heads without a pipe nearby; footnotes,
// strikethrough and task lists in text without their characters). These tests hold it to the
// tree the unguarded extensions give, on tricky cases and on generated markdown.
import fc from 'fast-check';
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { describe, expect, it } from 'vitest';
import { adrMarkdown, fuzzParameters, fuzzRuns } from '../../test/fuzz.js';
import { parseMarkdown } from './gfm.js';

function unguarded(source: string): Root {
  return fromMarkdown(source, {
    extensions: [frontmatter(['yaml']), gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem()],
    mdastExtensions: [
      frontmatterFromMarkdown(['yaml']),
      gfmFootnoteFromMarkdown(),
      gfmStrikethroughFromMarkdown(),
      gfmTableFromMarkdown(),
      gfmTaskListItemFromMarkdown(),
    ],
  });
}

/** Same tree as the unguarded extensions; or, where those throw (the development builds vitest
 * loads assert on some odd inputs, e.g. "-\r\n[x] |"), the same throw. */
function expectUnguardedTree(source: string): void {
  let expected: Root;
  try {
    expected = unguarded(source);
  } catch {
    expect(() => parseMarkdown(source)).toThrow();
    return;
  }
  expect(parseMarkdown(source)).toEqual(expected);
}

const types = (root: Root): string[] => {
  const seen: string[] = [];
  const walk = (node: { type: string; children?: unknown[] }) => {
    seen.push(node.type);
    for (const child of node.children ?? []) walk(child as { type: string; children?: unknown[] });
  };
  walk(root);
  return seen;
};

describe('parseMarkdown', () => {
  const cases: Record<string, string> = {
    'table after a paragraph': 'Intro text.\n| a | b |\n| - | - |\n| 1 | 2 |\n',
    'head without a pipe, delimiter with a colon': 'Option\n:--\nPostgres\n',
    'body rows without pipes': '| Option | Cost |\n| --- | --- |\nPostgres\nRedis | 2\n',
    'table in a blockquote': '> | a | b |\n> | - | - |\n> | 1 | 2 |\n',
    'table in a list item': '- item\n\n  | a | b |\n  |---|---|\n  | 1 | 2 |\n',
    'CRLF line endings': '| a | b |\r\n| - | - |\r\n| 1 | 2 |\r\n',
    'lone CR line endings': 'text\r| a | b |\r| - | - |\r| 1 | 2 |\r',
    'pipe two lines down is not a head': 'one\ntwo\n| three |\n',
    'setext heading, not a table': 'Title\n---\n',
    'tab-indented head': '\t| a |\n| - |\n',
    'escaped pipe': 'a \\| b\n| - |\n',
    'footnote, strikethrough and task list': '- [x] done ~~old~~[^1]\n- [ ] open\n\n[^1]: Note.\n',
    'frontmatter then table': '---\nstatus: accepted\n---\n| a |\n| - |\n',
  };
  for (const [name, source] of Object.entries(cases)) {
    it(`gives the unguarded tree: ${name}`, () => {
      expectUnguardedTree(source);
    });
  }

  it('still finds tables, footnotes, strikethrough and task lists', () => {
    const found = types(parseMarkdown(cases['footnote, strikethrough and task list'] as string));
    expect(found).toEqual(expect.arrayContaining(['footnoteReference', 'footnoteDefinition', 'delete']));
    expect(parseMarkdown('- [x] done\n').children[0]).toMatchObject({
      type: 'list',
      children: [{ checked: true }],
    });
    expect(types(parseMarkdown(cases['head without a pipe, delimiter with a colon'] as string))).toContain(
      'table',
    );
  });

  const piece = fc.constantFrom(
    '|',
    ':',
    '-',
    ':-',
    '-:',
    '---',
    '| a |',
    '|-|',
    '> ',
    '- ',
    '1. ',
    '    ',
    '\t',
    ' ',
    'word',
    'two words',
    '\n',
    '\n\n',
    '\r\n',
    '\r',
    '~',
    '~~',
    '[^1]',
    '[^1]: ',
    '[x] ',
    '[ ] ',
    '\\',
    '`',
    '#',
  );
  it('gives the unguarded tree for generated markdown', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')),
        (source) => {
          expectUnguardedTree(source);
        },
      ),
      fuzzParameters(fuzzRuns(2000)),
    );
  });

  it('gives the unguarded tree for generated records', () => {
    fc.assert(
      fc.property(adrMarkdown, (source) => {
        expectUnguardedTree(source);
      }),
      fuzzParameters(fuzzRuns(200)),
    );
  });
});
