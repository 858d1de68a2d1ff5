import { describe, expect, it } from 'vitest';
import { adr, ruleTester } from '../../test/rule-tester.js';
import { ageText, dueDate, monthsBetween, revisitOverdue } from './revisit-overdue.js';

const madr4 = (status: string, revisitBy: string) =>
  adr(
    '---',
    `status: ${status}`,
    `revisit-by: ${revisitBy}`,
    '---',
    '# Use PostgreSQL for orders',
    '',
    '## Context',
    '',
    'Orders.',
  );
const madr2 = (status: string, revisitBy: string) =>
  adr(
    '# Use Kafka for events',
    '',
    `* Status: ${status}`,
    `* Revisit by: ${revisitBy}`,
    '',
    '## Context',
    '',
    'Events.',
  );
const nygard = (status: string, revisitBy: string) =>
  adr(
    '# 7. Use Redis for sessions',
    '',
    'Date: 2023-01-10',
    `Revisit by: ${revisitBy}`,
    '',
    '## Status',
    '',
    status,
  );
const log4brains = (status: string, revisitBy: string) =>
  adr(
    '# Use Next.js for the docs site',
    '',
    `- Status: ${status}`,
    `- Revisit by: ${revisitBy}`,
    '',
    '## Context',
    '',
    'Docs.',
  );
const homeGrown = (status: string, revisitBy: string) =>
  adr(
    '# Adopt gRPC',
    '',
    `| Status | ${status} |`,
    '|---|---|',
    `| Revisit by | ${revisitBy} |`,
    '',
    '## Background',
    '',
    'APIs.',
  );

/** A MADR 4 record with no revisit-by date; `date` left out when null. */
const madr4Dated = (status: string, date: string | null) =>
  adr(
    '---',
    `status: ${status}`,
    ...(date === null ? [] : [`date: ${date}`]),
    '---',
    '# Use PostgreSQL for orders',
    '',
    '## Context',
    '',
    'Orders.',
  );
/** A Nygard record with no revisit-by date; the "Date:" line left out when null. */
const nygardDated = (date: string | null) =>
  adr(
    '# 7. Use Redis for sessions',
    '',
    ...(date === null ? [] : [`Date: ${date}`, '']),
    '## Status',
    '',
    'Accepted',
    '',
    '## Context',
    '',
    'Sessions.',
  );
const yearly = { maxAgeMonths: 12 };

