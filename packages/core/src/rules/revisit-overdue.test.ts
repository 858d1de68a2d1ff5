import { describe, expect, it } from 'vitest';
import { adr, ruleTester } from '../../test/rule-tester.js';
import { dueDate, revisitOverdue } from './revisit-overdue.js';

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
  ],
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
