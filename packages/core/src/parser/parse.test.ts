import { describe, expect, it } from 'vitest';
import { DIALECTS, type Dialect, decisionHeading, recordHead } from '../../test/dialects.js';
import { adr } from '../../test/rule-tester.js';
import type { AdrDocument, SectionKind } from '../model.js';
import { MAX_PARSE_BYTES, parseAdr } from './parse.js';

const parse = (text: string, path = '0001-example.md') => parseAdr({ path, text });

const optionNames = (doc: AdrDocument) => doc.options.map((o) => o.name);

const kindOf = (doc: AdrDocument, title: string) => doc.sections.find((s) => s.title === title)?.kind;

describe('number', () => {
  it.each([
    ['0007-use-postgres.md', 7],
    ['docs/adr/ADR-007-use-postgres.md', 7],
    ['adr_0042_event_bus.md', 42],
    ['7-use-postgres.md', 7],
    ['0012.md', 12],
  ])('from the file name %s', (path, value) => {
    const doc = parse(adr('# Use PostgreSQL'), path);
    expect(doc.number).toMatchObject({ value, source: 'filename' });
  });

  it('from frontmatter id or number when the file name has none', () => {
    const byId = parse(
      adr('---', 'status: accepted', 'id: ADR-012', '---', '# Use PostgreSQL'),
      'use-postgres.md',
    );
    expect(byId.number).toMatchObject({ value: 12, source: 'frontmatter', span: { line: 3, column: 1 } });
    const byNumber = parse(adr('---', 'number: 12', '---', '# Use PostgreSQL'), 'use-postgres.md');
    expect(byNumber.number).toMatchObject({ value: 12, source: 'frontmatter', span: { line: 2 } });
  });

  it.each([
    ['# 7. Use PostgreSQL', 7],
    ['# ADR-007: Use PostgreSQL', 7],
    ['# ADR 7 - Use PostgreSQL', 7],
    ['# 0007 Use PostgreSQL', 7],
  ])('from the title prefix of "%s"', (title, value) => {
    const doc = parse(adr(title), 'use-postgres.md');
    expect(doc.number).toMatchObject({ value, source: 'title', span: { line: 1, column: 1 } });
    expect(doc.title?.text).toBe('Use PostgreSQL');
  });

  it('the file name wins over the title prefix', () => {
    const doc = parse(adr('# 3. Use PostgreSQL'), '0003-use-postgres.md');
    expect(doc.number).toMatchObject({ value: 3, source: 'filename' });
    expect(doc.title?.text).toBe('Use PostgreSQL');
  });

  it('no number anywhere', () => {
    expect(parse(adr('# Use PostgreSQL'), 'use-postgres.md').number).toBeNull();
    expect(parse(adr('# Use PostgreSQL'), 'README.md').number).toBeNull();
  });
});

describe('title', () => {
  it('is the first level-1 heading, with its position', () => {
    const doc = parse(adr('---', 'status: accepted', '---', '# Store invoices in S3', '', '# Not the title'));
    expect(doc.title).toMatchObject({
      text: 'Store invoices in S3',
      span: { line: 4, column: 1, endLine: 4, endColumn: 23 },
    });
  });

  it('keeps leading digits that are part of the words', () => {
    expect(parse(adr('# 2FA for admin accounts'), 'two-factor.md').title?.text).toBe(
      '2FA for admin accounts',
    );
    expect(parse(adr('# 2FA for admin accounts'), 'two-factor.md').number).toBeNull();
  });

  it('falls back to a frontmatter title', () => {
    const doc = parse(adr('---', 'title: Store invoices in S3', '---', 'Body text.'));
    expect(doc.title?.text).toBe('Store invoices in S3');
  });

  it('is null when there is none', () => {
    expect(parse(adr('Just a paragraph.')).title).toBeNull();
  });
});

describe('metadata and status', () => {
  it('frontmatter below a licence comment is read where it stands', () => {
    const doc = parse(
      adr(
        '<!--',
        'SPDX-FileCopyrightText: 2025 Example Org',
        '-->',
        '',
        '---',
        'status: accepted',
        'date: 2025-03-04',
        '---',
        '# Use PostgreSQL for the order store',
        '',
        '## Context',
        '',
        'Orders arrive at 300/s.',
      ),
    );
    expect(doc.status).toMatchObject({ raw: 'accepted', span: { line: 6 } });
    expect(doc.metadata.date).toMatchObject({ text: '2025-03-04', source: 'frontmatter', span: { line: 7 } });
    expect(doc.title?.text).toBe('Use PostgreSQL for the order store');
    expect(doc.sections.map((s) => s.title)).toEqual(['Context']);
    expect(doc.problems).toEqual([
      expect.objectContaining({ code: 'frontmatter-not-first', span: expect.objectContaining({ line: 5 }) }),
    ]);
  });

  it('a thematic break below a comment is no frontmatter when it sets no key', () => {
    const doc = parse(
      adr('<!-- generated -->', '', '---', '', '# Use Kafka', '', 'Some text.', '', '---', '', 'More text.'),
    );
    expect(doc.frontmatter).toBeNull();
    expect(doc.problems).toEqual([]);
    expect(doc.title?.text).toBe('Use Kafka');
  });

  it('MADR 4 frontmatter', () => {
    const doc = parse(
      adr(
        '---',
        'status: accepted',
        'date: 2024-03-11',
        'decision-makers: [Ines Carvalho, Ravi Menon]',
        'consulted: Platform guild',
        'informed: [Support]',
        'tags: [storage]',
        'reversibility: two-way',
        'revisit-by: 2027-06-30',
        'owner: payments-oncall',
        '---',
        '# Store invoices in S3',
      ),
    );
    expect(doc.status).toMatchObject({
      raw: 'accepted',
      normalized: 'accepted',
      span: { line: 2, column: 1 },
    });
    expect(doc.metadata.date).toMatchObject({ text: '2024-03-11', source: 'frontmatter', span: { line: 3 } });
    expect(doc.metadata.deciders).toMatchObject({ text: 'Ines Carvalho, Ravi Menon', source: 'frontmatter' });
    expect(doc.metadata.consulted?.text).toBe('Platform guild');
    expect(doc.metadata.informed?.text).toBe('Support');
    expect(doc.metadata.tags?.text).toBe('storage');
    expect(doc.metadata.reversibility).toMatchObject({ text: 'two-way', span: { line: 8 } });
    expect(doc.metadata['revisit-by']?.text).toBe('2027-06-30');
    expect(doc.metadata.owner?.text).toBe('payments-oncall');
    expect(doc.frontmatter?.keySpans.status).toMatchObject({ line: 2, column: 1, endColumn: 7 });
  });

  it('MADR 3 deciders', () => {
    const doc = parse(adr('---', 'status: proposed', 'deciders: Ana, Ben', '---', '# Cache sessions'));
    expect(doc.metadata.deciders?.text).toBe('Ana, Ben');
    expect(doc.status?.normalized).toBe('proposed');
  });

  it('MADR 2 bullets under the title, Approved normalised to accepted', () => {
    const doc = parse(
      adr(
        '# Use Keycloak for single sign-on',
        '',
        '* Status: Approved',
        '* Deciders: Hanna Weber, Luis Ortega',
        '* Date: 2021-06-14',
        '',
        'Technical Story: SSO for internal tools',
        '',
        '## Context and Problem Statement',
        '',
        'Four tools keep their own password table.',
      ),
    );
    expect(doc.status).toMatchObject({
      raw: 'Approved',
      normalized: 'accepted',
      span: { line: 3, column: 1 },
    });
    expect(doc.metadata.status?.source).toBe('bullet');
    expect(doc.metadata.deciders).toMatchObject({ text: 'Hanna Weber, Luis Ortega', span: { line: 4 } });
    expect(doc.metadata.date).toMatchObject({ text: '2021-06-14', source: 'bullet', span: { line: 5 } });
    expect(doc.metadata['technical-story']).toMatchObject({ text: 'SSO for internal tools', source: 'line' });
  });

  it('log4brains dash bullets without frontmatter', () => {
    const doc = parse(
      adr('# Publish docs', '', '- Status: proposed', '- Date: 2022-01-10', '', '## Context', '', 'x'),
    );
    expect(doc.status).toMatchObject({ raw: 'proposed', normalized: 'proposed', span: { line: 3 } });
    expect(doc.metadata.date?.text).toBe('2022-01-10');
  });

  it('home-grown: several fields on one line, split at a middle dot or a bar', () => {
    const doc = parse(
      adr(
        '# 14. Search for the help centre',
        '',
        'Status: Accepted · Date: 2026-04-02 · Deciders: Ana, Raj',
        '',
        '**Revisit by:** 2027-04-01 | **Owner:** search team',
        '',
        '## Context',
        '',
        'x',
      ),
    );
    expect(doc.status).toMatchObject({
      raw: 'Accepted',
      normalized: 'accepted',
      span: { line: 3, column: 1 },
    });
    expect(doc.metadata.date).toMatchObject({ text: '2026-04-02', span: { line: 3, column: 20 } });
    expect(doc.metadata.deciders?.text).toBe('Ana, Raj');
    expect(doc.metadata['revisit-by']?.text).toBe('2027-04-01');
    expect(doc.metadata.owner?.text).toBe('search team');
  });

  it('a bar or a dot inside a value, with no field name after it, keeps the line whole', () => {
    const doc = parse(adr('# Publish docs', '', 'Deciders: Ana | Raj · Lee', '', '## Context', '', 'x'));
    expect(doc.metadata.deciders?.text).toBe('Ana | Raj · Lee');
  });

  it('Nygard: a Status section and a Date line under the title', () => {
    const doc = parse(
      adr(
        '# 7. Use RabbitMQ',
        '',
        'Date: 2019-08-02',
        '',
        '## Status',
        '',
        'Accepted',
        '',
        '## Context',
        '',
        'x',
      ),
    );
    expect(doc.status).toMatchObject({
      raw: 'Accepted',
      normalized: 'accepted',
      span: { line: 7, column: 1 },
    });
    expect(doc.metadata.status?.source).toBe('section');
    expect(doc.metadata.date).toMatchObject({ text: '2019-08-02', source: 'line', span: { line: 3 } });
  });

  it('Nygard: supersede links in the Status section', () => {
    const doc = parse(
      adr(
        '# 9. Use PostgreSQL',
        '',
        '## Status',
        '',
        'Accepted',
        '',
        'Supersedes [3. Use MySQL](0003-use-mysql.md)',
      ),
    );
    expect(doc.status?.normalized).toBe('accepted');
    expect(doc.links).toEqual([
      expect.objectContaining({ relation: 'supersedes', target: '0003-use-mysql.md', text: '3. Use MySQL' }),
    ]);
    expect(doc.links[0]?.span).toMatchObject({ line: 7, column: 12 });

    const old = parse(
      adr('# 3. Use MySQL', '', '## Status', '', 'Superseded by [9. Use PostgreSQL](0009-use-postgresql.md)'),
    );
    expect(old.status?.normalized).toBe('superseded');
    expect(old.links[0]).toMatchObject({ relation: 'superseded by', target: '0009-use-postgresql.md' });
  });

  it('links from frontmatter keys, MADR status bullets and a Links section', () => {
    const fm = parse(
      adr('---', 'supersedes: [1, 0002-b.md]', 'amends: 0003-c.md', 'tags: [a.md-ish, x]', '---', '# D'),
    );
    expect(fm.links.map((l) => [l.relation, l.target])).toEqual([
      ['supersedes', '1'],
      ['supersedes', '0002-b.md'],
      ['amends', '0003-c.md'],
    ]);
    const bullets = parse(
      adr(
        '# D',
        '',
        '* Status: superseded by [ADR-0005](0005-e.md)',
        '',
        '## Links',
        '',
        '* Refined by [ADR-0006](0006-f.md)',
        '* Builds on [ADR-0007](0007-g.md)',
        '* See [RFC 7231](https://www.rfc-editor.org/rfc/rfc7231)',
        '* [ADR-0008](0008-h.md)',
      ),
    );
    expect(bullets.links.map((l) => [l.relation, l.target])).toEqual([
      ['superseded by', '0005-e.md'],
      ['refined by', '0006-f.md'],
      ['builds on', '0007-g.md'],
    ]);
    expect(bullets.links[0]?.span).toMatchObject({ line: 3, column: 25 });
  });

  it.each([
    ['Accepted on 2020-01-01', 'accepted'],
    ['**Proposed**', 'proposed'],
    ['WIP', 'draft'],
    ['Deprecated', 'deprecated'],
    ['Rejected', 'rejected'],
    ['Implemented', 'accepted'],
    ['2020-01-01 Accepted', 'accepted'],
    ['2020-01-01: Proposed', 'proposed'],
    ['01/02/2020 - Rejected', 'rejected'],
    ['1 February 2020: Deprecated', 'deprecated'],
  ])('normalises "%s" to %s', (raw, normalized) => {
    expect(parse(adr('# X', '', '## Status', '', raw)).status?.normalized).toBe(normalized);
  });

  it('keeps an unknown status raw with no normalised value', () => {
    expect(parse(adr('---', 'status: ratified', '---', '# X')).status).toMatchObject({
      raw: 'ratified',
      normalized: null,
    });
  });

  it('custom status aliases from the options', () => {
    const doc = parseAdr(
      { path: '0001-x.md', text: adr('---', 'status: ratified', '---', '# X') },
      { statusAliases: { Ratified: 'accepted' } },
    );
    expect(doc.status?.normalized).toBe('accepted');
  });

  it('frontmatter wins when the sources disagree', () => {
    const doc = parse(adr('---', 'status: proposed', '---', '# X', '', '## Status', '', 'Accepted'));
    expect(doc.status).toMatchObject({ raw: 'proposed', span: { line: 2 } });
  });

  it('no status', () => {
    expect(parse(adr('# X', '', '## Context', '', 'x')).status).toBeNull();
  });
});

