import { describe, expect, it } from 'vitest';
import { DIALECTS, type Dialect, decisionHeading, recordHead } from '../../test/dialects.js';
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

/** The same record in each dialect, its context the caller's sentence. */
const inDialect = (dialect: Dialect, context: string) =>
  adr(
    ...recordHead(dialect, 'Run the search index ourselves', { number: 4 }),
    dialect === 'madr' ? '## Context and Problem Statement' : '## Context',
    '',
    context,
    '',
    decisionHeading(dialect),
    '',
    'We will run OpenSearch on our own nodes, because the team knows it.',
  );

/** Forces stated in numbers that are not plain figures with a unit right after them. */
const spelledOutForces = [
  'The team is three engineers, none of whom has run OpenSearch.',
  'A team of two backend developers maintains search next to the checkout.',
  'The hosting budget is five thousand euros a year.',
  'Peak traffic is 1.2k requests per second on sale days.',
  'We must ship before the end of March.',
  'There is a deadline in Q3 2026 for the new storefront.',
  'Launch is planned for 2026-09-01.',
  'We expect 10x growth in queries after the launch.',
  'Current throughput: 2000 rps at peak.',
  '- Users: 40,000\n- Team size: 3',
  'Team size: four. Nobody has run OpenSearch before.',
  'We hold about half a terabyte of product data.',
  'Search times out above 20,000 articles and the help centre has 18,500.',
  'The shop serves a million customers a month.',
  'We serve 2,000 requests/s at peak.',
  'Gateways send 40k readings/second at peak.',
  'The renderer handles about 300 thumbnails per minute.',
  'The API takes 10-20 req/s today.',
  'Search is run by a 3-person platform team.',
  'The runtime loses vendor support on 2026-06-30.',
  'Our search licence expires in March 2027.',
  '| Force | Value |\n| --- | --- |\n| Availability target | 99.9 |',
  '| Constraint | Value |\n| --- | --- |\n| Availability target SLO | 99.9 |',
  '| Constraint | Value |\n| --- | --- |\n| Peak write volume | 2,000 |',
  'The catalogue API returns at most a per_page limit of 5000 results.',
  'The largest shop today has 150 warehouses and growing.',
  'Real catalogues carry 100k+ variants.',
];

/** Numbers in words that size nothing: a story, a count of choices. */
const spelledOutStories = [
  'When two developers edit the mapping at once, the index is rebuilt twice.',
  'The two options differ mostly in who operates them.',
  'A gigabyte here or there makes no difference to the choice.',
  'Vendor support for the runtime ends soon.',
  '| Force | Value |\n| --- | --- |\n| Availability target | high |',
  '| Change | Since |\n| --- | --- |\n| Retry on no messages | 2.14.0 |',
  '| Constraint | Value |\n| --- | --- |\n| Availability target SLO | to be agreed |',
  '| Change | Since |\n| --- | --- |\n| No messages | 2.14.0 |',
  'As ADR 036 reduces the index, search is simpler.',
  'The API answers with 500 errors when the index is rebuilding.',
  'Versions from 100 onwards use the new mapping.',
  'The 2021 releases moved search to its own service.',
];

