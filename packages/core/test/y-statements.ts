// Records whose decision is a Y-statement ("In the context of ..., facing ..., we decided for X and
// neglected Y, to achieve ..., accepting that ..."), in each dialect the review rules read.
import { type Dialect, decisionHeading, recordHead } from './dialects.js';
import { adr } from './rule-tester.js';

/** The statement as one sentence; drop a clause by passing `undefined` for it. */
export function yStatement(clauses: { neglected?: string; achieve?: string; accepting?: string }): string {
  return [
    'In the context of the checkout service, facing 3,000 payment writes per second at peak,',
    'we decided for PostgreSQL',
    clauses.neglected ? `and neglected ${clauses.neglected}` : undefined,
    clauses.achieve ? `, to achieve ${clauses.achieve}` : undefined,
    clauses.accepting ? `, accepting that ${clauses.accepting}` : undefined,
  ]
    .filter((part) => part !== undefined)
    .join(' ')
    .replace(/ ,/g, ',')
    .concat('.');
}

/** A record in `dialect` whose whole decision is `statement` (lines of one paragraph or a list). */
export function yStatementRecord(dialect: Dialect, ...statement: string[]): string {
  return adr(
    ...recordHead(dialect, 'Store payments in PostgreSQL', { number: 12, date: '2025-02-10' }),
    decisionHeading(dialect),
    '',
    ...statement,
  );
}

/**
 * A record that is the Y-statement alone, under its title and before any heading: MADR's frontmatter,
 * log4brains' "- Status:" lines, or Nygard's title with "Date:" and "Status:" lines.
 */
export function yStatementAlone(dialect: Dialect, ...statement: string[]): string {
  const head =
    dialect === 'nygard'
      ? ['# 12. Store payments in PostgreSQL', '', 'Date: 2025-02-10', 'Status: Accepted', '']
      : recordHead(dialect, 'Store payments in PostgreSQL', { number: 12, date: '2025-02-10' });
  return adr(...head, ...statement);
}
