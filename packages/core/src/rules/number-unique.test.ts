import { describe, expect, it } from 'vitest';
import { adr, ruleTester, runRule } from '../../test/rule-tester.js';
import { numberUnique } from './number-unique.js';

const nygard = (n: number, title: string) =>
  adr(`# ${n}. ${title}`, '', 'Date: 2020-01-01', '', '## Status', '', 'Accepted');
const madr = (title: string) => adr('---', 'status: accepted', '---', `# ${title}`);

ruleTester(numberUnique, {
  valid: [
    {
      name: 'a Nygard sequence',
      files: [
        { path: 'doc/adr/0001-record-decisions.md', text: nygard(1, 'Record decisions') },
        { path: 'doc/adr/0002-use-terraform.md', text: nygard(2, 'Use Terraform') },
      ],
    },
    {
      name: 'the same number in two ADR directories',
      files: [
        { path: 'docs/adr/adr-001-logging.md', text: adr('# ADR 001: Logging') },
        { path: 'docs/adr/legacy/adr-001-events.md', text: adr('# ADR 001: Events') },
      ],
    },
    {
      name: 'date-named records (log4brains, Sylius, dated directories) carry no number',
      files: [
        { path: 'docs/adr/20200924-use-markdown.md', text: madr('Use Markdown') },
        { path: 'docs/adr/20200925-use-lerna.md', text: madr('Use Lerna') },
        {
          path: 'adr/2020_03_03_api_translations.md',
          text: adr('# API translations', '', '* Status: accepted'),
        },
        { path: 'adr/2020_05_13_handling_non_crud_operations.md', text: adr('# Non-CRUD operations') },
        { path: 'records/2022-02-03-integration-testing.md', text: adr('# Integration testing') },
        { path: 'records/2022-02-07-tracing.md', text: adr('# Tracing') },
      ],
    },
    {
      name: 'records added on the base branch with other numbers',
      files: [
        { path: 'docs/adr/0011-a.md', text: nygard(11, 'A') },
        { path: 'docs/adr/0012-mine.md', text: nygard(12, 'Mine') },
      ],
      baseFiles: [{ path: 'docs/adr/0013-theirs.md', text: nygard(13, 'Theirs') }],
    },
    {
      name: 'a base-branch record in another directory',
      files: [{ path: 'docs/adr/0012-mine.md', text: nygard(12, 'Mine') }],
      baseFiles: [{ path: 'services/adr/0012-theirs.md', text: nygard(12, 'Theirs') }],
    },
    {
      name: 'records without a number are ignored',
      files: [
        { path: 'docs/decisions/README.md', text: adr('# Decisions') },
        { path: 'docs/decisions/index.md', text: adr('# Index') },
        { path: 'docs/decisions/0001-x.md', text: madr('X') },
      ],
    },
  ],
  invalid: [
    {
      name: 'two branches each added 0007 (MADR 4 frontmatter)',
      files: [
        { path: 'docs/decisions/0006-use-kafka.md', text: madr('Use Kafka') },
        { path: 'docs/decisions/0007-use-postgres.md', text: madr('Use PostgreSQL') },
        { path: 'docs/decisions/0007-use-redis.md', text: madr('Use Redis') },
      ],
      errors: [
        {
          messageId: 'duplicate',
          path: 'docs/decisions/0007-use-postgres.md',
          line: 1,
          data: { number: 7, others: '0007-use-redis.md', next: '0008' },
        },
        {
          messageId: 'duplicate',
          path: 'docs/decisions/0007-use-redis.md',
          line: 1,
          data: { others: '0007-use-postgres.md' },
        },
      ],
    },
    {
      name: 'three Nygard records with one number',
      files: [
        { path: 'adr/0003-a.md', text: nygard(3, 'A') },
        { path: 'adr/0003-b.md', text: nygard(3, 'B') },
        { path: 'adr/0003-c.md', text: nygard(3, 'C') },
        { path: 'adr/0012-d.md', text: nygard(12, 'D') },
      ],
      errors: [
        {
          messageId: 'duplicate',
          path: 'adr/0003-a.md',
          data: { others: '0003-b.md, 0003-c.md', next: '0013' },
        },
        { messageId: 'duplicate', path: 'adr/0003-b.md', data: { others: '0003-a.md, 0003-c.md' } },
        { messageId: 'duplicate', path: 'adr/0003-c.md', data: { others: '0003-a.md, 0003-b.md' } },
      ],
    },
    {
      name: 'numbers from MADR 2 titles and frontmatter ids (home-grown names)',
      files: [
        { path: 'decisions/use-kafka.md', text: adr('# ADR-004: Use Kafka', '', '* Status: accepted') },
        {
          path: 'decisions/use-nats.md',
          text: adr('---', 'id: ADR-4', 'status: proposed', '---', '# Use NATS'),
        },
      ],
      errors: [
        { messageId: 'duplicate', path: 'decisions/use-kafka.md', line: 1, data: { next: '5' } },
        { messageId: 'duplicate', path: 'decisions/use-nats.md', line: 2 },
      ],
    },
    {
      name: 'two pull requests each add ADR 12: the second is checked against the updated base',
      files: [
        { path: 'docs/adr/0011-a.md', text: nygard(11, 'A') },
        { path: 'docs/adr/0012-mine.md', text: nygard(12, 'Mine') },
      ],
      baseFiles: [{ path: 'docs/adr/0012-theirs.md', text: nygard(12, 'Theirs') }],
      errors: [
        {
          messageId: 'duplicateOnBase',
          path: 'docs/adr/0012-mine.md',
          line: 1,
          data: { number: 12, others: '0012-theirs.md', next: '0013' },
        },
      ],
    },
    {
      name: 'a clash on the base branch and in the tree are both reported',
      files: [
        { path: 'adr/0004-a.md', text: nygard(4, 'A') },
        { path: 'adr/0004-b.md', text: nygard(4, 'B') },
      ],
      baseFiles: [{ path: 'adr/0004-c.md', text: nygard(4, 'C') }],
      errors: [
        { messageId: 'duplicateOnBase', path: 'adr/0004-a.md', data: { others: '0004-c.md', next: '0005' } },
        { messageId: 'duplicate', path: 'adr/0004-a.md', data: { others: '0004-b.md' } },
        { messageId: 'duplicateOnBase', path: 'adr/0004-b.md', data: { others: '0004-c.md' } },
        { messageId: 'duplicate', path: 'adr/0004-b.md', data: { others: '0004-a.md' } },
      ],
    },
    {
      name: 'across directories when perDirectory is off',
      options: { perDirectory: false },
      files: [
        { path: 'services/a/adr/0001-x.md', text: madr('X') },
        { path: 'services/b/adr/0001-y.md', text: madr('Y') },
      ],
      errors: [
        {
          messageId: 'duplicate',
          path: 'services/a/adr/0001-x.md',
          data: { others: 'services/b/adr/0001-y.md' },
        },
        {
          messageId: 'duplicate',
          path: 'services/b/adr/0001-y.md',
          data: { others: 'services/a/adr/0001-x.md' },
        },
      ],
    },
  ],
});

describe('number-unique related locations', () => {
  it('points a base-branch clash at the record on the base branch', () => {
    const findings = runRule(numberUnique, {
      files: [{ path: 'adr/0002-mine.md', text: nygard(2, 'Mine') }],
      baseFiles: [{ path: 'adr/0002-theirs.md', text: nygard(2, 'Theirs') }],
    });
    expect(findings.map((f) => [f.path, f.finding.related])).toEqual([
      [
        'adr/0002-mine.md',
        [{ path: 'adr/0002-theirs.md', line: 1, column: 1, message: 'number 2 on the base branch' }],
      ],
    ]);
  });

  it('points each finding at the other files', () => {
    const findings = runRule(numberUnique, {
      files: [
        { path: 'adr/0002-a.md', text: nygard(2, 'A') },
        { path: 'adr/0002-b.md', text: nygard(2, 'B') },
      ],
    });
    expect(findings.map((f) => [f.path, f.finding.related])).toEqual([
      ['adr/0002-a.md', [{ path: 'adr/0002-b.md', line: 1, column: 1, message: 'also number 2' }]],
      ['adr/0002-b.md', [{ path: 'adr/0002-a.md', line: 1, column: 1, message: 'also number 2' }]],
    ]);
  });
});
