import { DIALECTS, type Dialect, decisionHeading, recordHead } from '../../test/dialects.js';
import { adr, ruleTester } from '../../test/rule-tester.js';
import { operationsOwner } from './operations-owner.js';

/** MADR 4 deciding on something that runs; `frontmatter` lines start on line 3, `tail` follows the outcome. */
const madr4 = (frontmatter: string[], ...tail: string[]) =>
  adr(
    '---',
    'status: accepted',
    ...frontmatter,
    '---',
    '# Cache the product catalogue in Redis',
    '',
    '## Decision Outcome',
    '',
    'Chosen option: "Redis", because we deploy a managed cluster in the same region as the API.',
    ...tail,
  );

/** Nygard deciding on something that runs; `tail` follows the decision (from line 12). */
const nygard = (...tail: string[]) =>
  adr(
    '# 3. Run CI on self-hosted runners',
    '',
    '## Status',
    '',
    'Accepted',
    '',
    '## Decision',
    '',
    'We will run CI jobs on runners in our existing Kubernetes cluster.',
    ...tail,
  );

/** The same record in each dialect with an "## Owner" section holding `owner` (nothing when empty). */
const withOwnerSection = (dialect: Dialect, ...owner: string[]) =>
  adr(
    ...recordHead(dialect, 'Resize images at upload', { number: 21 }),
    decisionHeading(dialect),
    '',
    'A worker resizes each upload into three sizes stored in S3.',
    '',
    '## Owner',
    ...(owner.length ? ['', ...owner] : []),
  );

ruleTester(operationsOwner, {
  valid: [
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: an "## Owner" section names who operates the result`,
      text: withOwnerSection(dialect, 'Web team; the "web" on-call rotation is paged for the resize worker.'),
    })),
    { name: 'MADR 4: an owner in the frontmatter', text: madr4(['owner: Catalogue team']) },
    {
      name: 'MADR 2: an Owner bullet',
      text: adr(
        '# Use Kafka for order events',
        '',
        '* Status: accepted',
        '* Owner: Streaming team, on-call rotation "streaming"',
        '',
        '## Decision Outcome',
        '',
        'Chosen option: "Kafka", because we already run a production cluster.',
      ),
    },
    {
      name: 'Nygard: ownership and the pager told in prose',
      text: nygard('', 'The platform team owns the runner fleet and carries its pager.'),
    },
    {
      name: 'Nygard: an on-call rotation that is paged',
      text: nygard('', 'The platform on-call engineer is paged when jobs queue for 10 minutes.'),
    },
    {
      name: 'log4brains: an Operations section',
      path: 'docs/adr/20240101-use-opensearch.md',
      text: adr(
        '# Serve search from OpenSearch',
        '',
        '- Status: accepted',
        '',
        '## Decision Outcome',
        '',
        'Chosen option: "OpenSearch", because AWS hosts it for us.',
        '',
        '## Operations',
        '',
        'The search team runs the domain; alerts go to their rotation.',
      ),
    },
    {
      name: 'home-grown: a decision about nothing that runs is not asked',
      text: adr(
        '# Write decisions in Markdown',
        '',
        '## Decision',
        '',
        'We keep our decisions as Markdown files in the repository.',
      ),
    },
    {
      name: 'home-grown: an owner row in a metadata table',
      text: adr(
        '# Adopt gRPC',
        '',
        '| Owner | API platform team |',
        '|---|---|',
        '',
        '## Decision',
        '',
        'We deploy gRPC services behind Envoy.',
      ),
    },
  ],
  invalid: [
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: an "## Owner" heading with nothing under it names no one`,
      text: withOwnerSection(dialect),
      errors: [{ messageId: 'emptySection' }],
    })),
    {
      name: 'MADR 4: no owner for a managed cluster, reported at the outcome',
      text: madr4([]),
      errors: [{ messageId: 'missing', line: 6, column: 1 }],
    },
    {
      name: 'MADR 4: an owner field left empty',
      text: madr4(['owner: TBD']),
      errors: [{ messageId: 'emptyOwner', line: 3 }],
    },
    {
      name: 'MADR 2: no owner, reported at the consequences',
      text: adr(
        '# Use Kafka for order events',
        '',
        '* Status: accepted',
        '',
        '## Decision Outcome',
        '',
        'Chosen option: "Kafka", because we already run a production cluster.',
        '',
        '### Consequences',
        '',
        '* Bad, because partitions need planning.',
      ),
      errors: [{ messageId: 'missing', line: 9 }],
    },
    {
      name: 'Nygard: software "responsible for" something is no owner',
      text: nygard('', 'The controller is responsible for scheduling jobs on the nodes.'),
      errors: [{ messageId: 'missing', line: 7 }],
    },
    {
      name: 'log4brains: an empty Operations section',
      path: 'docs/adr/20240101-use-opensearch.md',
      text: adr(
        '# Serve search from OpenSearch',
        '',
        '- Status: accepted',
        '',
        '## Decision Outcome',
        '',
        'Chosen option: "OpenSearch", because it is hosted for us.',
        '',
        '## Operations',
        '',
        'n/a',
      ),
      errors: [{ messageId: 'emptySection', line: 9, data: { heading: 'Operations' } }],
    },
    {
      name: 'home-grown: every record is asked when onlyOperational is off',
      options: { onlyOperational: false },
      text: adr(
        '# Write decisions in Markdown',
        '',
        '## Decision',
        '',
        'We keep our decisions as Markdown files.',
      ),
      errors: [{ messageId: 'missing', line: 3 }],
    },
  ],
});