describe('status history', () => {
  /** A Nygard record whose Status section holds `lines`; they start on line 5. */
  const withStatus = (...lines: string[]) =>
    parse(adr('# 3. Queue for exports', '', '## Status', '', ...lines, '', '## Context', '', 'x'));

  it('the latest dated line holds, written as paragraphs', () => {
    const doc = withStatus('2024-01-04 Proposed', '', '2024-02-01 Accepted');
    expect(doc.status).toMatchObject({
      raw: '2024-02-01 Accepted',
      normalized: 'accepted',
      span: { line: 7 },
    });
  });

  it('as list items with the date after the status, newest first', () => {
    const doc = withStatus('* Superseded (2025-06-30)', '* Accepted (2024-02-01)', '* Proposed (2024-01-04)');
    expect(doc.status).toMatchObject({ normalized: 'superseded', span: { line: 5 } });
  });

  it('as lines of one paragraph, the later line winning a tie', () => {
    const doc = withStatus('Proposed: 2024-01-04', 'Accepted: 2024-01-04');
    expect(doc.status).toMatchObject({ raw: 'Accepted: 2024-01-04', span: { line: 6 } });
  });

  it('as a table of dates and statuses', () => {
    const doc = withStatus(
      '| Date | Status |',
      '| --- | --- |',
      '| 2024-01-04 | Proposed |',
      '| 2024-02-01 | Accepted |',
    );
    expect(doc.status).toMatchObject({ normalized: 'accepted', span: { line: 8 } });
  });

  it("in the project's own status words", () => {
    const doc = parseAdr(
      {
        path: '0003-x.md',
        text: adr('# X', '', '## Status', '', '2024-01-04 Drafted', '', '2024-02-01 Ratified'),
      },
      { statusAliases: { Ratified: 'accepted', Drafted: 'draft' } },
    );
    expect(doc.status).toMatchObject({ normalized: 'accepted', span: { line: 7 } });
  });

  it('one status with a dated note under it is not a history: the first line holds', () => {
    const doc = withStatus('Accepted', '', 'Amended on 2024-03-01 by [ADR 9](0009-x.md)');
    expect(doc.status).toMatchObject({ raw: 'Accepted', span: { line: 5 } });
  });

  it('a single dated status is the status', () => {
    expect(withStatus('2024-02-01: Accepted').status).toMatchObject({
      normalized: 'accepted',
      span: { line: 5 },
    });
  });
});

