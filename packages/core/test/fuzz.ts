// Generators for property-based tests (fast-check): markdown shaped like ADRs, built from the
// pieces real records are made of (frontmatter, headings, status lines, option lists, tables,
// code fences, comments) and bent the ways real repositories bend them (deep nesting, long lines,
// odd headings, CRLF, a BOM, invalid YAML), plus mutations of seed texts: our own rule examples,
// or a corpus folder handed to `pnpm fuzz --corpus`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { allRules } from '../src/rules/index.js';

/** How many cases each property runs: DOCKET_FUZZ_RUNS for a long run, else the given default. */
export function fuzzRuns(fallback: number): number {
  const raw = process.env.DOCKET_FUZZ_RUNS;
  if (raw === undefined || raw === '') return fallback;
  const runs = Number(raw);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`DOCKET_FUZZ_RUNS: "${raw}" is not a positive integer`);
  return runs;
}

/**
 * The suite's own seed: `pnpm test` runs the same cases every time, so a red CI run is a change's
 * doing and replays as it is. `pnpm fuzz` explores with a new seed each run.
 */
const SUITE_SEED = 20261122;

/** fast-check parameters: the suite's fixed seed unless DOCKET_FUZZ_SEED asks for another. */
export function fuzzParameters(numRuns: number): fc.Parameters<unknown> {
  const seed = process.env.DOCKET_FUZZ_SEED;
  return { numRuns, seed: seed ? Number(seed) : SUITE_SEED };
}

const WORDS = [
  'we',
  'will',
  'use',
  'PostgreSQL',
  'because',
  'the',
  'team',
  'knows',
  'it',
  'rather',
  'than',
  'MySQL',
  'latency',
  'p99',
  'ms',
  '200',
  '5,000',
  'requests/s',
  'accepted',
  'rejected',
  'superseded',
  'TODO',
  'TBD',
  '{placeholder}',
  '<fill in>',
  'blazing',
  'fast',
  'revolutionary',
  'owner',
  'on-call',
  'runbook',
  'rollback',
  'reversible',
  'one-way',
  'revisit',
  'when',
  'if',
  'fails',
  'outage',
  'cost',
  'Good,',
  'Bad,',
  'Neutral,',
  'pros',
  'cons',
  '2024-02-30',
  '2023-01-15',
  '0003-use-redis.md',
  'ADR-0007',
  'Supersedes',
  'docket-disable',
  '*',
  '**',
  '_',
  '`',
  '[',
  ']',
  '(',
  ')',
  '|',
  '#',
  '>',
  '\\',
  '&amp;',
  '<br>',
  'é',
  '中文',
  '🙂',
  '\u200b',
  '\t',
];

const SECTION_NAMES = [
  'Status',
  'Context',
  'Context and Problem Statement',
  'Decision',
  'Decision Outcome',
  'Decision Drivers',
  'Considered Options',
  'Pros and Cons of the Options',
  'Consequences',
  'Positive Consequences',
  'Negative Consequences',
  'Failure Story',
  'Reversibility',
  'Revisit Triggers',
  'Operations',
  'Evidence',
  'Constraints',
  'Links',
  'More Information',
  'Validation',
  'Options',
  'Alternatives',
  '',
  '   ',
  'Status: Accepted',
  'Decision — **Use** _Kafka_',
  '`code` heading',
  '[link](0002-x.md)',
];

const STATUSES = [
  'Accepted',
  'Proposed',
  'Draft',
  'Rejected',
  'Deprecated',
  'Superseded by ADR-3',
  'Acepted',
  'accepted ✅',
  'WIP',
  '',
];

const word = fc.constantFrom(...WORDS);
/** Any string, including control characters, lone surrogates and odd unicode. */
const anyText = fc.string({ unit: 'binary', maxLength: 40 });

/** A line of prose: mostly ADR words, sometimes arbitrary characters, sometimes very long. */
export const proseLine: fc.Arbitrary<string> = fc.oneof(
  { weight: 12, arbitrary: fc.array(word, { minLength: 1, maxLength: 12 }).map((w) => w.join(' ')) },
  { weight: 2, arbitrary: anyText },
  {
    weight: 1,
    arbitrary: fc
      .tuple(word, fc.integer({ min: 200, max: 1000 }))
      .map(([w, n]) => `${w} `.repeat(Math.ceil(n / (w.length + 1)))),
  },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 1, max: 40 }).map((n) => `${'*'.repeat(n)}deep${'_'.repeat(n)}`),
  },
);

