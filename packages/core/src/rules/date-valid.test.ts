import { describe, expect, it } from 'vitest';
import { adr, ruleTester } from '../../test/rule-tester.js';
import { dateValid, readings } from './date-valid.js';

const madr4 = (date: string) =>
  adr(
    '---',
    'status: accepted',
    `date: ${date}`,
    '---',
    '# Use PostgreSQL for orders',
    '',
    '## Context',
    '',
    'Orders.',
  );
const madr2 = (date: string) =>
  adr('# Use Kafka for events', '', '* Status: accepted', `* Date: ${date}`, '', '## Context', '', 'Events.');
const nygard = (date: string) =>
  adr('# 7. Use Redis for sessions', '', `Date: ${date}`, '', '## Status', '', 'Accepted');
const log4brains = (date: string) =>
  adr(
    '# Use Next.js for the docs site',
    '',
    '- Status: accepted',
    `- Date: ${date}`,
    '',
    '## Context',
    '',
    'Docs.',
  );
const homeGrown = (date: string) =>
  adr(
    '# Adopt gRPC',
    '',
    '| Status | Accepted |',
    '|---|---|',
    `| Date | ${date} |`,
    '',
    '## Background',
    '',
    'APIs.',
  );

ruleTester(dateValid, {
  valid: [
    { name: 'MADR 4: an ISO date in the frontmatter', text: madr4('2024-03-01') },
    { name: 'MADR 4: a quoted ISO date', text: madr4('"2024-03-01"') },
    { name: 'MADR 2: an ISO date bullet', text: madr2('2021-06-14') },
    { name: 'Nygard: a Date line under the title', text: nygard('2020-01-31') },
    { name: 'Nygard: an ISO date and time', text: nygard('2020-01-31T10:15:00Z') },
    { name: 'log4brains: an ISO date bullet', text: log4brains('2024-01-01') },
    { name: 'home-grown: an ISO date in a metadata table', text: homeGrown('2023-11-27') },
    { name: 'an ISO date with a note in parentheses', text: nygard('2024-05-22 (back dated)') },
    { name: 'today itself is not in the future', text: nygard('2026-01-15'), today: '2026-01-15' },
    {
      name: 'a first-commit date alone does not report an undated record unless required',
      text: adr('# Adopt gRPC', '', '## Background', '', 'APIs.'),
      firstCommitted: '2021-03-04',
    },
    {
      name: 'required: a written date wins; the first commit is not consulted',
      text: madr4('2024-03-01'),
      firstCommitted: '2021-03-04',
      options: { required: true },
    },
    {
      name: 'no date at all is fine unless required',
      text: adr('# Adopt gRPC', '', '## Background', '', 'APIs.'),
    },
  ],
  invalid: [
    {
      name: 'MADR 4: a day-first date with a day above 12 has one reading',
      text: madr4('"26/03/2018"'),
      errors: [{ messageId: 'notIsoClear', line: 3, column: 1, data: { suggestion: '2018-03-26' } }],
    },
    {
      name: 'MADR 2: a slash date that could be either way round',
      text: madr2('05/02/2018'),
      errors: [{ messageId: 'ambiguous', line: 4, data: { first: '2018-02-05', second: '2018-05-02' } }],
    },
    {
      name: 'Nygard: month and day swapped',
      text: nygard('2024-14-02'),
      errors: [{ messageId: 'noSuchDay', line: 3, data: { value: '2024-14-02', hint: '2024-02-14' } }],
    },
    {
      name: 'Nygard: a day the month does not have',
      text: nygard('2020-09-31'),
      errors: [{ messageId: 'noSuchDay', line: 3, data: { value: '2020-09-31' } }],
    },
    {
      name: 'log4brains: a written-out date',
      text: log4brains('March 3, 2021'),
      errors: [{ messageId: 'notIsoClear', line: 4, data: { suggestion: '2021-03-03' } }],
    },
    {
      name: 'home-grown: a date in the future is a warning',
      text: homeGrown('2027-02-01'),
      today: '2026-01-15',
      errors: [
        {
          messageId: 'future',
          line: 5,
          severity: 'warn',
          data: { value: '2027-02-01', today: '2026-01-15' },
        },
      ],
    },
    {
      name: 'home-grown: words that are no date',
      text: homeGrown('last spring'),
      errors: [{ messageId: 'notIso', line: 5, data: { value: 'last spring' } }],
    },
    {
      name: 'required: a record without a date',
      options: { required: true },
      text: adr('# Adopt gRPC', '', '## Background', '', 'APIs.'),
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'required, Nygard: git knows the first commit, so the message gives the Date line to add',
      options: { required: true },
      text: adr('# 7. Use Redis for sessions', '', '## Status', '', 'Accepted'),
      firstCommitted: '2021-03-04',
      errors: [
        {
          messageId: 'missingCommitted',
          line: 1,
          data: { line: 'the line `Date: 2021-03-04` under the title' },
        },
      ],
    },
    {
      name: 'required, MADR 4: an empty date key, and the frontmatter line to write',
      options: { required: true },
      text: adr('---', 'status: accepted', 'date:', '---', '# Use PostgreSQL for orders'),
      firstCommitted: '2021-03-04',
      errors: [
        { messageId: 'missingCommitted', line: 3, data: { line: '`date: 2021-03-04` to the frontmatter' } },
      ],
    },
  ],
});

describe('readings', () => {
  it('reads the common non-ISO spellings', () => {
    expect(readings('2018/03/26')).toEqual(['2018-03-26']);
    expect(readings('10/04/18')).toEqual(['2018-04-10', '2018-10-04']);
    expect(readings('1st March 2021')).toEqual(['2021-03-01']);
    expect(readings('Sept 9, 2020')).toEqual(['2020-09-09']);
    expect(readings('31/02/2020')).toEqual([]);
    expect(readings('Ma 3, 2020')).toEqual([]);
  });
});
