// A record whose context counts its ways ("There are 2 ways of ...") in a numbered list, each
// item split from the next by its example code, and whose decision picks one by its number.
import { type Dialect, decisionHeading, recordHead } from './dialects.js';
import { adr } from './rule-tester.js';

/**
 * Two numbered ways, each with its example code; the second followed by what it gains. The sentence
 * before the list and the decision can be changed, to leave out the count or the choice by number.
 */
export const auditTrailWays = (
  dialect: Dialect,
  merit: string,
  {
    intro = 'There are 2 ways of storing the trail.',
    decision = 'We will keep an audit table per entity table, as per point 2 above.',
  }: { intro?: string; decision?: string } = {},
) =>
  adr(
    ...recordHead(dialect, 'Audit trail storage', { number: 7 }),
    '## Context',
    '',
    'Every change to an invoice must leave a trace that support staff can read.',
    '',
    intro,
    '',
    '1. Keep one audit table for every entity. For example,',
    '',
    '```',
    'audit(entity_type, entity_id, change)',
    '```',
    '2. Keep an audit table beside each entity table. For example,',
    '',
    '```',
    'invoice_audit(invoice_id, change)',
    '```',
    merit,
    '',
    decisionHeading(dialect),
    '',
    decision,
    '',
    '## Consequences',
    '',
    '- Each new entity needs its own audit table.',
  );
