import { adr, ruleTester } from '../../test/rule-tester.js';
import { acceptedImmutable } from './accepted-immutable.js';

/** A Nygard record: Status section (line 5) and Decision section (line 9, its text on line 11). */
const nygard = (status: string, decision: string, context = 'Orders need a relational store.') =>
  adr(
    '# 3. Use PostgreSQL for orders',
    '',
    'Date: 2024-01-10',
    '',
    '## Status',
    '',
    status,
    '',
    '## Decision',
    '',
    decision,
    '',
    '## Context',
    '',
    context,
  );

/** A MADR 3/4 record: frontmatter status, "Decision Outcome" with the chosen option on line 13. */
const madr = (status: string, outcome: string, extra = '') =>
  adr(
    '---',
    `status: ${status}`,
    'date: 2024-01-10',
    '---',
    '',
    '# Use gRPC between services',
    '',
    '## Considered Options',
    '',
    '* gRPC',
    '* REST',
    '',
    '## Decision Outcome',
    '',
    outcome,
    extra,
  );

/** The review template's shape: frontmatter, Decision Outcome with sub-headings, then more sections. */
const review = (status: string, decision: string, failure = 'If the broker is down, writes queue locally.') =>
  adr(
    '---',
    `status: ${status}`,
    'reversibility: costly',
    '---',
    '',
    '# Use Kafka for order events',
    '',
    '## Decision Outcome',
    '',
    decision,
    '',
    '### Confirmation',
    '',
    'Load test at 5,000 events/s.',
    '',
    '## Failure Story',
    '',
    failure,
  );

const DECISION = 'We will store orders in PostgreSQL 16, with one schema per service.';
const CHOSEN = 'Chosen option: "gRPC", because it gives us typed contracts and streaming.';

ruleTester(acceptedImmutable, {
  valid: [
    { name: 'no base comparison in this run', text: nygard('Accepted', 'We will use MySQL.') },
    { name: 'a record that is new on this branch', text: nygard('Accepted', DECISION), baseText: null },
    {
      name: 'Nygard: unchanged decision, status changed to superseded with a link',
      baseText: nygard('Accepted', DECISION),
      text: nygard(
        'Superseded by [9. Use CockroachDB](0009-use-cockroachdb.md)',
        DECISION,
        'Orders need a relational store. We expect 2,000 orders/s.',
      ),
    },
    {
      name: 'Nygard: spelling fixes and reflowed lines in the decision',
      baseText: nygard('Accepted', 'We will store ordres in PostgreSQL 16,\nwith one schema per serivce.'),
      text: nygard('Accepted', DECISION),
    },
    {
      name: 'Nygard: a link added to the decision',
      baseText: nygard('Accepted', DECISION),
      text: nygard('Accepted', `${DECISION} See also [ADR 4](0004-backups.md).`),
    },
    {
      name: 'MADR: a proposed record may still change its decision',
      baseText: madr('proposed', 'Chosen option: "REST", because everyone knows it.'),
      text: madr('accepted', CHOSEN),
    },
    {
      name: 'MADR: markup and case changes only',
      baseText: madr('accepted', 'Chosen option: "gRPC", because it gives us typed contracts and streaming.'),
      text: madr(
        'accepted',
        'Chosen option: **"gRPC"**, because it gives us *typed contracts* and Streaming.',
      ),
    },
    {
      name: 'review template: sections other than the decision may change',
      baseText: review('accepted', 'We publish order events to Kafka.'),
      text: review(
        'accepted',
        'We publish order events to Kafka.',
        'When the broker is down, writes queue locally and on-call is paged.',
      ),
    },
    {
      name: 'a record without a decision section at the base is not compared',
      baseText: adr('# Notes', '', 'Status: accepted', '', '## Context', '', 'Text.'),
      text: adr('# Notes', '', 'Status: accepted', '', '## Context', '', 'Other text.'),
    },
    {
      name: 'the frozen statuses are configurable',
      options: { statuses: ['approved'] },
      baseText: madr('accepted', CHOSEN),
      text: madr('accepted', 'Chosen option: "REST", because it is simpler.'),
    },
  ],
  invalid: [
    {
      name: 'Nygard: the chosen database changed',
      baseText: nygard('Accepted', DECISION),
      text: nygard('Accepted', 'We will store orders in MySQL 8, with one schema per service.'),
      errors: [
        {
          messageId: 'changed',
          line: 11,
          column: 1,
          data: { status: 'accepted', before: '"postgresql 16" became "mysql 8"' },
        },
      ],
    },
    {
      name: 'Nygard: a number is never a typo',
      baseText: nygard('Accepted', 'Keep 3 replicas per region.'),
      text: nygard('Accepted', 'Keep 2 replicas per region.'),
      errors: [{ messageId: 'changed', line: 11, data: { before: '"3" became "2"' } }],
    },
    {
      name: 'MADR: a condition added to the outcome, on its own line',
      baseText: madr('accepted', CHOSEN),
      text: madr('accepted', CHOSEN, '\nExcept for the billing service, which keeps REST.'),
      errors: [
        {
          messageId: 'added',
          line: 17,
          data: { after: '(added "except for the billing service which keeps rest")' },
        },
      ],
    },
    {
      name: 'MADR: a reason removed',
      baseText: madr('accepted', CHOSEN),
      text: madr('accepted', 'Chosen option: "gRPC", because it gives us typed contracts.'),
      errors: [{ messageId: 'removed', line: 15, data: { before: '(removed "and streaming")' } }],
    },
    {
      name: 'review template: a changed sub-section of the decision, while the status moved on',
      baseText: review('accepted', 'We publish order events to Kafka.'),
      text: review('deprecated', 'We publish order events to Kafka.').replace(
        '5,000 events/s',
        '500 events/s',
      ),
      errors: [{ messageId: 'changed', line: 14, data: { before: '"5 000" became "500"' } }],
    },
    {
      name: 'review template: the decision section removed',
      baseText: review('accepted', 'We publish order events to Kafka.'),
      text: adr(
        '---',
        'status: accepted',
        '---',
        '',
        '# Use Kafka for order events',
        '',
        '## Failure Story',
        '',
        'x',
      ),
      errors: [{ messageId: 'decisionRemoved', line: 5 }],
    },
  ],
});
