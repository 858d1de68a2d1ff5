import { describe, expect, it } from 'vitest';
import { adr, ruleTester } from '../../test/rule-tester.js';
import type { Report } from '../engine/types.js';
import type { Frontmatter } from '../model.js';
import { parseAdr } from '../parser/parse.js';
import { describeSchema, frontmatterSchema, frontmatterValid } from './frontmatter-valid.js';

const madr4 = adr(
  '---',
  'status: accepted',
  'date: 2024-05-02',
  'decision-makers: [Priya Natarajan, Tom Berg]',
  'consulted: Platform guild',
  'informed:',
  '  - Support',
  '  - Finance',
  '---',
  '# Use PostgreSQL for the order store',
  '',
  '## Context and Problem Statement',
  '',
  'Orders are written 300 times per second at peak.',
);

ruleTester(frontmatterValid, {
  valid: [
    { name: 'MADR 4 frontmatter', text: madr4 },
    {
      name: 'MADR 3 frontmatter with deciders and a YAML date',
      text: adr(
        '---',
        'status: proposed',
        'date: 2023-11-20',
        'deciders: Ana, Ben',
        '---',
        '# Cache sessions in Redis',
      ),
    },
    {
      name: 'log4brains frontmatter with tags and extra keys',
      text: adr(
        '---',
        'date: 2021-01-13',
        'tags: [distribution, npm]',
        'parent: Decisions',
        'nav_order: 12',
        '---',
        '# Distribute the tool as a global npm package',
      ),
    },
    {
      name: "docket's own fields",
      text: adr(
        '---',
        'status: accepted',
        'reversibility: one-way',
        'revisit-by: 2027-06',
        'revisit-when:',
        '  - above 5,000 writes/s',
        'supersedes: [3, 0004-use-mysql.md]',
        'superseded-by:',
        'owner: payments-oncall',
        'id: ADR-012',
        'number: 12',
        'title: Move orders to PostgreSQL',
        '---',
        'Body.',
      ),
    },
    { name: 'empty frontmatter', text: adr('---', '---', '# Title') },
    {
      name: 'MADR 2 bullets, no frontmatter',
      text: adr('# Title', '', '* Status: accepted', '* Date: 2020-01-01'),
    },
    {
      name: 'Nygard, no frontmatter',
      text: adr('# 1. Record decisions', '', 'Date: 2020-01-01', '', '## Status', '', 'Accepted'),
    },
  ],
  invalid: [
    {
      name: 'YAML syntax error at its line',
      text: adr('---', 'status: accepted', 'tags: [a, b', '---', '# Title'),
      errors: [{ messageId: 'yamlSyntax', line: 3, column: 12 }],
    },
    {
      name: 'unclosed quote',
      text: adr('---', 'status: "accepted', 'date: 2024-05-02', '---', '# Title'),
      errors: [{ messageId: 'yamlSyntax', line: 3 }],
    },
    {
      name: 'unquoted colon in a value',
      text: adr('---', 'status: accepted', 'title: Decision: use Kafka', '---', '# Title'),
      errors: [{ messageId: 'yamlSyntax', line: 3 }],
    },
    {
      name: 'a key given twice',
      text: adr('---', 'status: proposed', 'date: 2024-05-02', 'status: accepted', '---', '# Title'),
      errors: [{ messageId: 'duplicateKey', line: 4, data: { key: 'status', first: '2' } }],
    },
    {
      name: 'frontmatter that is a list',
      text: adr('---', '- accepted', '- 2024-05-02', '---', '# Title'),
      errors: [{ messageId: 'yamlNotMapping', line: 1 }],
    },
    {
      name: 'alias bomb',
      text: adr(
        '---',
        'a: &a [x, x, x, x, x, x, x, x, x, x]',
        'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
        'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
        'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
        'e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]',
        'f: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]',
        '---',
        '# Title',
      ),
      errors: [{ messageId: 'yamlAliasLimit', line: 1 }],
    },
    {
      name: 'unknown reversibility, with the allowed values',
      text: adr('---', 'status: proposed', 'reversibility: maybe', '---', '# Title'),
      errors: [
        {
          messageId: 'invalidValue',
          line: 3,
          data: { key: 'reversibility', value: '"maybe"', expected: 'one of two-way, costly, one-way' },
        },
      ],
    },
    {
      name: 'deciders holding a mapping (MADR 3 template left as is)',
      text: adr(
        '---',
        'status: accepted',
        'deciders: {list everyone involved in the decision}',
        'consulted: [Ana, 42]',
        '---',
        '# Title',
      ),
      errors: [
        { messageId: 'invalidValue', line: 3, data: { key: 'deciders', expected: 'text or a list of text' } },
        { messageId: 'invalidValue', line: 4, data: { key: 'consulted', value: '["Ana",42]' } },
      ],
    },
    {
      name: 'status that is not text',
      text: adr('---', 'status:', '  - accepted', '  - superseded', '---', '# Title'),
      errors: [{ messageId: 'invalidValue', line: 2, data: { key: 'status', expected: 'text' } }],
    },
    {
      name: 'revisit-by that is not a date',
      text: adr('---', 'status: accepted', 'revisit-by: next spring', '---', '# Title'),
      errors: [{ messageId: 'invalidValue', line: 3, data: { key: 'revisit-by', expected: 'YYYY-MM-DD' } }],
    },
    {
      name: 'frontmatter below a licence comment',
      text: adr(
        '<!-- SPDX-License-Identifier: CC-BY-4.0 -->',
        '',
        '---',
        'status: accepted',
        '---',
        '# Use PostgreSQL for the order store',
      ),
      errors: [{ messageId: 'notFirst', line: 3, data: { detail: 'it starts on line 3' } }],
    },
    {
      name: 'a GitHub handle left unquoted',
      text: adr('---', 'status: accepted', 'decision-makers: @ann-lee', '---', '# Title'),
      errors: [{ messageId: 'yamlSyntax', line: 3, column: 18 }],
    },
    {
      name: 'binary file',
      text: 'PK\u0003\u0004\u0000\u0000binary',
      errors: [{ messageId: 'binary', line: 1 }],
    },
    {
      name: 'file above the size cap',
      text: `# Title\n\n${'x'.repeat(2 * 1024 * 1024 + 10)}\n`,
      errors: [{ messageId: 'tooLarge', line: 1 }],
    },
  ],
});