describe('sections', () => {
  const headings: [string, SectionKind | null][] = [
    ['Context and Problem Statement', 'context'],
    ['2. Context', 'context'],
    ['3) Background', 'context'],
    ['Problem Statement', 'context'],
    ['Issue', 'context'],
    ['📌 Context & Problem', 'context'],
    // A list of tracker links, not the problem the record addresses.
    ['Issues', 'links'],
    ['Forces', 'constraints'],
    ['Non-functional requirements', 'constraints'],
    ['Decision Drivers', 'drivers'],
    ['Evaluation Criteria', 'drivers'],
    // What the decision must achieve.
    ['Desired Outcomes', 'drivers'],
    ['Goals', 'drivers'],
    ['Design Goals', 'drivers'],
    ['Considered Options', 'options'],
    ['Alternatives Considered and Rejected', 'options'],
    ['Decision Outcome', 'outcome'],
    ['4.1 Decision', 'outcome'],
    ['Chosen Option', 'outcome'],
    ['Consequences', 'consequences'],
    ['Positive Consequences', 'consequences'],
    ['Negative Consequences', 'consequences'],
    ['Trade-offs', 'consequences'],
    ['Implications', 'consequences'],
    ['Pros and Cons of the Options', 'proscons'],
    ['Comparison', 'proscons'],
    ['Positions', 'options'],
    ['Candidates', 'options'],
    ['Solutions', 'options'],
    ['Possible Approaches', 'options'],
    ['Solution', 'outcome'],
    ['Candidates to consider', 'options'],
    ['Options evaluated', 'options'],
    ['Evaluated Options', 'options'],
    ['Explored approaches', 'options'],
    ['Research and analysis of each candidate', 'proscons'],
    ['Evaluation of the options', 'proscons'],
    ['Proposed Design', 'outcome'],
    ['Recommendation', 'outcome'],
    ['Rejected Alternatives', 'rejected'],
    ['What we decided not to do', 'rejected'],
    ['Failure Story', 'failure'],
    ['Risks and Mitigations', 'failure'],
    // A heading that joins two sections is read as the one it names first.
    ['Consequences and Alternatives', 'consequences'],
    ['Alternatives and their consequences', 'options'],
    ['Pros and cons of the alternatives', 'proscons'],
    ['Risks (draft)', 'failure'],
    ['What Could Go Wrong?', 'failure'],
    ['Reversibility', 'reversibility'],
    ['Exit Strategy', 'reversibility'],
    ['REVISIT TRIGGERS', 'revisit'],
    ['When to Revisit', 'revisit'],
    ['Review Date', 'revisit'],
    ['Who Operates This', 'operations'],
    ['Runbook', 'operations'],
    ['Proof of Concept', 'evidence'],
    ["What is the issue that we're seeing that is motivating this decision or change?", 'context'],
    ["What is the change that we're proposing and/or doing?", 'outcome'],
    ['What becomes easier or more difficult to do because of this change?', 'consequences'],
    ['Benchmarks', 'evidence'],
    ['Status', 'status'],
    ['Related Decisions', 'links'],
    ['More Information', 'links'],
    ['Appendix: glossary', null],
  ];

  it.each(headings)('"## %s" is %s', (heading, kind) => {
    const doc = parse(adr('# X', '', `## ${heading}`, '', 'Text.'));
    expect(doc.sections[0]?.kind).toBe(kind);
  });

  it('strips the number from the section title and keeps a normalised key', () => {
    const doc = parse(adr('# X', '', '## 2. Context (as of 2024)', '', 'Text.'));
    expect(doc.sections[0]).toMatchObject({
      title: 'Context (as of 2024)',
      key: 'context',
      level: 2,
      kind: 'context',
    });
  });

  it('builds the heading tree: parents, children, effective kinds, blocks and ranges', () => {
    const doc = parse(
      adr(
        '# Search engine',
        '',
        '## Considered Options',
        '',
        '### Option 1: Elasticsearch',
        '',
        'Facets.',
        '',
        '### Option 2: Meilisearch',
        '',
        'One binary.',
        '',
        '## Decision Outcome',
        '',
        'Chosen option: "Meilisearch", because it is one binary.',
      ),
    );
    const [options, first, second, outcome] = doc.sections;
    expect(options).toMatchObject({ kind: 'options', parent: -1, children: [1, 2] });
    expect(first).toMatchObject({
      title: 'Option 1: Elasticsearch',
      kind: null,
      effectiveKind: 'options',
      parent: 0,
    });
    expect(second?.span).toMatchObject({ line: 9, column: 1 });
    expect(options?.range).toMatchObject({ line: 3, endLine: 11 });
    expect(options?.blocks).toEqual([]);
    expect(options?.allBlocks).toHaveLength(2);
    expect(outcome).toMatchObject({ kind: 'outcome', parent: -1 });
    expect(doc.blocks[outcome?.blocks[0] as number]?.span.line).toBe(15);
  });

  it('an option sub-heading that quotes another section name is still an option, with its cons (MADR)', () => {
    const doc = parse(
      adr(
        '# Where to put the changelog',
        '',
        '## Considered Options',
        '',
        '* A list right after "Decision Outcome"',
        '* A list at the end',
        '',
        '## Decision Outcome',
        '',
        'Chosen option: "A list at the end", because readers meet the options first.',
        '',
        '## Pros and Cons of the Options',
        '',
        '### A list right after "Decision Outcome"',
        '',
        '* Bad, because it splits the outcome from its reasons',
        '',
        '### Risks of a list at the end',
        '',
        '* Good, because it keeps the outcome together',
      ),
    );
    expect(kindOf(doc, 'A list right after "Decision Outcome"')).toBeNull();
    expect(doc.sections.find((s) => s.title.startsWith('A list right'))?.effectiveKind).toBe('proscons');
    expect(kindOf(doc, 'Risks of a list at the end')).toBeNull();
    const first = doc.options.find((o) => o.name.startsWith('A list right'));
    expect(first?.arguments.map((a) => a.polarity)).toEqual(['bad']);
  });

  it('under an options section a sub-heading about other alternatives keeps its kind, and its paragraphs are options', () => {
    const doc = parse(
      adr(
        '# 40. Code generation for the protobuf files',
        '',
        '## Alternative Approaches',
        '',
        '### Generate in every repository',
        '',
        'Each repository runs protoc itself; versions drift.',
        '',
        '### Other alternatives to the registry',
        '',
        'Protolint was not considered as it is no longer maintained.',
        '',
        '## Decision',
        '',
        'We will generate the code once, in the registry.',
      ),
    );
    expect(kindOf(doc, 'Other alternatives to the registry')).toBe('options');
    expect(doc.options.map((o) => o.name)).toContain(
      'Protolint was not considered as it is no longer maintained',
    );
  });

  it('outside an options section the same words still name the kind (Nygard)', () => {
    const doc = parse(
      adr(
        '# 5. Queue for invoices',
        '',
        '## Status',
        '',
        'Accepted',
        '',
        '## Risks of the broker',
        '',
        'When the broker is down invoices queue up; the on-call engineer is paged.',
        '',
        '## Considered Options',
        '',
        '### Risks',
        '',
        'A full disk stops the broker.',
      ),
    );
    expect(kindOf(doc, 'Risks of the broker')).toBe('failure');
    // An exact alias still names its kind, wherever it stands.
    expect(doc.sections.find((s) => s.title === 'Risks' && s.level === 3)?.kind).toBe('failure');
  });

  it('custom aliases from the options add kinds and override the starter table', () => {
    const text = adr('# X', '', '## Blast Radius', '', 'a', '', '## Evaluation', '', 'b');
    const plain = parse(text);
    expect(kindOf(plain, 'Blast Radius')).toBeNull();
    expect(kindOf(plain, 'Evaluation')).toBe('proscons');
    const custom = parseAdr(
      { path: '0001-x.md', text },
      { sectionAliases: { failure: ['Blast radius'], drivers: ['Evaluation'] } },
    );
    expect(kindOf(custom, 'Blast Radius')).toBe('failure');
    expect(kindOf(custom, 'Evaluation')).toBe('drivers');
  });
});

describe('sections named by a bold label', () => {
  /** A record written without headings after its opening: each part starts with a bold label. */
  const labelled = (dialect: Dialect, ...body: string[]) =>
    parse(adr(...recordHead(dialect, 'Pick a feature-flag service', { number: 7 }), ...body));

  const outline = (doc: AdrDocument) => doc.sections.map((s) => `${s.kind}:${s.title}`);

  for (const dialect of DIALECTS) {
    it(`${dialect}: "**Decision:** text" and "**Consequences**" on its own line open sections`, () => {
      const doc = labelled(
        dialect,
        '**Context:** a flag change needs a redeploy of 14 services.',
        '',
        '**Options considered:**',
        '',
        '1. LaunchDarkly',
        '2. Unleash',
        '',
        '**Decision:** We will use Unleash, self-hosted.',
        '',
        '**Consequences**',
        '',
        '- Bad: one more service to upgrade and back up.',
      );
      expect(outline(doc).filter((entry) => !entry.startsWith('status:'))).toEqual([
        'context:Context',
        'options:Options considered',
        'outcome:Decision',
        'consequences:Consequences',
      ]);
      expect(optionNames(doc)).toEqual(['LaunchDarkly', 'Unleash']);
      expect(doc.chosen?.name).toBe('Unleash');
      // The paragraph keeps its label, which states the choice; a label alone is only a heading.
      const text = (kind: SectionKind) =>
        doc.sections.find((s) => s.kind === kind)?.blocks.map((index) => doc.blocks[index]?.text);
      expect(text('outcome')).toEqual(['Decision: We will use Unleash, self-hosted.']);
      expect(text('consequences')).toEqual(['Bad: one more service to upgrade and back up.']);
      expect(doc.consequences.map((c) => c.polarity)).toEqual(['bad']);
    });
  }

  it('a bold phrase that starts a sentence, or names no section, is not a label', () => {
    const doc = parse(
      adr(
        '# 3. Queue for invoices',
        '',
        '**Decision** makers agreed to review the cost after a quarter.',
        '',
        '**Implementation:** the worker moves to its own deployment.',
        '',
        '**Status:** Accepted',
      ),
    );
    expect(doc.sections).toEqual([]);
    expect(doc.status?.normalized).toBe('accepted');
  });

  it('under a heading of no kind a label is part of it; after a section of another kind it starts the next one', () => {
    const doc = parse(
      adr(
        '# 25. Domain names',
        '',
        '## Status',
        '',
        'Accepted',
        '',
        '**Context:** apps use the cluster name in their domain.',
        '',
        '## Wildcard domain for apps',
        '',
        '**Decision:** use *.apps.example.org',
        '',
        '### Reasoning',
        '',
        'The cluster name changes when we migrate.',
      ),
    );
    const shape = doc.sections.map((s) => [s.title, s.level, s.kind, doc.sections[s.parent]?.title ?? null]);
    expect(shape).toEqual([
      ['Status', 2, 'status', null],
      ['Context', 2, 'context', null],
      ['Wildcard domain for apps', 2, null, null],
      ['Decision', 3, 'outcome', 'Wildcard domain for apps'],
      ['Reasoning', 3, null, 'Wildcard domain for apps'],
    ]);
    expect(doc.status?.normalized).toBe('accepted');
  });

  it("under an option a label is the option's own text, not a new section", () => {
    const doc = parse(
      adr(
        '# 4. Cache for sessions',
        '',
        '## Considered Options',
        '',
        '### Redis',
        '',
        '**Consequences:** one more cluster to run.',
        '',
        '### Sticky sessions',
        '',
        'Deploys log users out.',
      ),
    );
    expect(doc.sections.map((s) => s.title)).toEqual(['Considered Options', 'Redis', 'Sticky sessions']);
  });
});

