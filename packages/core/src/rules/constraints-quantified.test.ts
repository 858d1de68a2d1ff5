import { describe, expect, it } from 'vitest';
import { adr, ruleTester } from '../../test/rule-tester.js';
import { constraintsQuantified, findQuantity } from './constraints-quantified.js';

/** MADR 4 whose context (heading on line 6) holds `context`; numbers elsewhere do not count. */
const madr4 = (...context: string[]) =>
  adr(
    '---',
    'status: accepted',
    '---',
    '# Cache the product catalogue',
    '',
    '## Context and Problem Statement',
    '',
    ...context,
    '',
    '## Decision Outcome',
    '',
    'Chosen option: "Redis", because reads fell to 4 ms at p95 in the test.',
  );

/** Nygard whose context (heading on line 7) holds `context`. */
const nygard = (...context: string[]) =>
  adr(
    '# 3. Run CI on self-hosted runners',
    '',
    '## Status',
    '',
    'Accepted',
    '',
    '## Context',
    '',
    ...context,
  );

ruleTester(constraintsQuantified, {
  valid: [
    {
      name: 'MADR 4: a rate in the context',
      text: madr4('Reads peak at about 2,000 requests/s on sale days.'),
    },
    { name: 'MADR 4: a data size', text: madr4('The catalogue holds 1.2 TB of product data.') },
    {
      name: 'MADR 2: a latency budget among the decision drivers',
      text: adr(
        '# Hash passwords with Argon2id',
        '',
        '* Status: accepted',
        '',
        '## Context and Problem Statement',
        '',
        'Our hashes are too cheap to crack.',
        '',
        '## Decision Drivers',
        '',
        '* Login p95 under 300 ms.',
      ),
    },
    {
      name: 'Nygard: a team size',
      text: nygard('The platform team is 4 engineers, none of whom has run CI before.'),
    },
    { name: 'Nygard: a budget', text: nygard('Finance wants CI under $4,000 a month.') },
    { name: 'Nygard: a deadline date', text: nygard('The new runners must be live by 2026-09-01.') },
    {
      name: 'log4brains: a count of things in the context',
      path: 'docs/adr/20240101-consolidate-mongo.md',
      text: adr(
        '# Consolidate the Mongo clusters',
        '',
        '- Status: accepted',
        '',
        '## Context and Problem Statement',
        '',
        'We run 5 MongoDB clusters, one per legacy application.',
      ),
    },
    {
      name: 'home-grown: a Constraints section with a percentage',
      text: adr('# Adopt gRPC', '', '## Constraints', '', '* Availability of 99.95% for the order API.'),
    },
    {
      name: 'home-grown: no context section, so the whole record is read',
      text: adr('# Consolidate modules', '', '## Decision', '', 'We merge the ~43 library modules into 4.'),
    },
  ],
  invalid: [
    {
      name: 'MADR 4: only vibes, and the finding names the forces mentioned without numbers',
      text: madr4('Traffic is high and the team is small, so the budget is tight.'),
      errors: [
        {
          messageId: 'noNumbers',
          line: 6,
          column: 1,
          data: {
            forces: 'money, traffic and team are mentioned without a number; time to market not at all',
          },
        },
      ],
    },
    {
      name: 'MADR 4: versions, years and references are not quantities',
      text: madr4('Since 2019 we run PostgreSQL 16 and Redis 7.2, see ADR 12 and issue #1371.'),
      errors: [{ messageId: 'noNumbers', line: 6 }],
    },
    {
      name: 'MADR 4: numbers outside the context do not count',
      text: madr4('Catalogue reads are slow.'),
      errors: [
        {
          messageId: 'noNumbers',
          data: { forces: 'none of money, time to market, traffic and team is stated' },
        },
      ],
    },
    {
      name: 'MADR 2: a polling interval and an example illustrate, they do not constrain',
      text: adr(
        '# Poll the payment provider',
        '',
        '* Status: proposed',
        '',
        '## Context and Problem Statement',
        '',
        'The worker checks the provider every 5 minutes. For example, a refund may take 2 days.',
      ),
      errors: [{ messageId: 'noNumbers', line: 5 }],
    },
    {
      name: 'Nygard: history is not a constraint',
      text: nygard('The analytics team has been running Kubernetes for around 18 months.'),
      errors: [{ messageId: 'noNumbers', line: 7 }],
    },
    {
      name: 'log4brains: one of a thing is an example, not a count',
      path: 'docs/adr/20240101-schedules.md',
      text: adr(
        '# Message schedules',
        '',
        '- Status: accepted',
        '',
        '## Context and Problem Statement',
        '',
        'A schedule is kept in 1 message per subject, as in v2.11 releases.',
      ),
      errors: [{ messageId: 'noNumbers', line: 5 }],
    },
    {
      name: 'home-grown: a record without sections or numbers, reported at the title',
      text: adr('# Adopt gRPC', '', 'We want typed APIs between our services.'),
      errors: [{ messageId: 'noNumbers', line: 1 }],
    },
  ],
});

describe('findQuantity', () => {
  it('finds measured amounts in their common spellings', () => {
    expect(findQuantity('a default timeout of 24-hours, which we cannot control')).toBe('24-hours');
    expect(findQuantity('doable in <10 minutes')).toBe('<10 minutes');
    expect(findQuantity('a quota of 500 Fargate pods per region')).toBe('500 Fargate pods');
    expect(findQuantity('it costs €1.8M a year')).toBe('€1.8');
    expect(findQuantity('Minimum microsecond resolution.')).toBe('microsecond resolution');
    expect(findQuantity('up to 512 inflight pull requests')).toBe('up to 512 inflight pull requests');
  });

  it('ignores what only looks like a number', () => {
    expect(findQuantity('in 2021 teams moved to Java 17')).toBeNull();
    expect(findQuantity('ADRs 60 and 61, but builds on ADR-59')).toBeNull();
    expect(findQuantity('a Stream that sources 10s of other streams')).toBeNull();
    expect(findQuantity('we want 100% API coverage')).toBeNull();
    expect(findQuantity('we adopted it 3 years ago')).toBeNull();
  });

  it('reads a long paragraph of bare numbers without finding a quantity in it', () => {
    expect(findQuantity('12 34 56, 78 and 9.1 of 2 for 3 '.repeat(20_000))).toBeNull();
  });
});