ruleTester(constraintsQuantified, {
  valid: [
    ...DIALECTS.flatMap((dialect) =>
      spelledOutForces.map((context) => ({
        name: `${dialect}: a force in words or a looser spelling counts: "${context.slice(0, 40)}..."`,
        text: inDialect(dialect, context),
      })),
    ),
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
    ...DIALECTS.flatMap((dialect) =>
      spelledOutStories.map((context) => ({
        name: `${dialect}: a number in words that sizes nothing is no constraint: "${context.slice(0, 40)}..."`,
        text: inDialect(dialect, context),
        errors: [{ messageId: 'noNumbers' }],
      })),
    ),
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
    expect(findQuantity('Peak traffic is 1.2k requests per second')).toBe('1.2k requests per second');
    expect(findQuantity('a deadline in Q3 2026')).toBe('deadline in Q3 2026');
  });

  it('reads a large count of any things, but not a record number, a status code or a year', () => {
    expect(findQuantity('a per_page limit of 5000 results')).toBe('5000 results');
    expect(findQuantity('collections carry 100k+ reviews')).toBe('100k+ reviews');
    expect(findQuantity('ADR 036 reduces the scope')).toBeNull();
    expect(findQuantity('the proxy returns 502 errors')).toBeNull();
    expect(findQuantity('from 100 onwards')).toBeNull();
    expect(findQuantity('the 2021 releases')).toBeNull();
    expect(findQuantity('we keep 150 labels')).toBe('150 labels');
    expect(findQuantity('there were 12 labels')).toBeNull();
  });

  it('reads a thousands comma as a count, not a year, and a range by its upper bound', () => {
    expect(findQuantity('We serve 2,000 users today')).toBe('2,000 users');
    expect(findQuantity('between 10-20 req/s')).toBe('20 req/s');
    expect(findQuantity('at most 10 req/sec')).toBe('at most 10 req/sec');
    expect(findQuantity('we see 40k readings/second at peak')).toBe('40k readings/second');
    expect(findQuantity('ADR 3 of us per day')).toBeNull();
    expect(findQuantity('in 2,021 words')).toBe('2,021 words');
    expect(findQuantity('as ADR-12 said, 2020 teams')).toBeNull();
    expect(findQuantity('- [2022-03-02 Performance Tests](2022-03-02-performance-tests/)')).toBeNull();
    expect(findQuantity('a two-person team')).toBe('two-person team');
    expect(findQuantity('the person on the team')).toBeNull();
  });

  it('reads a count written as a compound adjective, but not a version or a single thing', () => {
    expect(findQuantity('we import the ~90k-row CSV dump')).toBe('~90k-row');
    expect(findQuantity('a 5-node cluster in each region')).toBe('5-node');
    expect(findQuantity('a 10,000-user pilot')).toBe('10,000-user');
    expect(findQuantity('a 1-node cluster for tests')).toBeNull();
    expect(findQuantity('the v2-api endpoints')).toBeNull();
    expect(findQuantity('Python 3-style modules')).toBeNull();
  });

  it('finds team sizes, money and deadlines written in words', () => {
    expect(findQuantity('Three engineers maintain it.')).toBe('Three engineers');
    expect(findQuantity('The team is three engineers.')).toBe('team is three engineers');
    expect(findQuantity('a budget of five thousand euros a year')).toBe('five thousand euros');
    expect(findQuantity('live before the end of the quarter')).toBe('before the end of the quarter');
    expect(findQuantity('RPS: 2000')).toBe('RPS: 2000');
    expect(findQuantity('a peak of 2000 rps')).toBe('2000 rps');
    expect(findQuantity('the DSP 2025 endpoints')).toBeNull();
    expect(findQuantity('Team size: four')).toBe('Team size: four');
    expect(findQuantity('about half a terabyte of uploads')).toBe('half a terabyte');
    expect(findQuantity('a million users a day')).toBe('a million users');
    expect(findQuantity('Version: 2')).toBeNull();
    expect(findQuantity('Status: one of the options')).toBeNull();
    expect(findQuantity('When two developers edit it at once')).toBeNull();
    expect(findQuantity('Choose one of three modules')).toBeNull();
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

/** A record in each dialect: the caller's context, the decision, then the caller's notes after it. */
const withNotes = (dialect: Dialect, context: string, notes: string[] = []) =>
  adr(
    ...recordHead(dialect, 'Send large payloads by reference', { number: 7 }),
    dialect === 'madr' ? '## Context and Problem Statement' : '## Context',
    '',
    context,
    '',
    decisionHeading(dialect),
    '',
    'We store payloads in the object store and send a reference on the queue.',
    '',
    ...notes,
  );

/** Limits the design must meet: given as an example, as the size of a list, or under a "... Constraints" sub-heading. */
ruleTester(constraintsQuantified, {
  valid: DIALECTS.flatMap((dialect) => [
    {
      name: `${dialect}: a platform limit given as an example is still a limit`,
      text: withNotes(
        dialect,
        'Brokers cap message size. As an example, our hosted queue has a 64 KB upper limit to message size.',
      ),
    },
    {
      name: `${dialect}: "e.g." brings in the real case behind a force`,
      text: withNotes(
        dialect,
        'Our servers live long (e.g. the build server has an uptime of 79 days), so image changes reach them late.',
      ),
    },
    {
      name: `${dialect}: a list bounded by a number counts, whatever it lists`,
      text: withNotes(
        dialect,
        'The shop keeps a list of up to 50 saved baskets per customer between visits.',
      ),
    },
    {
      name: `${dialect}: a qualified Constraints sub-heading states constraints`,
      text: withNotes(dialect, 'We list files in remote repositories without cloning them.', [
        '## Implementation Notes',
        '',
        '### Provider API Constraints',
        '',
        '- Rate limits: 100-3000 calls/hour depending on the provider',
      ]),
    },
  ]),
  invalid: DIALECTS.flatMap((dialect) => [
    {
      name: `${dialect}: a sample figure quoted in an example constrains nothing`,
      text: withNotes(
        dialect,
        'Say what the load is. For example, "up to 10,000 users" or "a limit of 5 GB".',
      ),
      errors: [{ messageId: 'noNumbers' }],
    },
    {
      name: `${dialect}: a bare "up to" length is a convention, not a force`,
      text: withNotes(dialect, 'Issue titles stay short (up to 70 characters) and name the component.'),
      errors: [{ messageId: 'noNumbers' }],
    },
    {
      name: `${dialect}: "Defaults and constraints" of an API's options are no forces`,
      text: withNotes(dialect, 'We list files in remote repositories without cloning them.', [
        '## Implementation Notes',
        '',
        '### Defaults and constraints',
        '',
        '- `max_files` defaults to 500 files per call',
      ]),
      errors: [{ messageId: 'noNumbers' }],
    },
  ]),
});

/** Bounds written in words and rates of any things state forces; counts of options or runs do not. */
ruleTester(constraintsQuantified, {
  valid: DIALECTS.flatMap((dialect) =>
    [
      'At most, three individuals can be registered on one family account.',
      'A household may share the plan with up to five relatives.',
      'When a supplier file has inconsistencies the import fails; about 40 inconsistencies a day reach support.',
      'Support answers 25 complaints a week about failed imports.',
    ].map((context) => ({
      name: `${dialect}: a force in numbers: ${context}`,
      text: withNotes(dialect, context),
    })),
  ),
  invalid: DIALECTS.flatMap((dialect) =>
    [
      'We compare at most three options before a decision.',
      'The importer runs 3 times a day and retries in several places.',
      'When a supplier file has inconsistencies the whole import fails.',
    ].map((context) => ({
      name: `${dialect}: no force in numbers: ${context}`,
      text: withNotes(dialect, context),
      errors: [{ messageId: 'noNumbers' }],
    })),
  ),
});