describe('options', () => {
  it('a list under an options section, each with its position', () => {
    const doc = parse(
      adr(
        '# Event bus',
        '',
        '## Considered Options',
        '',
        '1. Use Kafka',
        '2. [RabbitMQ](https://www.rabbitmq.com) – a classic broker',
        '3. NATS JetStream: lighter to run',
      ),
    );
    expect(doc.options.map((o) => [o.name, o.key, o.source, o.span.line, o.span.column])).toEqual([
      ['Use Kafka', 'kafka', 'list', 5, 1],
      ['RabbitMQ', 'rabbitmq', 'list', 6, 1],
      ['NATS JetStream', 'nats jetstream', 'list', 7, 1],
    ]);
  });

  it('sub-headings under an options section', () => {
    const doc = parse(
      adr(
        '# X',
        '',
        '## Options',
        '',
        '### Option 1: Redis',
        '',
        'a',
        '',
        '### Option 2: Memcached',
        '',
        'b',
      ),
    );
    expect(doc.options.map((o) => [o.name, o.key, o.source, o.span.line])).toEqual([
      ['Option 1: Redis', 'redis', 'heading', 5],
      ['Option 2: Memcached', 'memcached', 'heading', 9],
    ]);
  });

  it('a table whose first column names the options', () => {
    const doc = parse(
      adr(
        '# X',
        '',
        '## Alternatives Considered',
        '',
        '| Option | Cost |',
        '|---|---|',
        '| Kafka (managed) | $1,200 |',
        '| NATS JetStream | $300 |',
      ),
    );
    expect(doc.options.map((o) => [o.name, o.source, o.span.line])).toEqual([
      ['Kafka (managed)', 'table', 7],
      ['NATS JetStream', 'table', 8],
    ]);
  });

  it('MADR pros and cons are merged into the listed option', () => {
    const doc = parse(
      adr(
        '# X',
        '',
        '## Considered Options',
        '',
        '* Redis',
        '* Memcached',
        '',
        '## Pros and Cons of the Options',
        '',
        '### Redis',
        '',
        '* Good, because it persists to disk.',
        '* Bad, because memory bound.',
        '* Neutral, because widely known.',
        '',
        '### Memcached',
        '',
        '* Good, because simple.',
      ),
    );
    expect(optionNames(doc)).toEqual(['Redis', 'Memcached']);
    const redis = doc.options[0];
    expect(redis?.source).toBe('list');
    expect(redis?.arguments.map((a) => [a.polarity, a.span.line])).toEqual([
      ['good', 12],
      ['bad', 13],
      ['neutral', 14],
    ]);
    expect(doc.options[1]?.arguments.map((a) => a.polarity)).toEqual(['good']);
  });

  it('Pros:/Cons: sub-lists, +/- items and Advantages/Disadvantages labels', () => {
    const doc = parse(
      adr(
        '# X',
        '',
        '## Considered Options',
        '',
        '* Redis',
        '  * Pros:',
        '    * fast',
        '  * Cons:',
        '    * memory bound',
        '* Memcached',
        '  + simple',
        '  - no persistence',
        '* Hazelcast',
        '',
        '## Pros and Cons',
        '',
        '### Hazelcast',
        '',
        '**Advantages**',
        '',
        '* embedded in the JVM',
        '',
        '**Disadvantages**',
        '',
        '* licence changes',
      ),
    );
    const args = doc.options.map((o) => [o.name, o.arguments.map((a) => `${a.polarity}:${a.text}`)]);
    expect(args).toEqual([
      ['Redis', ['good:fast', 'bad:memory bound']],
      ['Memcached', ['good:simple', 'bad:no persistence']],
      ['Hazelcast', ['good:embedded in the JVM', 'bad:licence changes']],
    ]);
  });

  it('options named only under Pros and Cons headings', () => {
    const doc = parse(
      adr(
        '# X',
        '',
        '## Pros and Cons of the Options',
        '',
        '### Meilisearch',
        '',
        '* Bad, because no clustering.',
        '',
        '### OpenSearch',
      ),
    );
    expect(doc.options.map((o) => [o.name, o.source])).toEqual([
      ['Meilisearch', 'heading'],
      ['OpenSearch', 'heading'],
    ]);
    expect(doc.options[0]?.arguments.map((a) => a.polarity)).toEqual(['bad']);
  });

  it('duplicates by name are merged', () => {
    const doc = parse(adr('# X', '', '## Considered Options', '', '* Use Redis', '* Redis', '* **redis**'));
    expect(optionNames(doc)).toEqual(['Use Redis']);
  });

  it('Nygard: paragraphs of an Alternatives section each introduce an alternative', () => {
    const doc = parse(
      adr(
        '# 12. Render on the server',
        '',
        '## Decision',
        '',
        'We will render the dashboard on the server.',
        '',
        '## Alternatives',
        '',
        '**Single-page app** — ships the charting library up front.',
        '',
        '**Static pre-rendering** — cannot show numbers that change every minute.',
      ),
    );
    expect(doc.options.map((o) => [o.name, o.source, o.span.line])).toEqual([
      ['Single-page app', 'prose', 9],
      ['Static pre-rendering', 'prose', 11],
      ['We will render the dashboard on the server.', 'outcome', 5],
    ]);
    expect(doc.chosen).toMatchObject({ option: 2, source: 'decision', span: { line: 5 } });
  });

  it.each([
    ['We also considered Amazon SQS, but it ties us to one vendor.', 'Amazon SQS'],
    ['An alternative would be Amazon SQS, which ties us to one vendor.', 'Amazon SQS'],
    ['Instead of Amazon SQS, jobs go through our own broker.', 'Amazon SQS'],
  ])('Nygard: the sentence "%s" presents an alternative', (sentence, name) => {
    const doc = parse(
      adr(
        '# 7. Use RabbitMQ',
        '',
        '## Context',
        '',
        sentence,
        '',
        '## Decision',
        '',
        'We will use RabbitMQ for jobs.',
      ),
    );
    expect(doc.options.map((o) => [o.name, o.source])).toEqual([
      [name, 'prose'],
      ['We will use RabbitMQ for jobs.', 'outcome'],
    ]);
  });

  it('"do nothing" counts when written as an option', () => {
    const listed = parse(adr('# X', '', '## Considered Options', '', '* Add a read replica', '* Do nothing'));
    expect(optionNames(listed)).toEqual(['Add a read replica', 'Do nothing']);
    const prose = parse(
      adr(
        '# 3. Read replica',
        '',
        '## Decision',
        '',
        'We will add a read replica.',
        '',
        '## Consequences',
        '',
        'Keeping the status quo was the other option; finance needs the reports by 9 am.',
      ),
    );
    expect(prose.options.map((o) => o.name)).toContain('Do nothing');
    expect(prose.options).toHaveLength(2);
  });

  it('a technology merely mentioned is not an option', () => {
    const doc = parse(
      adr(
        '# 4. Use PostgreSQL',
        '',
        '## Context',
        '',
        'Our team already runs MySQL and Redis for other services.',
        '',
        '## Decision',
        '',
        'We will use PostgreSQL for the ledger.',
      ),
    );
    expect(doc.options.map((o) => [o.name, o.source])).toEqual([
      ['We will use PostgreSQL for the ledger.', 'outcome'],
    ]);
  });

  it('no options', () => {
    expect(parse(adr('# X', '', '## Context', '', 'Logs are hard to search.')).options).toEqual([]);
  });

  it('a list of short names in the context is a set of candidates when the decision picks one of them', () => {
    const doc = parse(
      adr(
        '# Scheduler for batch jobs',
        '',
        '## Context',
        '',
        'Several schedulers are in use across the organisation today:',
        '',
        '- Airflow',
        '- Argo Workflows',
        '- cron on a VM',
        '',
        '## Decision',
        '',
        'Use Argo Workflows for every new batch job. It runs on the cluster we already operate.',
      ),
    );
    expect(doc.options.map((o) => o.name)).toEqual(['Airflow', 'Argo Workflows', 'cron on a VM']);
    expect(doc.chosen?.option).toBe(1);
  });

  it('a list of what the change touches is not a set of candidates, even when the decision names one', () => {
    const doc = parse(
      adr(
        '# Tenant id on every request',
        '',
        '## Context',
        '',
        'Adding a tenant id will impact the following modules:',
        '',
        '- Billing',
        '- Search',
        '- Audit log',
        '',
        '## Decision',
        '',
        'Billing reads the tenant id from the token first.',
      ),
    );
    expect(doc.options.map((o) => o.name)).not.toContain('Search');
  });

  it('"instead of" followed by a code span names code, not an alternative (home-grown Decision/Approach)', () => {
    const doc = parse(
      adr(
        '# Signing keys from the vault',
        '',
        '## Decision',
        '',
        'The token service looks its signing key up by id.',
        '',
        '## Approach',
        '',
        '- `sign()` takes a key id instead of taking a `Supplier<Key>`, so the key never leaves the vault.',
        '- Tags use the `v1.2.3` form instead of `svc-v1.2.3` as for the other repositories.',
      ),
    );
    expect(doc.options.map((o) => o.source)).toEqual(['outcome']);
  });

  it('"instead of" with a named alternative, or a long description around a code span, still counts (Nygard)', () => {
    const doc = parse(
      adr(
        '# 3. Session store',
        '',
        '## Status',
        '',
        'Accepted',
        '',
        '## Context',
        '',
        'Sessions must survive a node restart.',
        '',
        '## Decision',
        '',
        'We keep sessions in Redis instead of Memcached, which loses them on restart.',
        '',
        'Alternatively, an extra method `persist` could be added as a companion to the session API.',
      ),
    );
    const names = doc.options.map((o) => o.name);
    expect(names).toContain('Memcached');
    expect(names.some((n) => n.startsWith('an extra method'))).toBe(true);
  });

  it('"X => what it brings": the arrow ends the option name', () => {
    const doc = parse(
      adr(
        '# Hashing',
        '',
        '## Alternative Approaches',
        '',
        '1. Swap the hash for every struct => breaks old clients.',
        '2. Keep SHA-256 => nothing to migrate.',
      ),
    );
    expect(doc.options.map((o) => o.name)).toEqual(['Swap the hash for every struct', 'Keep SHA-256']);
  });

  it('sub-headings of the context that each carry Pros/Cons lists are options (home-grown)', () => {
    const doc = parse(
      adr(
        '# RPC protocol',
        '',
        '## Context',
        '',
        'Two protocols are on the table.',
        '',
        '### JSON over HTTP',
        '',
        '**Pros:**',
        '',
        '- Readable in a browser',
        '',
        '**Cons:**',
        '',
        '- No schema',
        '',
        '### gRPC',
        '',
        'Cons:',
        '',
        '- Needs a gateway for browsers',
        '',
        '### Current load',
        '',
        'About 300 requests/s.',
        '',
        '## Decision',
        '',
        'Serve gRPC, with a JSON gateway for browsers.',
        '',
        '### Rollout',
        '',
        'Pros:',
        '',
        '- One service at a time',
      ),
    );
    expect(doc.options.map((o) => [o.name, o.source, o.arguments.map((a) => a.polarity).join(' ')])).toEqual([
      ['JSON over HTTP', 'heading', 'good bad'],
      ['gRPC', 'heading', 'bad'],
    ]);
    expect(doc.chosen?.option).toBe(1);
  });

  it('a comparison table with the candidates as its columns (home-grown Decision/Rationale)', () => {
    const doc = parse(
      adr(
        '# Our own CSV reader',
        '',
        '## Decision',
        '',
        'Our own reader stays; we do not adopt a library.',
        '',
        '## Rationale',
        '',
        'The table compares our own reader with the fastcsv library:',
        '',
        '|  | Own reader | fastcsv library |',
        '|---|---|---|',
        '| upkeep | one file we know | a new dependency to follow |',
        '| speed | 80 MB/s | 200 MB/s |',
      ),
    );
    expect(doc.options.map((o) => [o.name, o.source, o.span.line])).toEqual([
      ['Own reader', 'table', 11],
      ['fastcsv library', 'table', 11],
    ]);
    expect(doc.chosen?.option).toBe(0);
  });

  it('Pros and Cons rows of a column table are that column’s arguments (Nygard consequences)', () => {
    const doc = parse(
      adr(
        '# 7. Deploy with the platform buildpack',
        '',
        '## Status',
        '',
        'Accepted',
        '',
        '## Decision',
        '',
        'We deploy with the platform buildpack.',
        '',
        '## Consequences',
        '',
        '| | Platform buildpack | Own container image |',
        '|---|---|---|',
        '| Pros | Security patches arrive on their own | Same image on a laptop |',
        '| Cons | Hard to reproduce locally | We patch the base image ourselves |',
      ),
    );
    const image = doc.options.find((o) => o.name === 'Own container image');
    expect(image?.arguments.map((a) => [a.polarity, a.text, a.span.line])).toEqual([
      ['good', 'Same image on a laptop', 15],
      ['bad', 'We patch the base image ourselves', 16],
    ]);
  });

  it.each(DIALECTS)(
    '%s: a decision matrix in the options section puts the candidates in its columns',
    (dialect) => {
      const doc = parse(
        adr(
          ...recordHead(dialect, 'Choose a feature-flag service'),
          '## Considered Options',
          '',
          '| Criterion (weight) | LaunchDarkly | Unleash | Flagsmith |',
          '|---|---|---|---|',
          '| Cost (3) | 1 | 3 | 2 |',
          '| Self-hosting (1) | 0 | 3 | 3 |',
          '| **Total** | 3 | 12 | 9 |',
          '',
          decisionHeading(dialect),
          '',
          'Chosen option: "Unleash", because it scores highest and is free to self-host.',
        ),
      );
      expect(doc.options.map((o) => [o.name, o.source])).toEqual([
        ['LaunchDarkly', 'table'],
        ['Unleash', 'table'],
        ['Flagsmith', 'table'],
      ]);
      expect(doc.chosen?.option).toBe(1);
    },
  );

  it('a table of options with Pros and Cons columns still puts one option in each row', () => {
    const doc = parse(
      adr(
        '# Choose a feature-flag service',
        '',
        '## Considered Options',
        '',
        '| Option | Pros | Cons |',
        '|---|---|---|',
        '| LaunchDarkly | nothing to run | per-seat price |',
        '| Unleash | free to self-host | we run the server |',
      ),
    );
    expect(doc.options.map((o) => o.name)).toEqual(['LaunchDarkly', 'Unleash']);
  });

  it('a "Criteria" first column weighs the columns outside an options section too; "Feature" alone does not', () => {
    const matrix = (corner: string) =>
      parse(
        adr(
          '# Remote signing',
          '',
          '## Decision',
          '',
          'We sign tokens through the key store.',
          '',
          '## Background',
          '',
          `| ${corner} | Vault | KMS |`,
          '|---|---|---|',
          '| Signing | yes | yes |',
          '| Rotation | manual | automatic |',
        ),
      );
    const tabled = (doc: AdrDocument) => doc.options.filter((o) => o.source === 'table');
    expect(tabled(matrix('Criteria')).map((o) => [o.name, o.source])).toEqual([
      ['Vault', 'table'],
      ['KMS', 'table'],
    ]);
    expect(tabled(matrix('Feature'))).toEqual([]);
  });

  it('column tables that weigh nothing are not candidates: an overview, a field table, a named first column', () => {
    const table = (intro: string, head: string) =>
      parse(
        adr(
          '# Remote signing',
          '',
          '## Decision',
          '',
          'We sign tokens through the key store.',
          '',
          '## Background',
          '',
          intro,
          '',
          head,
          '|---|---|---|',
          '| Signing | yes | yes |',
          '| Rotation | manual | automatic |',
        ),
      );
    const sources = (doc: AdrDocument) => doc.options.map((o) => o.source);
    expect(sources(table('Key stores on the market:', '| | Vault | KMS |'))).toEqual(['outcome']);
    expect(sources(table('We compare the fields:', '| | Name | Type |'))).toEqual(['outcome']);
    expect(sources(table('We compare two stores:', '| Feature | Vault | KMS |'))).toEqual(['outcome']);
  });

  it('a passive "X was considered as an alternative / was also considered, but" names an alternative', () => {
    const rationale = parse(
      adr(
        '# Load tests with k6',
        '',
        '## Decision',
        '',
        'We write load tests in k6.',
        '',
        '## Rationale',
        '',
        'Tests are plain JavaScript. [Locust](https://locust.io) was considered as an alternative, but it needs a Python toolchain.',
        '',
        'The Artillery toolkit was also considered, but its reports are too coarse.',
      ),
    );
    expect(rationale.options.map((o) => o.name)).toEqual([
      'Locust',
      'Artillery toolkit',
      'We write load tests in k6.',
    ]);
    const nygard = parse(
      adr(
        '# 6. Peer addresses as URLs',
        '',
        '## Status',
        '',
        'Accepted',
        '',
        '## Decision',
        '',
        'Peers are addressed by URL. Multiaddr was considered as a peer address format over URLs, but few tools read it.',
      ),
    );
    expect(nygard.options.map((o) => o.name)).toContain('Multiaddr');
  });

  it('a passive "considered" that frames no alternative adds none', () => {
    const doc = parse(
      adr(
        '# Load tests with k6',
        '',
        '## Decision',
        '',
        'We write load tests in k6.',
        '',
        '## Rationale',
        '',
        'Cost was considered. Several designs were considered, including a sidecar. Latency was considered important.',
        '',
        'Gatling was not considered, but may be later.',
      ),
    );
    expect(doc.options.map((o) => o.source)).toEqual(['outcome']);
  });

  it('an inventory the decision reworks (names several of its items) is not a set of candidates', () => {
    const doc = parse(
      adr(
        '# 12. Fold the reports queue into the main broker',
        '',
        'Date: 2022-05-03',
        '',
        '## Status',
        '',
        'Accepted',
        '',
        '## Context',
        '',
        'We run three RabbitMQ brokers today:',
        '',
        '- main-mq',
        '- reports-mq',
        '- billing-mq',
        '',
        '## Decision',
        '',
        'Point the reports service at main-mq and switch off reports-mq.',
      ),
    );
    expect(doc.options.map((o) => o.source)).toEqual(['outcome']);
  });

  it('the same inventory is a set of candidates when the decision picks exactly one (MADR 2 bullets)', () => {
    const doc = parse(
      adr(
        '# Broker for the reports service',
        '',
        '* Status: accepted',
        '* Date: 2022-05-03',
        '',
        '## Context and Problem Statement',
        '',
        'We run three RabbitMQ brokers today:',
        '',
        '- main-mq',
        '- reports-mq',
        '- billing-mq',
        '',
        '## Decision Outcome',
        '',
        'The reports service moves to main-mq, which has the spare capacity.',
      ),
    );
    expect(doc.options.map((o) => o.name)).toEqual(['main-mq', 'reports-mq', 'billing-mq']);
    expect(doc.chosen?.option).toBe(0);
  });

  it('rules for a setting named "option" are not candidates; "another option" still introduces them', () => {
    const rules = parse(
      adr(
        '# 9. Mirror option for streams',
        '',
        '## Context',
        '',
        'The following limits for the mirror option apply:',
        '',
        '- The source MUST name an existing stream.',
        '- The filter MAY be empty.',
        '',
        '## Decision',
        '',
        'Streams accept the mirror option from version 2.4.',
      ),
    );
    expect(rules.options.map((o) => o.source)).toEqual(['outcome']);
    const candidates = parse(
      adr(
        '# 9. Mirror option for streams',
        '',
        '## Context',
        '',
        'Each option we weighed for copying streams:',
        '',
        '- Mirror inside the server',
        '- Copy with a sidecar process',
        '',
        '## Decision',
        '',
        'Mirror inside the server, as the sidecar doubles the network traffic.',
      ),
    );
    expect(candidates.options.map((o) => o.source)).toEqual(['list', 'list']);
  });

  it('a list of short names the decision does not narrow down is not a set of candidates', () => {
    const doc = parse(
      adr(
        '# Retention of audit logs',
        '',
        '## Context',
        '',
        'The audit log records:',
        '',
        '- Logins',
        '- Payments',
        '',
        '## Decision',
        '',
        'We will keep the audit log for seven years in cold storage.',
      ),
    );
    expect(doc.options.map((o) => o.source)).toEqual(['outcome']);
  });

  it('a passive "are considered" introduces a classification, not candidates', () => {
    const doc = parse(
      adr(
        '# Mutable entities',
        '',
        '## Decision',
        '',
        'The following entities are considered immutable:',
        '',
        '- Invoice',
        '- Contract',
      ),
    );
    expect(doc.options.map((o) => o.source)).toEqual(['outcome']);
  });

  it('"in two different ways:" introduces candidates', () => {
    const doc = parse(
      adr(
        '# Test asynchronous code one way',
        '',
        '## Context',
        '',
        'Asynchronous code is tested in two different ways:',
        '',
        '- polling loops with sleeps',
        '- the Awaitility library',
      ),
    );
    expect(doc.options.map((o) => o.name)).toEqual(['polling loops with sleeps', 'the Awaitility library']);
  });

  it('"it was discussed whether X or Y" names both ways', () => {
    const doc = parse(
      adr(
        '# Amnesia attacks',
        '',
        '## Decision',
        '',
        'It was discussed whether to keep the current protocol or build a new detector.',
      ),
    );
    expect(doc.options.filter((o) => o.source === 'prose').map((o) => o.name)).toEqual([
      'keep the current protocol',
      'build a new detector',
    ]);
  });

  it('"whether" across a version number still names both ways; one question with "or not" names none', () => {
    const doc = parse(
      adr(
        '# Amnesia attacks',
        '',
        '## Decision',
        '',
        'It was discussed, with the release of 0.34 close, whether to keep the current protocol or build a new detector.',
        'Clients decide whether deleting or modifying their objects is allowed or not.',
        'The hash is compared to the original one.',
      ),
    );
    expect(doc.options.filter((o) => o.source === 'prose').map((o) => o.name)).toEqual([
      'keep the current protocol',
      'build a new detector',
    ]);
  });

  it('one paragraph in an options section that offers two ways gives two options', () => {
    const doc = parse(
      adr(
        '# Option values in the API',
        '',
        '## Possible solutions',
        '',
        'Values could be embedded as objects in the response **or** provided as links to their own resources.',
      ),
    );
    expect(doc.options.map((o) => o.name)).toEqual([
      'embedded as objects in the response',
      'provided as links to their own resources',
    ]);
  });

  it('"we won\'t use X anymore" and "clearer than X" name the alternative that lost', () => {
    const doc = parse(
      adr(
        '# Identify records by slug',
        '',
        '## Decision',
        '',
        "From now on, we won't use sequence numbers anymore.",
        'A result type is clearer than returning null from the store.',
      ),
    );
    expect(doc.options.filter((o) => o.source === 'prose').map((o) => o.name)).toEqual([
      'sequence numbers',
      'null from the store',
    ]);
  });

  it('a short list item keeps its comma: "Multi-packages, monorepo" is one name', () => {
    const doc = parse(
      adr(
        '# Package layout',
        '',
        '## Considered Options',
        '',
        '- Multi-packages, multirepo',
        '- Multi-packages, monorepo',
        '- Redis, because it runs already',
        '- Memcached, fast and simple but it has no persistence at all',
      ),
    );
    expect(doc.options.map((o) => o.name)).toEqual([
      'Multi-packages, multirepo',
      'Multi-packages, monorepo',
      'Redis',
      'Memcached',
    ]);
  });

  it('an inline enumeration of competitors names each of them', () => {
    const doc = parse(
      adr(
        '# Continuous integration',
        '',
        '## Context',
        '',
        'Some top competitors in this space are GitLab CI, CircleCI, and Jenkins.',
        '',
        '## Decision',
        '',
        'To use GitHub Actions.',
      ),
    );
    expect(doc.options.filter((o) => o.source === 'prose').map((o) => o.name)).toEqual([
      'GitLab CI',
      'CircleCI',
      'Jenkins',
    ]);
  });
});

