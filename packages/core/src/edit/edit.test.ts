import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAdr } from '../parser/parse.js';
import { type AdrEdit, applyEdit, applyEdits, type LinkTarget } from './edit.js';
import { EditError } from './text.js';

// Golden files: fixtures/<dialect>.md edited by each scenario must equal fixtures/<dialect>.<scenario>.md
// byte for byte. UPDATE_GOLDEN=1 rewrites them; review the diff before committing.
const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url);
const read = (name: string) => readFileSync(fixture(name), 'utf8');

const newer: LinkTarget = { href: '0007-move-to-dynamodb.md', number: '0007', title: 'Move to DynamoDB' };
const older: LinkTarget = { href: '0001-first-attempt.md', number: '0001', title: 'First attempt' };
const amended: LinkTarget = {
  href: '0003-shared-conventions.md',
  number: '0003',
  title: 'Shared conventions',
};

const SCENARIOS: Record<string, AdrEdit[]> = {
  // `docket supersede <this> 7`, on this record.
  superseded: [
    { type: 'set-status', status: 'superseded', date: '2024-05-02' },
    { type: 'add-link', relation: 'superseded by', target: newer },
  ],
  // `docket supersede 1 <this>` and `docket link <this> amends 3`, on this record.
  linked: [
    { type: 'add-link', relation: 'supersedes', target: older },
    { type: 'add-link', relation: 'amends', target: amended },
  ],
  // `docket decide <this> accept --by "Ann Lee, Cy Diaz" --note ...`.
  decided: [
    { type: 'set-status', status: 'accepted', date: '2024-05-02' },
    { type: 'set-deciders', names: ['Ann Lee', 'Cy Diaz'] },
    { type: 'append-note', text: '2024-05-02: accepted by Ann Lee, Cy Diaz. Reviewed at the May board.' },
  ],
};

const DIALECTS = ['nygard', 'madr2', 'log4brains', 'madr3', 'madr4'];

const path = (dialect: string) => `docs/adr/0002-${dialect}.md`;

describe.each(DIALECTS)('%s golden files', (dialect) => {
  it.each(Object.keys(SCENARIOS))('%s', (scenario) => {
    const edits = SCENARIOS[scenario] as AdrEdit[];
    const output = applyEdits(read(`${dialect}.md`), path(dialect), edits);
    const golden = `${dialect}.${scenario}.md`;
    if (process.env.UPDATE_GOLDEN) writeFileSync(fixture(golden), output);
    expect(output).toBe(read(golden));
  });

  it.each(Object.keys(SCENARIOS))('%s keeps CRLF line endings and the byte-order mark', (scenario) => {
    const edits = SCENARIOS[scenario] as AdrEdit[];
    const crlf = (text: string) => `\uFEFF${text.replace(/\n/g, '\r\n')}`;
    const output = applyEdits(crlf(read(`${dialect}.md`)), path(dialect), edits);
    expect(output).toBe(crlf(read(`${dialect}.${scenario}.md`)));
  });

  it('reads back what it wrote', () => {
    const superseded = parseAdr({
      path: path(dialect),
      text: applyEdits(read(`${dialect}.md`), path(dialect), SCENARIOS.superseded as AdrEdit[]),
    });
    expect(superseded.status?.normalized).toBe('superseded');
    expect(superseded.metadata.date?.text).toBe('2024-05-02');
    expect(superseded.links).toContainEqual(
      expect.objectContaining({ relation: 'superseded by', target: newer.href }),
    );

    const linked = parseAdr({
      path: path(dialect),
      text: applyEdits(read(`${dialect}.md`), path(dialect), SCENARIOS.linked as AdrEdit[]),
    });
    expect(linked.links).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ relation: 'supersedes', target: older.href }),
        expect.objectContaining({ relation: 'amends', target: amended.href }),
      ]),
    );

    const decided = parseAdr({
      path: path(dialect),
      text: applyEdits(read(`${dialect}.md`), path(dialect), SCENARIOS.decided as AdrEdit[]),
    });
    expect(decided.status?.normalized).toBe('accepted');
    expect(decided.metadata.deciders?.text).toBe('Ann Lee, Cy Diaz');
  });

  it('is idempotent: the same edits again change nothing', () => {
    for (const edits of Object.values(SCENARIOS)) {
      const once = applyEdits(
        read(`${dialect}.md`),
        path(dialect),
        edits.filter((e) => e.type !== 'append-note'),
      );
      expect(
        applyEdits(
          once,
          path(dialect),
          edits.filter((e) => e.type !== 'append-note'),
        ),
      ).toBe(once);
    }
  });
});