ruleTester(revisitOverdue, {
  valid: [
    {
      name: 'MADR 4: a revisit-by date still ahead',
      text: madr4('accepted', '2026-06-30'),
      today: '2026-01-15',
    },
    { name: 'MADR 2: due today is not overdue', text: madr2('accepted', '2026-01-15'), today: '2026-01-15' },
    {
      name: 'Nygard: a month runs to its last day',
      text: nygard('Accepted', '2026-01'),
      today: '2026-01-31',
    },
    { name: 'log4brains: a proposed record is not yet decided', text: log4brains('proposed', '2020-01-01') },
    { name: 'home-grown: a superseded record is history', text: homeGrown('Superseded', '2020-01-01') },
    {
      name: 'a value that is not a date is left to revisit-triggers',
      text: madr4('accepted', 'next spring'),
    },
    { name: 'no revisit-by at all', text: adr('---', 'status: accepted', '---', '# Use PostgreSQL') },
    {
      name: 'maxAgeMonths unset: an old record without revisit-by is not reported',
      text: madr4Dated('accepted', '2019-03-04'),
      firstCommitted: '2019-03-04',
    },
    {
      name: 'maxAgeMonths: exactly that many months old is not more',
      text: madr4Dated('accepted', '2025-01-15'),
      options: yearly,
      today: '2026-01-15',
    },
    {
      name: 'maxAgeMonths: Nygard, a written date within the horizon',
      text: nygardDated('2025-06-01'),
      options: yearly,
    },
    {
      name: 'maxAgeMonths: a record first committed recently',
      text: nygardDated(null),
      firstCommitted: '2025-10-01',
      options: yearly,
    },
    {
      name: 'maxAgeMonths: a recent written date wins over an old first commit',
      text: madr4Dated('accepted', '2025-11-20'),
      firstCommitted: '2019-01-01',
      options: yearly,
    },
    {
      name: 'maxAgeMonths: no written date and no git history, nothing to age',
      text: madr4Dated('accepted', null),
      options: yearly,
    },
    {
      name: 'maxAgeMonths: a record with a revisit-by date still ahead is judged by it alone',
      text: madr4('accepted', '2026-06-30'),
      firstCommitted: '2018-01-01',
      options: yearly,
    },
    {
      name: 'maxAgeMonths: a superseded record is history',
      text: madr4Dated('superseded', '2018-01-01'),
      options: yearly,
    },
  ],
  invalid: [
    {
      name: 'MADR 4: a revisit-by date in the past',
      text: madr4('accepted', '2025-12-31'),
      today: '2026-01-15',
      errors: [{ messageId: 'overdue', line: 3, column: 1, data: { due: '2025-12-31', days: 15 } }],
    },
    {
      name: 'MADR 2: a Revisit by bullet in the past',
      text: madr2('Accepted', '2024-01-15'),
      today: '2026-01-15',
      errors: [{ messageId: 'overdue', line: 4, data: { due: '2024-01-15', days: 731 } }],
    },
    {
      name: 'Nygard: a month that has ended',
      text: nygard('Accepted', '2025-11'),
      today: '2026-01-15',
      errors: [{ messageId: 'overdue', line: 4, data: { due: '2025-11-30' } }],
    },
    {
      name: 'log4brains: an approved record (an accepted synonym)',
      text: log4brains('approved', '2025-06-01'),
      today: '2026-01-15',
      errors: [{ messageId: 'overdue', line: 4, data: { due: '2025-06-01' } }],
    },
    {
      name: 'home-grown: a metadata table row',
      text: homeGrown('Accepted', '2026-01-14'),
      today: '2026-01-15',
      errors: [{ messageId: 'overdue', line: 5, data: { days: 1 } }],
    },
    {
      name: 'maxAgeMonths: MADR 4, an old written date points at the date line',
      text: madr4Dated('accepted', '2021-03-04'),
      firstCommitted: '2020-01-01',
      options: yearly,
      errors: [
        {
          messageId: 'tooOld',
          line: 3,
          data: { when: 'dated 2021-03-04', age: '4 years 10 months', max: 12 },
        },
      ],
    },
    {
      name: 'maxAgeMonths: Nygard, an old Date line',
      text: nygardDated('2023-01-10'),
      options: yearly,
      errors: [{ messageId: 'tooOld', line: 3, data: { when: 'dated 2023-01-10', age: '3 years' } }],
    },
    {
      name: 'maxAgeMonths: MADR 4 without a date is aged from its first commit, pointing at the title',
      text: madr4Dated('accepted', null),
      firstCommitted: '2021-03-04',
      options: yearly,
      errors: [
        {
          messageId: 'tooOld',
          line: 4,
          data: { when: 'first committed on 2021-03-04', age: '4 years 10 months' },
        },
      ],
    },
    {
      name: 'maxAgeMonths: Nygard without a Date line, aged from its first commit',
      text: nygardDated(null),
      firstCommitted: '2025-01-14',
      options: yearly,
      errors: [
        { messageId: 'tooOld', line: 1, data: { when: 'first committed on 2025-01-14', age: '1 year' } },
      ],
    },
    {
      name: 'maxAgeMonths: a written date that is not ISO falls back to the first commit',
      text: madr4Dated('accepted', '04/03/2021'),
      firstCommitted: '2021-03-05',
      options: { maxAgeMonths: 6 },
      errors: [{ messageId: 'tooOld', line: 5, data: { when: 'first committed on 2021-03-05' } }],
    },
  ],
});

describe('monthsBetween and ageText', () => {
  it('counts whole calendar months and says them in years and months', () => {
    expect(monthsBetween('2025-01-15', '2026-01-15')).toBe(12);
    expect(monthsBetween('2025-01-16', '2026-01-15')).toBe(11);
    expect(monthsBetween('2024-01-31', '2024-03-01')).toBe(1);
    expect(ageText(1)).toBe('1 month');
    expect(ageText(24)).toBe('2 years');
    expect(ageText(13)).toBe('1 year 1 month');
  });
});

describe('dueDate', () => {
  it('reads days and months, and refuses what is no date', () => {
    expect(dueDate('2024-02')).toBe('2024-02-29');
    expect(dueDate(' 2027-06-30 ')).toBe('2027-06-30');
    expect(dueDate('2027-02-30')).toBeNull();
    expect(dueDate('2027-13')).toBeNull();
    expect(dueDate('soon')).toBeNull();
  });
});