describe('choice by ordinal', () => {
  const discussed = (decision: string[]) =>
    adr(
      '# 4. Where the nightly jobs run',
      '',
      '## Decision',
      '',
      'We looked at three options:',
      '',
      '1. a cron container per service',
      '2. a workflow engine we host ourselves',
      '3. the scheduler of our CI system',
      '',
      ...decision,
    );

  it('a sentence that only discusses "the first option" does not pick it; the one that chooses does', () => {
    const doc = parse(
      discussed([
        'The first option is the simplest but spreads schedules over many repositories.',
        '',
        'The final option, and the one we have chosen, keeps every schedule in one place.',
      ]),
    );
    expect(doc.chosen?.name).toBe('the scheduler of our CI system');
  });

  it('"Option 2 was discounted" names the option without choosing it', () => {
    const doc = parse(
      discussed(['Option 2 was discounted as nobody wants to run it.', '', 'We go with option 3.']),
    );
    expect(doc.chosen?.option).toBe(2);
  });

  it('a label at the start of the decision picks the option: "Option 1, with ..."', () => {
    const doc = parse(discussed(['Option 1, with one container image shared by all services.']));
    expect(doc.chosen?.name).toBe('a cron container per service');
  });
});

describe('choice restated in other word forms', () => {
  const candidates = (decision: string) =>
    adr(
      '# 7. Rolling out new base images',
      '',
      '## Context',
      '',
      'There are several possible ways to roll out a new base image:',
      '',
      '* Manual replacement of servers',
      '* Scheduled rebuilds of every group',
      '* A new group for every image',
      '',
      '## Decision',
      '',
      decision,
    );

  it('the one listed option whose every word the decision restates is the choice', () => {
    const doc = parse(candidates('We will manually replace the affected servers after each image build.'));
    expect(doc.chosen?.name).toBe('Manual replacement of servers');
  });

  it('a decision that turns the option down does not choose it', () => {
    const doc = parse(
      candidates('We will not manually replace servers; images roll out on the next deploy.'),
    );
    expect(doc.chosen?.name).not.toBe('Manual replacement of servers');
  });

  it('sharing one word with an option is not restating it', () => {
    const doc = parse(candidates('We will rebuild the images weekly.'));
    expect(doc.chosen?.source).not.toBe('outcome-mention');
  });
});