const heading: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 7 }), fc.constantFrom(...SECTION_NAMES))
      .map(([n, t]) => `${'#'.repeat(n)} ${t}`),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...SECTION_NAMES), fc.constantFrom('===', '---', '-'))
      .map(([t, u]) => `${t}\n${u}`),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 6 }), proseLine)
      .map(([n, t]) => `${'#'.repeat(n)} ${t} ${'#'.repeat(n)}`),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('#', '##', '#no-space', ' ## indented', '    ## code, not a heading'),
  },
);

const nestedList: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.constantFrom('*', '-', '+', '1.', '10)'), proseLine), {
    minLength: 1,
    maxLength: 6,
  })
  .map((items) => items.map(([depth, marker, text]) => `${'  '.repeat(depth)}${marker} ${text}`).join('\n'));

const table: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 1, max: 6 }), fc.array(fc.array(proseLine, { maxLength: 4 }), { maxLength: 3 }))
  .map(([columns, rows]) => {
    const row = (cells: string[]) => `| ${cells.map((c) => c.replaceAll('\n', ' ')).join(' | ')} |`;
    return [
      row(Array.from({ length: columns }, (_, i) => `Option ${i}`)),
      row(Array(columns).fill('---')),
      ...rows.map(row),
    ].join('\n');
  });

const codeFence: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('```', '~~~', '````'),
    fc.constantFrom('', 'yaml', 'ts', 'mermaid'),
    fc.array(proseLine, { maxLength: 3 }),
    fc.boolean(),
  )
  .map(([fence, lang, lines, closed]) =>
    [`${fence}${lang}`, ...lines, ...(closed ? [fence] : [])].join('\n'),
  );

const blockquote: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 1, max: 40 }), proseLine)
  .map(([depth, text]) => `${'> '.repeat(depth)}${text}`);

const comment: fc.Arbitrary<string> = fc.oneof(
  fc
    .constantFrom(...allRules.map((r) => r.meta.id), 'no-such-rule')
    .map((id) => `<!-- docket-disable ${id} -- a reason -->`),
  fc.constantFrom(
    '<!-- docket-disable-next-line -->',
    '<!-- docket-enable -->',
    '<!-- unclosed comment',
    '<!-- -->',
    '<div>\n\n*html*\n\n</div>',
  ),
);

const statusLine: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...STATUSES),
  fc.constantFrom(...STATUSES).map((s) => `Status: ${s}`),
  fc.constantFrom(...STATUSES).map((s) => `* Status: ${s}`),
);

const chosenLine: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(
      'Chosen option: "Redis"',
      'Chosen option: Kafka',
      'Chosen option: "',
      'We will use Redis',
    ),
    proseLine,
  )
  .map(([chosen, reason]) => `${chosen}, because ${reason}`);

const block: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: proseLine },
  { weight: 2, arbitrary: nestedList },
  { weight: 1, arbitrary: table },
  { weight: 1, arbitrary: codeFence },
  { weight: 1, arbitrary: blockquote },
  { weight: 1, arbitrary: comment },
  { weight: 2, arbitrary: statusLine },
  { weight: 1, arbitrary: chosenLine },
  { weight: 1, arbitrary: fc.constantFrom('---', '***', '', '\\', '[^1]: note', '[ref]: 0001-a.md') },
);

/** YAML values as people write them in frontmatter, plus text that is not valid YAML at all. */
const yamlValue: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    ...STATUSES,
    '2024-01-15',
    '2024-13-45',
    'null',
    '~',
    '[a, b]',
    '{a: 1}',
    '"quoted',
    "'single'",
    '&anchor x',
    '*anchor',
    '|',
    '>-',
    '!!binary aGVsbG8=',
    '!custom tag',
    '[[[[[[',
    '- item',
    'yes',
    '0x1F',
    '1e309',
  ),
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
  anyText,
);

const yamlKey = fc.constantFrom(
  'status',
  'date',
  'deciders',
  'title',
  'tags',
  'supersedes',
  'reversibility',
  'revisit',
  'owner',
  'number',
  '? complex',
  '<<',
  'status ',
  'Status',
);

/** Anchors that expand exponentially ("billion laughs"): the YAML library's alias limit must hold. */
const aliasBomb: fc.Arbitrary<string> = fc.integer({ min: 2, max: 9 }).map((levels) => {
  const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i < levels; i++)
    lines.push(
      `a${i}: &a${i} [${Array(9)
        .fill(`*a${i - 1}`)
        .join(', ')}]`,
    );
  return lines.join('\n');
});

/** The YAML between the fences: usually keys and values, sometimes nested deeply, sometimes broken. */
export const yamlText: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .array(
        fc
          .tuple(fc.integer({ min: 0, max: 12 }), yamlKey, yamlValue)
          .map(([depth, key, value]) => `${'  '.repeat(depth)}${key}: ${value}`),
        { maxLength: 6 },
      )
      .map((lines) => lines.join('\n')),
  },
  { weight: 1, arbitrary: aliasBomb },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
);