describe('frontmatter schema', () => {
  it('describes what each key accepts', () => {
    const properties = frontmatterSchema().properties as Record<string, Record<string, unknown>>;
    expect(describeSchema(properties.tags ?? {})).toBe('text or a list of text');
    expect(describeSchema(properties.supersedes ?? {})).toBe(
      'text or a whole number or a list of (text or a whole number)',
    );
    expect(describeSchema(properties.reversibility ?? {})).toBe(
      'one of two-way, costly, one-way, reversible, hard, irreversible',
    );
  });

  it('documents every property', () => {
    const properties = frontmatterSchema().properties as Record<string, Record<string, unknown>>;
    for (const [key, schema] of Object.entries(properties)) {
      expect(typeof schema.description, key).toBe('string');
    }
  });

  it('accepts dates that YAML gives as Date objects', () => {
    const document = parseAdr({
      path: '0001-x.md',
      text: adr('---', 'revisit-by: 2027-01-01', '---', '# Title'),
    });
    const data = { ...document.frontmatter?.data, 'revisit-by': new Date('2027-01-01T00:00:00Z') };
    const reports: Report[] = [];
    frontmatterValid.check({
      document: { ...document, frontmatter: { ...(document.frontmatter as Frontmatter), data } },
      options: {},
      settings: { lifecycle: [], reviewStatuses: 'all', today: '2026-01-15', statusAliases: {} },
      report: (r) => reports.push(r),
    });
    expect(reports).toEqual([]);
  });
});