const lines = (...rows: string[]) => `${rows.join('\n')}\n`;
const edit = (text: string, change: AdrEdit, file = '0005-example.md') =>
  applyEdit(text, parseAdr({ path: file, text }), change);

describe('fields', () => {
  it('replaces a status in a metadata table cell, keeping the padding', () => {
    const text = lines('# Use gRPC', '', '| Status | Proposed |', '|---|---|', '', '## Context', '', 'x');
    expect(edit(text, { type: 'set-status', status: 'accepted' })).toBe(
      lines('# Use gRPC', '', '| Status | Accepted |', '|---|---|', '', '## Context', '', 'x'),
    );
  });

  it('keeps bold labels and trailing comments on a bullet', () => {
    const text = lines('# Use gRPC', '', '* **Status:** proposed <!-- optional -->', '', '## Context');
    expect(edit(text, { type: 'set-status', status: 'rejected' })).toBe(
      lines('# Use gRPC', '', '* **Status:** rejected <!-- optional -->', '', '## Context'),
    );
  });

  it('keeps the emphasis and label of a Nygard status line', () => {
    const text = lines('# Use gRPC', '', '## Status', '', '**Proposed**', '', '## Context');
    expect(edit(text, { type: 'set-status', status: 'accepted' })).toBe(
      lines('# Use gRPC', '', '## Status', '', '**Accepted**', '', '## Context'),
    );
    const labelled = lines('# Use gRPC', '', '## Status', '', 'Status: proposed');
    expect(edit(labelled, { type: 'set-status', status: 'accepted' })).toBe(
      lines('# Use gRPC', '', '## Status', '', 'Status: accepted'),
    );
  });

  it('adds an entry to a dated status history, written like the others', () => {
    const stamp = (text: string) =>
      edit(text, { type: 'set-status', status: 'deprecated', date: '2026-05-04' });
    const head = ['# 3. Use gRPC', '', 'Date: 2024-01-04', '', '## Status', ''];
    const dated = ['# 3. Use gRPC', '', 'Date: 2026-05-04', '', '## Status', ''];
    // Paragraphs, oldest first: a new paragraph after the latest.
    expect(stamp(lines(...head, '2024-01-04 Proposed', '', '2024-02-01 Accepted', '', '## Context'))).toBe(
      lines(
        ...dated,
        '2024-01-04 Proposed',
        '',
        '2024-02-01 Accepted',
        '',
        '2026-05-04 Deprecated',
        '',
        '## Context',
      ),
    );
    // A list, newest first: a new first item.
    expect(
      stamp(lines(...head, '* Accepted (2024-02-01)', '* Proposed (2024-01-04)', '', '## Context')),
    ).toBe(
      lines(
        ...dated,
        '* Deprecated (2026-05-04)',
        '* Accepted (2024-02-01)',
        '* Proposed (2024-01-04)',
        '',
        '## Context',
      ),
    );
    // A table: a new row.
    const table = ['| Date | Status |', '| --- | --- |', '| 2024-01-04 | Proposed |'];
    expect(stamp(lines(...head, ...table, '', '## Context'))).toBe(
      lines(...dated, ...table, '| 2026-05-04 | Deprecated |', '', '## Context'),
    );
  });

  it('restates a single dated status line in place', () => {
    const text = lines('# Use gRPC', '', '## Status', '', '2024-01-04: Proposed', '', '## Context');
    expect(edit(text, { type: 'set-status', status: 'accepted', date: '2026-05-04' })).toBe(
      lines(
        '# Use gRPC',
        '',
        'Date: 2026-05-04',
        '',
        '## Status',
        '',
        '2026-05-04: Accepted',
        '',
        '## Context',
      ),
    );
    // Without a date to stamp, only the status words change.
    expect(edit(text, { type: 'set-status', status: 'accepted' })).toBe(
      lines('# Use gRPC', '', '## Status', '', '2024-01-04: Accepted', '', '## Context'),
    );
  });

  it('a superseding link goes into the dated entry, which keeps its date', () => {
    const text = lines(
      '# 3. Use gRPC',
      '',
      '## Status',
      '',
      '- 2024-01-04: Proposed',
      '- 2024-02-01: Superseded',
      '',
      '## Context',
    );
    const target = { href: '0009-use-nats.md', number: '0009', title: 'Use NATS' };
    expect(edit(text, { type: 'add-link', relation: 'superseded by', target }, '0003-use-grpc.md')).toBe(
      lines(
        '# 3. Use gRPC',
        '',
        '## Status',
        '',
        '- 2024-01-04: Proposed',
        '- 2024-02-01: Superseded by [9. Use NATS](0009-use-nats.md)',
        '',
        '## Context',
      ),
    );
  });

  it('adds a Status section before the first section of a record that has none', () => {
    const text = lines('# Use gRPC', '', '## Context', '', 'x');
    expect(edit(text, { type: 'set-status', status: 'proposed' })).toBe(
      lines('# Use gRPC', '', '## Status', '', 'Proposed', '', '## Context', '', 'x'),
    );
  });

  it('fills an empty Status section', () => {
    const text = lines('# Use gRPC', '', '## Status', '', '## Context', '', 'x');
    expect(edit(text, { type: 'set-status', status: 'proposed' })).toBe(
      lines('# Use gRPC', '', '## Status', '', 'Proposed', '', '## Context', '', 'x'),
    );
  });

  it('writes a value into an empty frontmatter key, keeping its comment', () => {
    const text = lines('---', 'status: # fill in', 'date:', '---', '# Use gRPC');
    const stamped = applyEdits(text, 'a.md', [
      { type: 'set-status', status: 'proposed', date: '2024-05-02' },
    ]);
    expect(stamped).toBe(lines('---', 'status: proposed # fill in', 'date: 2024-05-02', '---', '# Use gRPC'));
  });

  it('quotes frontmatter values YAML would misread, and keeps single quotes', () => {
    const text = lines('---', "status: 'proposed'", '---', '# Use gRPC');
    expect(edit(text, { type: 'set-status', status: "it's: complicated" })).toBe(
      lines('---', "status: 'it''s: complicated'", '---', '# Use gRPC'),
    );
    const plain = lines('---', 'deciders: x', '---', '# Use gRPC');
    expect(edit(plain, { type: 'set-deciders', names: ['a: b', '#c'] })).toBe(
      lines('---', 'deciders: "a: b, #c"', '---', '# Use gRPC'),
    );
  });

  it('writes decision-makers as a flow list when the old value was one', () => {
    const text = lines('---', 'decision-makers: [Ann]', '---', '# Use gRPC');
    expect(edit(text, { type: 'set-deciders', names: ['Ann', 'Bo, Jr.'] })).toBe(
      lines('---', 'decision-makers: [Ann, "Bo, Jr."]', '---', '# Use gRPC'),
    );
  });

  it('adds a Date line under the title of a Nygard record without one', () => {
    const text = lines('# 5. Use gRPC', '', '## Status', '', 'Proposed');
    expect(edit(text, { type: 'set-date', date: '2024-05-02' })).toBe(
      lines('# 5. Use gRPC', '', 'Date: 2024-05-02', '', '## Status', '', 'Proposed'),
    );
  });

  it('refuses a frontmatter block that is not valid YAML, and empty names', () => {
    const broken = lines('---', 'status: [proposed', '---', '# Use gRPC');
    expect(() => edit(broken, { type: 'set-status', status: 'accepted' })).toThrow(EditError);
    const text = lines('# Use gRPC', '', '* Status: proposed');
    expect(() => edit(text, { type: 'set-deciders', names: [' ', ''] })).toThrow(/no decision-makers/);
  });

  it('refuses a document parsed from other text', () => {
    const text = lines('# Use gRPC');
    expect(() =>
      applyEdit(text, parseAdr({ path: 'a.md', text: '# Other' }), { type: 'set-date', date: 'x' }),
    ).toThrow(/does not match/);
  });

  it('refuses binary content', () => {
    const text = 'a\u0000b';
    expect(() => edit(text, { type: 'set-status', status: 'accepted' })).toThrow(/cannot be edited/);
  });

  it('adds a final line break before a new section in a file without one', () => {
    const text = '# Use gRPC\n\n* Status: proposed';
    expect(edit(text, { type: 'append-note', text: 'Reviewed.\nTwice.' })).toBe(
      '# Use gRPC\n\n* Status: proposed\n\n## Decision log\n\n* Reviewed. Twice.\n',
    );
  });

  it('appends to an existing Decision log list', () => {
    const text = lines(
      '# Use gRPC',
      '',
      '## Decision log',
      '',
      '- 2024-01-01: proposed',
      '',
      '## Notes',
      '',
      'x',
    );
    expect(edit(text, { type: 'append-note', text: '2024-02-01: accepted' })).toBe(
      lines(
        '# Use gRPC',
        '',
        '## Decision log',
        '',
        '- 2024-01-01: proposed',
        '- 2024-02-01: accepted',
        '',
        '## Notes',
        '',
        'x',
      ),
    );
  });
});

