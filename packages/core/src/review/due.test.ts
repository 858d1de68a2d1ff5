import { describe, expect, it } from 'vitest';
import { adr } from '../../test/rule-tester.js';
import { parseAdr } from '../parser/parse.js';
import { dueReport } from './due.js';

function record(path: string, status: string, extra: string[] = [], body: string[] = []) {
  return parseAdr({
    path,
    text: adr('---', `status: ${status}`, ...extra, '---', '', `# Title of ${path}`, '', ...body),
  });
}

const documents = [
  record('0001-overdue.md', 'accepted', ['revisit-by: 2026-05-31']),
  record('0002-soon.md', 'accepted', ['revisit-by: 2026-07-15']),
  record('0003-later.md', 'accepted', ['revisit-by: 2027-01-01']),
  record('0004-proposed.md', 'proposed', ['revisit-by: 2020-01-01']),
  record('0005-month.md', 'accepted', ['revisit-by: 2026-06']),
  record('0006-bad.md', 'accepted', ['revisit-by: next spring']),
  record(
    '0007-conditions.md',
    'accepted',
    ['revisit-when:', '  - writes exceed 5,000/s'],
    [
      '## Revisit Triggers',
      '',
      '* When the vendor contract is renewed.',
      '',
      '| Trigger |',
      '|---|',
      '| Team above 12 |',
    ],
  ),
];

describe('dueReport', () => {
  const report = dueReport(documents, { today: '2026-07-01', withinDays: 30 });

  it('lists accepted records past their revisit-by date, most overdue first', () => {
    expect(report.overdue.map((e) => [e.path, e.dueDate, e.days])).toEqual([
      ['0001-overdue.md', '2026-05-31', -31],
      ['0005-month.md', '2026-06-30', -1],
    ]);
    expect(report.overdue[0]).toMatchObject({
      number: 1,
      title: 'Title of 0001-overdue.md',
      revisitBy: '2026-05-31',
      line: 3,
    });
  });

  it('lists those due within the window, and not those beyond it or not accepted', () => {
    expect(report.upcoming.map((e) => [e.path, e.days])).toEqual([['0002-soon.md', 14]]);
    const all = [...report.overdue, ...report.upcoming].map((e) => e.path);
    expect(all).not.toContain('0003-later.md');
    expect(all).not.toContain('0004-proposed.md');
    expect(
      dueReport(documents, { today: '2026-07-01', withinDays: 184 }).upcoming.map((e) => e.path),
    ).toContain('0003-later.md');
  });

  it('counts the due day itself as due, not overdue', () => {
    const onTheDay = dueReport(documents, { today: '2026-07-15', withinDays: 0 });
    expect(onTheDay.upcoming.map((e) => [e.path, e.days])).toEqual([['0002-soon.md', 0]]);
  });

  it('collects every accepted record’s revisit conditions, from revisit-when and the revisit section', () => {
    expect(report.conditions.map((c) => c.path)).toEqual([
      '0001-overdue.md',
      '0002-soon.md',
      '0003-later.md',
      '0005-month.md',
      '0006-bad.md',
      '0007-conditions.md',
    ]);
    const conditions = report.conditions.find((c) => c.path === '0007-conditions.md')?.conditions;
    expect(conditions?.map((c) => c.text)).toEqual([
      'writes exceed 5,000/s',
      'When the vendor contract is renewed.',
      'Team above 12',
    ]);
  });

  it('reports a revisit-by that is not a date instead of guessing', () => {
    expect(report.invalid).toEqual([
      { path: '0006-bad.md', number: 6, title: 'Title of 0006-bad.md', value: 'next spring', line: 3 },
    ]);
  });

  it('refuses a today that is not a date', () => {
    expect(() => dueReport(documents, { today: '2026-02-30', withinDays: 1 })).toThrow(RangeError);
  });
});
