import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, parseDocument } from 'yaml';
import { fuzzParameters, fuzzRuns, yamlText } from '../../test/fuzz.js';
import { readSimpleYaml } from './simple-yaml.js';

/** What the YAML library makes of the text, in readSimpleYaml's terms; null when it reports errors. */
function library(raw: string) {
  const document = parseDocument(raw, { prettyErrors: false, uniqueKeys: false });
  if (document.errors.length > 0 || !isMap(document.contents)) return null;
  const keyRanges: Record<string, [number, number]> = {};
  for (const pair of document.contents.items)
    if (isScalar(pair.key) && pair.key.range)
      keyRanges[String(pair.key.value)] = [pair.key.range[0], pair.key.range[1]];
  return { data: document.toJS(), keyRanges };
}

describe('readSimpleYaml', () => {
  it('reads the usual MADR frontmatter itself', () => {
    const raw =
      'status: accepted\ndate: 2024-02-02\ndecision-makers:\n  - Dana Levi\n  - Ben Okafor\nowner: data team';
    const read = readSimpleYaml(raw);
    expect(read).toEqual({
      data: {
        status: 'accepted',
        date: '2024-02-02',
        'decision-makers': ['Dana Levi', 'Ben Okafor'],
        owner: 'data team',
      },
      keyRanges: { status: [0, 6], date: [17, 21], 'decision-makers': [34, 49], owner: [80, 85] },
    });
    expect(read).toEqual(library(raw));
  });

  it.each([
    ['a number', 'number: 7'],
    ['a boolean', 'draft: true'],
    ['null', 'superseded-by: null'],
    ['an empty value', 'deciders:'],
    ['a quoted value', 'title: "Use Redis"'],
    ['a comment', 'status: accepted # for now'],
    ['a colon in the value', 'title: ADR 5: Redis'],
    ['nested mappings', 'links:\n  supersedes: 3'],
    ['a blank line', 'status: accepted\n\ndate: 2024-01-01'],
    ['a repeated key', 'status: proposed\nstatus: accepted'],
    ['a continued line', 'title: Use\n  Redis'],
    ['items indented differently', 'tags:\n  - a\n    - b'],
    ['CRLF line ends', 'status: accepted\r\ndate: 2024-01-01'],
    ['a flow list', 'tags: [a, b]'],
  ])('leaves %s to the library', (_name, raw) => {
    expect(readSimpleYaml(raw)).toBeNull();
  });

  const plain = fc.constantFrom('accepted', 'Use Redis', 'data team', '2024-02-02', 'Dana Levi', 'x');
  const tricky = fc.constantFrom(
    'True',
    'yes',
    'No',
    'null',
    'Null',
    'on',
    '2024-02-02',
    '2024-1-2',
    '12',
    '1.5',
    '0x1F',
    '.inf',
    "it's",
    'a "b"',
    'a: b',
    'a:b',
    'a #b',
    'a#b',
    '- x',
    '[x]',
    '{x}',
    '&a',
    '*a',
    '!t',
    '|',
    '>',
    '%p',
    '@p',
    '`p',
    'x  ',
    '  x',
    'é',
    '日本',
    '😀',
    '\t',
    '\r',
    '',
    'a\u2028b',
    'a, b',
    '?',
    'x?',
    'x -',
    'é x',
    'Ünïcode',
    'constructor',
  );
  const word = fc.oneof({ weight: 6, arbitrary: plain }, { weight: 1, arbitrary: tricky });
  const line = fc.oneof(
    {
      weight: 3,
      arbitrary: fc
        .tuple(fc.constantFrom('status', 'date', 'On', 'true', 'x-y', 'a_b', 'Key1'), word)
        .map(([key, value]) => `${key}: ${value}`),
    },
    fc.constantFrom('tags:', 'deciders:', '  - ', '- ', '    - ', '', '# c', '---', '...'),
    { weight: 2, arbitrary: word.map((value) => `  - ${value}`) },
    word.map((value) => `- ${value}`),
  );
  it('gives what the YAML library gives whenever it reads the text itself', () => {
    let readItself = 0;
    fc.assert(
      fc.property(
        fc.oneof(
          { weight: 4, arbitrary: fc.array(line, { maxLength: 5 }).map((lines) => lines.join('\n')) },
          yamlText,
        ),
        (raw) => {
          const read = readSimpleYaml(raw);
          if (read === null) return;
          readItself++;
          expect(read).toEqual(library(raw));
        },
      ),
      fuzzParameters(fuzzRuns(3000)),
    );
    expect(readItself).toBeGreaterThan(100);
  });
});