describe('options written as labelled paragraphs', () => {
  const labelled = (decision: string) =>
    adr(
      '# Session store for the web tier',
      '',
      '## Status',
      '',
      'Accepted',
      '',
      '## Considered Options',
      '',
      '**Option 1:** Sticky sessions on the load balancer',
      'Each user stays on one web node for the life of the session.',
      '',
      '✅ Pros:',
      'Nothing new to run.',
      '',
      '❌ Cons:',
      'A node restart logs out every user on it.',
      '',
      '**[SELECTED] Option 2:** Sessions in Redis',
      'Web nodes keep no state; sessions live in a managed Redis.',
      '',
      '<details open>',
      '<summary>➖ Cons</summary>',
      '',
      '- One more managed service to pay for.',
      '',
      '</details>',
      '',
      '## Decision',
      '',
      decision,
    );

  it('each label opens an option; pros and cons up to the next label belong to it', () => {
    const doc = parse(labelled('Sessions move to Redis.'));
    expect(optionNames(doc)).toEqual([
      'Option 1: Sticky sessions on the load balancer',
      'Option 2: Sessions in Redis',
    ]);
    expect(doc.options.map((o) => o.source)).toEqual(['heading', 'heading']);
    expect(doc.options[0]?.span.line).toBe(9);
    expect(doc.options[0]?.arguments.map((a) => [a.polarity, a.text])).toEqual([
      ['good', 'Nothing new to run.'],
      ['bad', 'A node restart logs out every user on it.'],
    ]);
    expect(doc.options[1]?.arguments.map((a) => [a.polarity, a.text])).toEqual([
      ['bad', 'One more managed service to pay for.'],
    ]);
  });

  it('"[SELECTED]" before the label marks the chosen option', () => {
    const doc = parse(labelled('Sessions move to a shared store.'));
    expect(doc.chosen?.name).toBe('Option 2: Sessions in Redis');
    expect(doc.chosen?.source).toBe('marker');
  });

  it('"Option 3b" in the decision names the option labelled so, not the third one', () => {
    const doc = parse(
      adr(
        '# Feature toggles',
        '',
        '## Options',
        '',
        '**Option 1:** Environment variables',
        '',
        '**Option 2:** Toggle library',
        '',
        '**Option 2a:** Toggle library backed by the database',
        '',
        '**Option 2b:** Toggle library backed by a config file',
        '',
        '## Decision',
        '',
        'We go with option 2b.',
      ),
    );
    expect(doc.chosen?.name).toBe('Option 2b: Toggle library backed by a config file');
  });

  it('labels on consecutive lines of one paragraph are separate options at their own lines', () => {
    const doc = parse(
      adr(
        '# Release cadence',
        '',
        '## Options',
        '',
        '**Option 1:** Release every sprint',
        'Work waits up to two weeks for users.',
        '**Option 2:** Release every week',
        'Staging gets a week less soak time.',
        '',
        '## Decision',
        '',
        'We release weekly (option 2).',
      ),
    );
    expect(doc.options.map((o) => [o.name, o.span.line])).toEqual([
      ['Option 1: Release every sprint', 5],
      ['Option 2: Release every week', 7],
    ]);
    expect(doc.options[0]?.description).toContain('Work waits up to two weeks');
    expect(doc.options[0]?.description).not.toContain('soak time');
    expect(doc.chosen?.name).toBe('Option 2: Release every week');
  });

  it('two labelled options that open with the same sentence stay two options', () => {
    const doc = parse(
      adr(
        '# Limits for new accounts',
        '',
        '## Options',
        '',
        '**Option 1:** New accounts cannot submit a request. They can still save drafts.',
        '',
        '**Option 2:** New accounts cannot submit a request. They cannot save drafts either.',
        '',
        '## Decision',
        '',
        'We chose option 1.',
      ),
    );
    expect(doc.options).toHaveLength(2);
    expect(doc.chosen?.option).toBe(0);
  });

  it('a single labelled paragraph is not the shape: the section is read as before', () => {
    const doc = parse(
      adr(
        '# Cache headers',
        '',
        '## Alternatives',
        '',
        '**Option 1:** Cache static files for a year.',
        '',
        '* Keep caching off',
      ),
    );
    expect(optionNames(doc)).toEqual(['Keep caching off']);
  });
});