/** Frontmatter fences around YAML text, the closing fence sometimes odd or missing. */
export const frontmatter: fc.Arbitrary<string> = fc
  .tuple(
    yamlText.map((yaml) => (yaml === '' ? [] : [yaml])),
    fc.constantFrom('---', '---  ', '...', ''),
  )
  .map(([lines, close]) => ['---', ...lines, ...(close ? [close] : [])].join('\n'));

/** A whole record: optional frontmatter, a title, sections of blocks. */
export const adrMarkdown: fc.Arbitrary<string> = fc
  .tuple(
    fc.option(frontmatter, { freq: 3 }),
    fc.option(heading, { freq: 6 }),
    fc.array(fc.tuple(heading, fc.array(block, { maxLength: 3 })), { maxLength: 5 }),
    fc.constantFrom('\n', '\r\n'),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([front, title, sections, newline, bom, finalNewline]) => {
    const parts = [
      ...(front === null ? [] : [front]),
      ...(title === null ? [] : [title]),
      ...sections.map(([h, blocks]) => [h, ...blocks].join('\n\n')),
    ];
    const text = parts.join('\n\n').replaceAll('\n', newline) + (finalNewline ? newline : '');
    return (bom ? '\uFEFF' : '') + text;
  });

/** Markdown files of the folder DOCKET_FUZZ_CORPUS names (the nightly run mutates real records too). */
export function corpusSeeds(): string[] {
  const dir = process.env.DOCKET_FUZZ_CORPUS;
  if (!dir) return [];
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.toLowerCase().endsWith('.md')) files.push(readFileSync(path, 'utf8'));
    }
  };
  walk(dir);
  if (files.length === 0) throw new Error(`DOCKET_FUZZ_CORPUS: no markdown files under ${dir}`);
  return files;
}

/** Texts written for our own tests: every rule's incorrect and correct documentation example. */
export function ownSeedTexts(): string[] {
  const texts: string[] = [];
  for (const rule of allRules) {
    for (const example of [rule.meta.docs?.incorrect, rule.meta.docs?.correct]) {
      if (typeof example === 'string') texts.push(example);
      else if (example) texts.push(...example.map((file) => file.text));
    }
  }
  return texts;
}

type Mutation = (text: string) => string;

/** One small edit a careless hand or a merge might make. */
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat(), fc.nat({ max: 200 })).map(
    ([at, length]): Mutation =>
      (t) => {
        const start = t.length === 0 ? 0 : at % t.length;
        return t.slice(0, start) + t.slice(start + length);
      },
  ),
  fc.tuple(fc.nat(), block).map(
    ([at, inserted]): Mutation =>
      (t) => {
        const start = t.length === 0 ? 0 : at % (t.length + 1);
        return t.slice(0, start) + inserted + t.slice(start);
      },
  ),
  fc.tuple(fc.nat(), fc.nat({ max: 300 })).map(
    ([at, length]): Mutation =>
      (t) => {
        const start = t.length === 0 ? 0 : at % t.length;
        return t.slice(0, start) + t.slice(start, start + length).repeat(3) + t.slice(start);
      },
  ),
  fc.tuple(fc.nat(), fc.nat()).map(
    ([a, b]): Mutation =>
      (t) => {
        const lines = t.split('\n');
        const i = a % lines.length;
        const j = b % lines.length;
        [lines[i], lines[j]] = [lines[j] as string, lines[i] as string];
        return lines.join('\n');
      },
  ),
  fc.constant<Mutation>((t) => t.replaceAll('\n', '\r\n')),
  fc.constant<Mutation>((t) => `\uFEFF${t}`),
  fc.constant<Mutation>((t) => t.replaceAll(/^#+ /gm, (h) => `${h.trim()}# `)),
  fc.nat().map(
    (at): Mutation =>
      (t) =>
        t.slice(0, t.length === 0 ? 0 : at % t.length),
  ),
);

/** Seed texts with one to five mutations applied. */
export function mutatedText(seeds: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 5 }))
    .map(([seed, edits]) => edits.reduce((text, edit) => edit(text), seed));
}

/** A record's file name: usually conventional, sometimes not. */
export const recordPath: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('docs/adr/', 'adr/', ''),
    fc.constantFrom(
      '0001-use-redis.md',
      '0002-use-postgres.md',
      'README.md',
      'x.md',
      '12-foo_bar.md',
      'adr-0003-a.md',
      'no-number.md',
    ),
  )
  .map(([folder, name]) => folder + name);
