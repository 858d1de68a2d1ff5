import { adr, ruleTester } from '../../test/rule-tester.js';
import { evidenceForOneWay } from './evidence-for-one-way.js';

/** MADR 4 with a reversibility field on line 3; `tail` follows the outcome (from line 14). */
const madr4 = (reversibility: string, ...tail: string[]) =>
  adr(
    '---',
    'status: accepted',
    `reversibility: ${reversibility}`,
    '---',
    '# Public order identifiers',
    '',
    '## Considered Options',
    '',
    '* Opaque UUIDv7 identifiers',
    '* Sequential integers',
    '',
    '## Decision Outcome',
    '',
    'Chosen option: "Opaque UUIDv7 identifiers", because they leak no order volume.',
    ...tail,
  );

/** MADR 2 with a Reversibility bullet on line 4. */
const madr2 = (...tail: string[]) =>
  adr(
    '# Shard the ledger by account',
    '',
    '* Status: accepted',
    '* Reversibility: irreversible',
    '',
    '## Decision Outcome',
    '',
    'Chosen option: "Shard by account", because one shard holds at most 40,000 accounts.',
    ...tail,
  );

/** Nygard with a one-way Reversibility section on line 11. */
const nygard = (...tail: string[]) =>
  adr(
    '# 14. Publish order events to partners',
    '',
    '## Status',
    '',
    'Accepted',
    '',
    '## Decision',
    '',
    'We will publish order events to partners as a versioned public schema.',
    '',
    '## Reversibility',
    '',
    'One-way: once partners consume the schema we cannot take fields back.',
    ...tail,
  );

ruleTester(evidenceForOneWay, {
  valid: [
    { name: 'MADR 4: a two-way decision needs no evidence', text: madr4('two-way') },
    { name: 'MADR 4: a costly decision needs no evidence', text: madr4('costly') },
    {
      name: 'MADR 4: one-way with an Evidence section',
      text: madr4(
        'one-way',
        '',
        '## Evidence',
        '',
        'A load test of 2 million inserts showed no index bloat.',
      ),
    },
    {
      name: 'MADR 4: one-way with a Confirmation section that holds results',
      text: madr4('one-way', '', '### Confirmation', '', 'The pilot with 3 partners ran for 4 weeks.'),
    },
    {
      name: 'MADR 2: irreversible, with a benchmark reported in the outcome',
      text: madr2('', 'We benchmarked 3 shard sizes; 40,000 accounts kept p99 writes under 20 ms.'),
    },
    {
      name: 'Nygard: one-way, with a prior incident in the context',
      text: nygard(
        '',
        '## Context',
        '',
        'The 2023 postmortem of the partner outage showed unversioned fields break consumers.',
      ),
    },
    {
      name: 'log4brains: one-way with a Proof of Concept section',
      path: 'docs/adr/20240101-partner-events.md',
      text: adr(
        '# Publish partner events',
        '',
        '- Status: accepted',
        '- Reversibility: one-way',
        '',
        '## Proof of Concept',
        '',
        'Two partners consumed the draft schema for a month without changes.',
      ),
    },
    {
      name: 'home-grown: no classification at all is left to reversibility-stated',
      text: adr('# Adopt gRPC', '', '## Background', '', 'We need typed APIs.'),
    },
  ],
  invalid: [
    {
      name: 'MADR 4: one-way without evidence, reported at the field',
      text: madr4('one-way'),
      errors: [{ messageId: 'missing', line: 3, column: 1 }],
    },
    {
      name: 'MADR 4: a planned proof of concept is not evidence yet',
      text: madr4('one-way', '', 'We will build a proof of concept next sprint.'),
      errors: [{ messageId: 'missing', line: 3 }],
    },
    {
      name: 'MADR 2: irreversible without evidence',
      text: madr2(),
      errors: [{ messageId: 'missing', line: 4 }],
    },
    {
      name: 'Nygard: one-way section without evidence, reported at the section',
      text: nygard(),
      errors: [{ messageId: 'missing', line: 11 }],
    },
    {
      name: 'log4brains: an Evidence section left as a placeholder',
      path: 'docs/adr/20240101-partner-events.md',
      text: adr(
        '# Publish partner events',
        '',
        '- Status: accepted',
        '- Reversibility: one-way',
        '',
        '## Evidence',
        '',
        'TBD',
      ),
      errors: [{ messageId: 'emptySection', line: 6 }],
    },
    {
      name: 'home-grown: a metadata table classifying the decision as one-way',
      text: adr(
        '# Adopt gRPC',
        '',
        '| Reversibility | one-way |',
        '|---|---|',
        '',
        '## Background',
        '',
        'Typed APIs.',
      ),
      errors: [{ messageId: 'missing' }],
    },
  ],
});