describe('chosen option', () => {
  it('with an empty outcome, a title that names exactly one option states the choice', () => {
    const doc = parse(
      adr(
        '# Reorganize the documentation',
        '',
        '## Considered Options',
        '',
        '### Not reorganizing',
        '',
        '* Good, because nothing moves.',
        '',
        '### Reorganizing',
        '',
        '* Good, because guides are easier to find.',
        '',
        '## Decision Outcome',
      ),
    );
    expect(doc.chosen).toMatchObject({ name: 'Reorganizing', option: 1, source: 'title' });
  });

  it('alternatives under their own headings leave the decision as the chosen option', () => {
    const doc = parse(
      adr(
        '# Flexible node start-up',
        '',
        '## Alternative Approaches',
        '',
        '### Do Nothing',
        '',
        'The current start-up works but is hard to extend.',
        '',
        '### Generic plug-in services',
        '',
        'A huge undertaking for the team.',
        '',
        '## Decision',
        '',
        'Each package initialises itself; the node package only wires them together.',
      ),
    );
    expect(doc.options.map((o) => o.source)).toEqual(['heading', 'heading', 'outcome']);
    expect(doc.chosen?.option).toBe(2);
  });

  it('a decision that names two options picks the one it does not turn away from', () => {
    const doc = parse(
      adr(
        '# Asynchronous tests',
        '',
        '## Considered Options',
        '',
        '- CountDownLatch',
        '- Awaitility',
        '',
        '## Decision',
        '',
        'The idea is to avoid using CountDownLatch and start only using Awaitility.',
      ),
    );
    expect(doc.chosen?.name).toBe('Awaitility');
  });

  const listed = (...tail: string[]) =>
    adr(
      '# X',
      '',
      '## Considered Options',
      '',
      '* Redis',
      '* Memcached',
      '* Hazelcast',
      '',
      '## Decision Outcome',
      '',
      ...tail,
    );

  it("MADR's Chosen option line", () => {
    const doc = parse(listed('Chosen option: "Memcached", because it is simpler.'));
    expect(doc.chosen).toMatchObject({
      name: 'Memcached',
      option: 1,
      source: 'madr',
      span: { line: 11, column: 1 },
    });
  });

  it('a quoted chosen option keeps its commas and matches the longest listed name it starts with', () => {
    const doc = parse(
      adr(
        '---',
        'status: accepted',
        '---',
        '# Repository layout',
        '',
        '## Considered Options',
        '',
        '- Monolith',
        '- Multi-packages, multirepo',
        '- Multi-packages, monorepo',
        '',
        '## Decision Outcome',
        '',
        'Chosen option: "Multi-packages, monorepo, with Yarn and Lerna", because the core must stay small.',
      ),
    );
    expect(doc.chosen).toMatchObject({ name: 'Multi-packages, monorepo, with Yarn and Lerna', option: 2 });
  });

  it('MADR chosen option with the "Option N:" prefix matches the heading option', () => {
    const doc = parse(
      adr(
        '# X',
        '',
        '## Options',
        '',
        '### Option 1: Redis',
        '',
        '### Option 2: Memcached',
        '',
        '## Decision Outcome',
        '',
        'Chosen option: "Option 2: Memcached", because it is simpler.',
      ),
    );
    expect(doc.chosen).toMatchObject({ option: 1, source: 'madr' });
  });

  it('a chosen option that is not among the options has index -1', () => {
    const doc = parse(listed('Chosen option: "Valkey", because the licence is open.'));
    expect(doc.chosen).toMatchObject({ name: 'Valkey', option: -1, source: 'madr' });
  });

  it.each([['* Memcached (chosen)'], ['* Memcached (selected)'], ['* Memcached ✅'], ['* ✅ Memcached']])(
    'a "%s" marker',
    (item) => {
      const doc = parse(adr('# X', '', '## Considered Options', '', '* Redis', item, '* Hazelcast'));
      expect(doc.chosen).toMatchObject({ name: 'Memcached', option: 1, source: 'marker', span: { line: 6 } });
      expect(doc.options[1]?.markedChosen).toBe(true);
    },
  );

  it('an option crossed out with a leading ❌ is still an option, not a con', () => {
    const doc = parse(
      adr('# X', '', '## Considered Options', '', '* ✅ Redis', '* ❌ Memcached', '* Hazelcast'),
    );
    expect(doc.options.map((option) => option.key)).toEqual(['redis', 'memcached', 'hazelcast']);
    expect(doc.chosen).toMatchObject({ option: 0, source: 'marker' });
  });

  it('the single bold option in the list', () => {
    const doc = parse(
      adr('# X', '', '## Considered Options', '', '* Redis', '* **Memcached**', '* Hazelcast'),
    );
    expect(doc.chosen).toMatchObject({ name: 'Memcached', option: 1, source: 'marker' });
  });

  it('the one option the outcome names', () => {
    const doc = parse(listed('We go with Memcached for session storage.'));
    expect(doc.chosen).toMatchObject({
      name: 'Memcached',
      option: 1,
      source: 'outcome-mention',
      span: { line: 11 },
    });
  });

  it('unknown when the outcome names none of the options', () => {
    expect(parse(listed('We will pick one after the pilot.')).chosen).toBeNull();
  });

  it('unknown when the outcome names two options', () => {
    expect(parse(listed('Redis and Memcached both fit; security decides next sprint.')).chosen).toBeNull();
  });

  it('Nygard: the decision itself is the chosen option', () => {
    const doc = parse(
      adr('# 7. Use RabbitMQ', '', '## Decision', '', 'We will use RabbitMQ for background jobs.'),
    );
    expect(doc.chosen).toMatchObject({
      name: 'We will use RabbitMQ for background jobs.',
      option: 0,
      source: 'decision',
    });
    expect(doc.options[0]?.source).toBe('outcome');
  });
});

