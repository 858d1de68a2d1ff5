// Records whose decision is a Y-statement ("In the context of ..., facing ..., we decided for X and
// neglected Y, to achieve ..., accepting that ..."), in each dialect the review rules read.
import { adr } from './rule-tester.js';

export type Dialect = 'nygard' | 'madr' | 'log4brains';

export const DIALECTS: readonly Dialect[] = ['nygard', 'madr', 'log4brains'];

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
    ...(dialect === 'madr' ? ['---', 'status: accepted', 'date: 2025-02-10', '---'] : []),
    dialect === 'nygard' ? '# 12. Store payments in PostgreSQL' : '# Store payments in PostgreSQL',
    '',
    ...(dialect === 'nygard' ? ['Date: 2025-02-10', '', '## Status', '', 'Accepted', ''] : []),
    ...(dialect === 'log4brains' ? ['- Status: accepted', '- Date: 2025-02-10', ''] : []),
    dialect === 'nygard' ? '## Decision' : '## Decision Outcome',
    '',
    ...statement,
  );
}
