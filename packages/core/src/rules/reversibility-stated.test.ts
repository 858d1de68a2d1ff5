import { adr, ruleTester } from '../../test/rule-tester.js';
import { reversibilityStated } from './reversibility-stated.js';

const twoOptions = ['* Opaque UUIDv7 identifiers', '* Sequential integer identifiers'];
const threeOptions = [...twoOptions, '* ULIDs encoded in base32'];

/**
 * MADR 4 with the given reversibility frontmatter line (line 3) and options; `tail` follows the
 * consequences. With two options the consequences heading is line 16 and `tail` starts on line 19.
 */
const madr4 = (field: string | null, options: string[], ...tail: string[]) =>
  adr(
    '---',
    'status: accepted',
    ...(field === null ? ['date: 2024-03-11'] : [field]),
    '---',
    '# Public order identifiers',
    '',
    '## Considered Options',
    '',
    ...options,
    '',
    '## Decision Outcome',
    '',
    'Chosen option: "Opaque UUIDv7 identifiers", because they leak no order volume.',
    '',
    '### Consequences',
    '',
    '* Bad, because IDs are 36 characters in URLs.',
    ...tail,
  );

const evidence = [
  '',
  '## Evidence',
  '',
  'A load test of 2 million inserts showed no index bloat compared with integers.',
];