describe('consequences', () => {
  const polarities = (doc: AdrDocument) => doc.consequences.map((c) => [c.polarity, c.span.line]);

  it('MADR 4 Good/Bad/Neutral bullets', () => {
    const doc = parse(
      adr(
        '# X',
        '',
        '## Decision Outcome',
        '',
        'Chosen option: "S3", because it scales.',
        '',
        '### Consequences',
        '',
        '* Good, because lifecycle rules expire old files.',
        '* Bad, because reads are network calls.',
        '* Neutral, because the SDK is already a dependency.',
      ),
    );
    expect(polarities(doc)).toEqual([
      ['good', 9],
      ['bad', 10],
      ['neutral', 11],
    ]);
    expect(doc.consequences[1]).toMatchObject({ text: 'Bad, because reads are network calls.', section: 1 });
  });

  it('MADR 2 Positive/Negative Consequences headings', () => {
    const doc = parse(
      adr(
        '# X',
        '',
        '## Decision Outcome',
        '',
        'Chosen option: "Keycloak".',
        '',
        '### Positive Consequences',
        '',
        '* One login for every tool.',
        '',
        '### Negative Consequences',
        '',
        '* We patch Keycloak ourselves.',
      ),
    );
    expect(polarities(doc)).toEqual([
      ['good', 9],
      ['bad', 13],
    ]);
  });

  it('a risk written as a plain sentence is a cost (Nygard paragraphs, unmarked bullets)', () => {
    const doc = parse(
      adr(
        '# 8. One Postgres cluster for every service',
        '',
        '## Status',
        '',
        'Accepted',
        '',
        '## Consequences',
        '',
        'The shared cluster becomes a single point of failure for the whole site.',
        '',
        'Every service could potentially have an impact on the others during a slow query.',
        '',
        '- We are now reliant on the vendor for minor upgrades.',
        '- We would need to shard by hand once the disk is full.',
        '- Batch imports increase the load on the primary at night.',
        '- There is a chance that a migration locks a hot table.',
      ),
    );
    expect(polarities(doc)).toEqual([
      ['bad', 9],
      ['bad', 11],
      ['bad', 13],
      ['bad', 14],
      ['bad', 15],
      ['bad', 16],
    ]);
  });

  it('a sentence that removes a risk or denies an impact is not a cost', () => {
    const doc = parse(
      adr(
        '# 8. One Postgres cluster for every service',
        '',
        '## Consequences',
        '',
        '- Two replicas remove the single point of failure we had.',
        '- The move will have no impact on users.',
        '- Nightly batches now reduce the load on the primary.',
      ),
    );
    expect(polarities(doc)).toEqual([
      ['neutral', 5],
      ['neutral', 6],
      ['neutral', 7],
    ]);
  });

  it('+/- prefixed items', () => {
    const doc = parse(
      adr('# X', '', '## Consequences', '', '+ Targeting without building a UI', '- A monthly bill of $400'),
    );
    expect(polarities(doc)).toEqual([
      ['good', 5],
      ['bad', 6],
    ]);
  });

  it('Nygard prose: cost words make a paragraph bad, others are neutral', () => {
    const doc = parse(
      adr(
        '# X',
        '',
        '## Consequences',
        '',
        'Pages load in under a second.',
        '',
        'Local development gets harder, since every developer runs a broker.',
        '',
        'We get replay at the cost of one more service to run.',
      ),
    );
    expect(polarities(doc)).toEqual([
      ['neutral', 5],
      ['bad', 7],
      ['bad', 9],
    ]);
  });

  it('none without a consequences section', () => {
    expect(parse(adr('# X', '', '## Decision', '', 'We will do it.')).consequences).toEqual([]);
  });
});

describe('positions', () => {
  it('blocks carry 1-based lines and columns with end positions', () => {
    const text = adr(
      '# X',
      '',
      '## Considered Options',
      '',
      '* Redis',
      '  * fast',
      '',
      'A paragraph',
      'on two lines.',
    );
    const doc = parse(text);
    const item = doc.blocks.find((b) => b.text === 'Redis');
    expect(item).toMatchObject({
      kind: 'listItem',
      depth: 0,
      marker: '*',
      span: { line: 5, column: 1, endLine: 5, endColumn: 8 },
    });
    const nested = doc.blocks.find((b) => b.text === 'fast');
    expect(nested).toMatchObject({ depth: 1, parent: item?.index, span: { line: 6, column: 3 } });
    const paragraph = doc.blocks.find((b) => b.kind === 'paragraph');
    expect(paragraph?.span).toMatchObject({ line: 8, column: 1, endLine: 9, endColumn: 14 });
    expect(text.slice(paragraph?.span.offset, paragraph?.span.endOffset)).toBe('A paragraph\non two lines.');
  });

  it('code spans are kept in text and dropped from prose', () => {
    const doc = parse(adr('# X', '', 'Run `docker compose up` first.'));
    expect(doc.blocks[0]).toMatchObject({ text: 'Run docker compose up first.', prose: 'Run   first.' });
  });
});

describe('never throws', () => {
  it('empty text', () => {
    const doc = parse('');
    expect(doc).toMatchObject({
      title: null,
      status: null,
      sections: [],
      options: [],
      chosen: null,
      problems: [],
    });
  });

  it('binary content (NUL bytes)', () => {
    const doc = parse('# Title\n\u0000\u0001\u0002binary');
    expect(doc.problems.map((p) => p.code)).toEqual(['binary']);
    expect(doc.title).toBeNull();
  });

  it('broken YAML is a problem at its line; the body is still read', () => {
    const doc = parse(
      adr(
        '---',
        'status: accepted',
        'title: a: b',
        '---',
        '# Store invoices in S3',
        '',
        '## Context',
        '',
        'x',
      ),
    );
    expect(doc.problems).toEqual([
      expect.objectContaining({ code: 'yaml-syntax', span: expect.objectContaining({ line: 3 }) }),
    ]);
    expect(doc.frontmatter?.data).toBeNull();
    expect(doc.title?.text).toBe('Store invoices in S3');
    expect(doc.sections[0]?.kind).toBe('context');
  });

  it('frontmatter that is not a mapping', () => {
    const doc = parse(adr('---', '- a', '- b', '---', '# X'));
    expect(doc.problems.map((p) => p.code)).toEqual(['yaml-not-mapping']);
  });

  it('a YAML alias bomb is refused quickly', () => {
    const lines = ['---', 'a: &a ["x","x","x","x","x","x","x","x","x"]'];
    const names = 'abcdefgh';
    for (let i = 1; i < names.length; i++) {
      const previous = `*${names[i - 1]}`;
      lines.push(`${names[i]}: &${names[i]} [${Array(9).fill(previous).join(',')}]`);
    }
    const started = Date.now();
    const doc = parse(adr(...lines, 'status: accepted', '---', '# X'));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(doc.problems.map((p) => p.code)).toEqual(['yaml-alias-limit']);
    expect(doc.frontmatter?.data).toBeNull();
    expect(doc.title?.text).toBe('X');
  });

  it('CRLF line endings', () => {
    const text = adr(
      '---',
      'status: accepted',
      '---',
      '# 3. Use CRLF',
      '',
      '## Context',
      '',
      'Windows.',
      '',
      '## Considered Options',
      '',
      '* Redis',
      '* Memcached',
    ).replace(/\n/g, '\r\n');
    const doc = parse(text, 'use-crlf.md');
    expect(doc.problems).toEqual([]);
    expect(doc.status).toMatchObject({ raw: 'accepted', span: { line: 2 } });
    expect(doc.title).toMatchObject({ text: 'Use CRLF', span: { line: 4, column: 1, endColumn: 14 } });
    expect(doc.number).toMatchObject({ value: 3, source: 'title' });
    expect(doc.sections.map((s) => [s.title, s.kind, s.span.line])).toEqual([
      ['Context', 'context', 6],
      ['Considered Options', 'options', 10],
    ]);
    expect(doc.options.map((o) => [o.name, o.span.line])).toEqual([
      ['Redis', 12],
      ['Memcached', 13],
    ]);
  });

  it('bare CR line endings (old Macs), alone and mixed with LF', () => {
    const lines = [
      '# 3. Use CR',
      '',
      'Status: Accepted',
      '',
      '## Context',
      '',
      'Old Mac.',
      '',
      '## Considered Options',
      '',
      '* Redis',
      '* Memcached',
    ];
    for (const text of [
      lines.join('\r'),
      `${lines.slice(0, 7).join('\r')}\n${lines.slice(7).join('\r\n')}`,
    ]) {
      const doc = parse(text, 'use-cr.md');
      expect(doc.title).toMatchObject({ text: 'Use CR', span: { line: 1 } });
      expect(doc.status).toMatchObject({ normalized: 'accepted', span: { line: 3 } });
      expect(doc.sections.map((s) => [s.title, s.span.line])).toEqual([
        ['Context', 5],
        ['Considered Options', 9],
      ]);
      expect(doc.options.map((o) => [o.name, o.span.line])).toEqual([
        ['Redis', 11],
        ['Memcached', 12],
      ]);
    }
  });

  it('a byte order mark', () => {
    const doc = parse('\uFEFF# 3. With a BOM\n\n## Status\n\nAccepted\n', 'bom.md');
    expect(doc.title).toMatchObject({ text: 'With a BOM', span: { line: 1, column: 1 } });
    expect(doc.status).toMatchObject({ normalized: 'accepted', span: { line: 5 } });
    expect(doc.problems).toEqual([]);
  });

  it('a 3 MB file is a too-large problem', () => {
    const doc = parse(`# Big\n\n${'All work and no play. '.repeat((3 * 1024 * 1024) / 22)}`);
    expect(3 * 1024 * 1024).toBeGreaterThan(MAX_PARSE_BYTES);
    expect(doc.problems.map((p) => [p.code, p.span.line])).toEqual([['too-large', 1]]);
    expect(doc.sections).toEqual([]);
  });
});

describe('code spans in prose', () => {
  it('an HTTP error status written as code stays a word; other code spans are dropped', () => {
    const doc = parse(
      '# Lookup errors\n\nWhen `lookup()` returns `409 Conflict` or `5xx`, we keep `form.state`; `300` is a timeout.\n',
    );
    expect(doc.blocks[0]?.prose).toBe('When   returns 409 Conflict or 5xx, we keep  ;   is a timeout.');
  });
});