describe('links', () => {
  it('adds to a frontmatter list in its own style', () => {
    const block = lines('---', 'supersedes:', '  - 0001-a.md', '---', '# B');
    expect(edit(block, { type: 'add-link', relation: 'supersedes', target: { href: '0002-b.md' } })).toBe(
      lines('---', 'supersedes:', '  - 0001-a.md', '  - 0002-b.md', '---', '# B'),
    );
    const flow = lines('---', 'amends: [0001-a.md]', '---', '# B');
    expect(edit(flow, { type: 'add-link', relation: 'Amends', target: { href: '0002-b.md' } })).toBe(
      lines('---', 'amends: [0001-a.md, 0002-b.md]', '---', '# B'),
    );
    const scalar = lines('---', 'superseded-by: 0001-a.md', '---', '# B');
    expect(edit(scalar, { type: 'add-link', relation: 'superseded by', target: { href: '0002-b.md' } })).toBe(
      lines('---', 'superseded-by: [0001-a.md, 0002-b.md]', '---', '# B'),
    );
  });

  it('treats a frontmatter number as the same record as its file', () => {
    const text = lines('---', 'supersedes: 1', '---', '# B');
    const target = { href: '0001-a.md', number: '0001', title: 'A' };
    expect(edit(text, { type: 'add-link', relation: 'supersedes', target })).toBe(text);
  });

  it('adds a second superseded-by link below the first in a Nygard status section', () => {
    const text = lines('# 1. A', '', '## Status', '', 'Superseded by [2. B](0002-b.md)');
    const target = { href: '0003-c.md', number: '0003', title: 'C' };
    expect(edit(text, { type: 'add-link', relation: 'superseded by', target })).toBe(
      lines(
        '# 1. A',
        '',
        '## Status',
        '',
        'Superseded by [2. B](0002-b.md)',
        '',
        'Superseded by [3. C](0003-c.md)',
      ),
    );
  });

  it('links a record without a number by its title, and without a title by its path', () => {
    const text = lines('# A', '', '* Status: accepted');
    expect(
      edit(text, { type: 'add-link', relation: 'relates to', target: { href: 'b.md', title: 'B' } }),
    ).toBe(lines('# A', '', '* Status: accepted', '', '## Links', '', '* Relates to [B](b.md)'));
    expect(edit(text, { type: 'add-link', relation: 'relates to', target: { href: 'b.md' } })).toContain(
      '* Relates to [b.md](b.md)',
    );
  });

  it('refuses a relation that is not words', () => {
    const text = lines('# A', '', '* Status: accepted');
    expect(() => edit(text, { type: 'add-link', relation: '[x](y)', target: { href: 'b.md' } })).toThrow(
      /not a relation name/,
    );
  });
});

describe('frontmatter below a licence comment', () => {
  it('is edited where it stands, the comment kept', () => {
    const text = [
      '<!-- SPDX-License-Identifier: CC-BY-4.0 -->',
      '',
      '---',
      'status: proposed',
      '---',
      '# Use PostgreSQL for the order store',
      '',
    ].join('\n');
    const doc = parseAdr({ path: '0003-use-postgresql.md', text });
    const edited = applyEdit(text, doc, { type: 'set-status', status: 'accepted', date: '2024-05-02' });
    expect(edited.split('\n').slice(0, 6)).toEqual([
      '<!-- SPDX-License-Identifier: CC-BY-4.0 -->',
      '',
      '---',
      'status: accepted',
      'date: 2024-05-02',
      '---',
    ]);
  });
});