ruleTester(reversibilityStated, {
  valid: [
    { name: 'MADR 4: reversibility: two-way', text: madr4('reversibility: two-way', twoOptions) },
    { name: 'MADR 4: reversibility: costly', text: madr4('reversibility: costly', twoOptions) },
    { name: 'alias: reversible', text: madr4('reversibility: reversible', twoOptions) },
    { name: 'alias: hard', text: madr4('reversibility: hard', twoOptions) },
    { name: 'value case is ignored: Two-Way', text: madr4('reversibility: Two-Way', twoOptions) },
    {
      name: 'one-way with three options and an evidence section',
      text: madr4('reversibility: one-way', threeOptions, ...evidence),
    },
    {
      name: 'alias irreversible with three options and an evidence section',
      text: madr4('reversibility: irreversible', threeOptions, ...evidence),
    },
    {
      name: 'evidence is left to evidence-for-one-way by default',
      text: madr4('reversibility: one-way', threeOptions),
    },
    {
      name: 'one-way checks switched off by options',
      options: { oneWayMinOptions: 0, oneWayRequiresEvidence: false },
      text: madr4('reversibility: one-way', twoOptions),
    },
    {
      name: 'MADR 2: a Reversibility bullet under the title',
      text: adr(
        '# Use Keycloak for single sign-on',
        '',
        '* Status: accepted',
        '* Date: 2021-06-14',
        '* Reversibility: costly',
        '',
        '## Decision Outcome',
        '',
        'Chosen option: "Keycloak", because it runs inside our network.',
      ),
    },
    {
      name: 'log4brains: a dash bullet',
      text: adr(
        '# Publish the docs site with GitHub Pages',
        '',
        '- Status: accepted',
        '- Date: 2022-01-10',
        '- Reversibility: two-way',
        '',
        '## Decision Outcome',
        '',
        'Chosen option: "GitHub Pages", because the repository already lives on GitHub.',
      ),
    },
    {
      name: 'Nygard: a Reversibility section that says how to undo it and what it costs',
      text: adr(
        '# 7. Generate thumbnails in background workers',
        '',
        '## Status',
        '',
        'Accepted',
        '',
        '## Decision',
        '',
        'We will move thumbnail generation to workers that read jobs from RabbitMQ.',
        '',
        '## Reversibility',
        '',
        'Two-way door: switching back to in-request generation is a one-line feature flag change.',
      ),
    },
    {
      name: 'Nygard: reversibility stated in the consequences prose',
      text: adr(
        '# 7. Generate thumbnails in background workers',
        '',
        '## Status',
        '',
        'Accepted',
        '',
        '## Decision',
        '',
        'We will move thumbnail generation to workers that read jobs from RabbitMQ.',
        '',
        '## Consequences',
        '',
        'The change is easy to revert: the old code path stays behind a flag for a month.',
      ),
    },
    {
      name: 'home-grown: an Exit Strategy section',
      text: adr(
        '# Feature flags',
        '',
        'Status: accepted',
        '',
        '## Decision',
        '',
        'We buy a hosted flag service.',
        '',
        '## Exit Strategy',
        '',
        'Flags are read through our own wrapper, so moving to another vendor means rewriting one module, about a week.',
      ),
    },
  ],
  invalid: [
    {
      name: 'MADR 4: not stated, reported at the consequences',
      text: madr4(null, twoOptions),
      errors: [{ messageId: 'missing', line: 16, column: 1 }],
    },
    {
      name: 'Nygard: not stated and no consequences, reported at the decision',
      text: adr(
        '# 7. Generate thumbnails in background workers',
        '',
        '## Status',
        '',
        'Accepted',
        '',
        '## Decision',
        '',
        'We will move thumbnail generation to workers that read jobs from RabbitMQ.',
      ),
      errors: [{ messageId: 'missing', line: 7 }],
    },
    {
      name: 'an unknown frontmatter value, reported at its key',
      text: madr4('reversibility: maybe', twoOptions),
      errors: [{ messageId: 'unknownValue', line: 3, column: 1, data: { value: 'maybe' } }],
    },
    {
      name: 'MADR 2: an unknown bullet value',
      text: adr(
        '# Use Keycloak for single sign-on',
        '',
        '* Status: accepted',
        '* Reversibility: sort of',
        '',
        '## Decision Outcome',
        '',
        'Chosen option: "Keycloak", because it runs inside our network.',
      ),
      errors: [{ messageId: 'unknownValue', line: 4, data: { value: 'sort of' } }],
    },
    {
      name: 'an empty Reversibility section',
      text: madr4(null, twoOptions, '', '## Reversibility'),
      errors: [{ messageId: 'emptySection', line: 20 }],
    },
    {
      name: 'a Reversibility section holding only a placeholder',
      text: madr4(null, twoOptions, '', '## Reversibility', '', 'TBD'),
      errors: [{ messageId: 'emptySection', line: 20 }],
    },
    {
      name: 'one-way with two options and no evidence: two findings at the field',
      options: { oneWayRequiresEvidence: true },
      text: madr4('reversibility: one-way', twoOptions),
      errors: [
        { messageId: 'oneWayFewOptions', line: 3, data: { count: 2, min: 3 } },
        { messageId: 'oneWayNoEvidence', line: 3 },
      ],
    },
    {
      name: 'alias irreversible is one-way too',
      options: { oneWayRequiresEvidence: true },
      text: madr4('reversibility: irreversible', twoOptions),
      errors: [
        { messageId: 'oneWayFewOptions', line: 3, data: { count: 2, min: 3 } },
        { messageId: 'oneWayNoEvidence', line: 3 },
      ],
    },
    {
      name: 'one-way with three options but no evidence',
      options: { oneWayRequiresEvidence: true },
      text: madr4('reversibility: one-way', threeOptions),
      errors: [{ messageId: 'oneWayNoEvidence', line: 3 }],
    },
    {
      name: 'one-way with an empty evidence section',
      options: { oneWayRequiresEvidence: true },
      text: madr4('reversibility: one-way', threeOptions, '', '## Evidence'),
      errors: [{ messageId: 'oneWayNoEvidence', line: 3 }],
    },
    {
      name: 'one-way with evidence but two options',
      text: madr4('reversibility: one-way', twoOptions, ...evidence),
      errors: [{ messageId: 'oneWayFewOptions', line: 3, data: { count: 2, min: 3 } }],
    },
    {
      name: 'oneWayMinOptions raised to 4',
      options: { oneWayMinOptions: 4 },
      text: madr4('reversibility: one-way', threeOptions, ...evidence),
      errors: [{ messageId: 'oneWayFewOptions', line: 3, data: { count: 3, min: 4 } }],
    },
    {
      name: 'oneWayRequiresEvidence false keeps the option count check',
      options: { oneWayRequiresEvidence: false },
      text: madr4('reversibility: one-way', twoOptions),
      errors: [{ messageId: 'oneWayFewOptions', line: 3 }],
    },
    {
      name: 'Nygard: a one-way Reversibility section, reported at its heading',
      options: { oneWayRequiresEvidence: true },
      text: adr(
        '# 14. Public order identifiers',
        '',
        '## Status',
        '',
        'Accepted',
        '',
        '## Context',
        '',
        'We also considered sequential integers, but they reveal our order volume.',
        '',
        '## Decision',
        '',
        'We will expose opaque UUIDv7 identifiers.',
        '',
        '## Reversibility',
        '',
        'One-way: once customers store these identifiers we cannot take them back.',
      ),
      errors: [
        { messageId: 'oneWayFewOptions', line: 15, data: { count: 2, min: 3 } },
        { messageId: 'oneWayNoEvidence', line: 15 },
      ],
    },
  ],
});
