import { auditTrailWays } from '../../test/counted-ways.js';
import { DIALECTS, type Dialect, decisionHeading, recordHead } from '../../test/dialects.js';
import { adr, ruleTester } from '../../test/rule-tester.js';
import { rejectedAlternativesReasoned } from './rejected-alternatives-reasoned.js';

/** The case `name`: `record` fails with one "no reason" finding per option, each at the record's line. */
const unreasoned = (name: string, record: { text: string; line: number }, ...options: string[]) => ({
  name,
  text: record.text,
  errors: options.map((option) => ({ messageId: 'noReason', line: record.line, data: { option } })),
});

/** MADR 4 with three options; the caller supplies the outcome and the pros and cons. */
const madr4 = (outcome: string[], prosCons: string[] = []) =>
  adr(
    '---',
    'status: accepted',
    'date: 2024-03-11',
    'decision-makers: [Ines Carvalho, Ravi Menon]',
    '---',
    '# Store uploaded invoices in object storage',
    '',
    '## Considered Options',
    '',
    '* S3-compatible object storage',
    '* PostgreSQL large objects',
    '* Shared NFS volume',
    '',
    '## Decision Outcome',
    '',
    ...outcome,
    ...(prosCons.length > 0 ? ['', '## Pros and Cons of the Options', '', ...prosCons] : []),
  );

const chosenS3 =
  'Chosen option: "S3-compatible object storage", because it scales past 40,000 invoices a day.';

/** Nygard record whose options are labelled paragraphs with emoji pros and cons under each. */
const labelledOptions = (alternativeArguments: string[]) =>
  adr(
    '# 9. Job queue for report exports',
    '',
    'Date: 2024-05-02',
    '',
    '## Status',
    '',
    'Accepted',
    '',
    '## Considered Options',
    '',
    '**Option 1:** A table in PostgreSQL polled by workers',
    'Workers poll a jobs table every second.',
    '',
    ...alternativeArguments,
    '',
    '**Option 2:** A managed message queue',
    'Exports go onto a queue that workers subscribe to.',
    '',
    '## Decision',
    '',
    'We will use a managed message queue (Option 2).',
  );

/** Nygard record whose only alternative is a paragraph of an "Alternatives Considered" section. */
const proseAlternative = (
  alternatives: string[],
  decision = 'We will run the service on the shared Kubernetes cluster.',
) =>
  adr(
    '# 12. Hosting for the billing service',
    '',
    'Date: 2023-10-09',
    '',
    '## Status',
    '',
    'Accepted',
    '',
    '## Context',
    '',
    'The billing service needs somewhere to run before the March launch.',
    '',
    '## Decision',
    '',
    decision,
    '',
    '## Alternatives Considered',
    '',
    ...alternatives,
  );

/** Nygard record with numbered naming schemes in a code block of the context; the caller writes the decision. */
const namingSchemes = (decision: string[]) =>
  adr(
    '# 14. Names for queue topics',
    '',
    'Date: 2024-02-19',
    '',
    '## Status',
    '',
    'Proposed',
    '',
    '## Context',
    '',
    'Topic names must be unique across accounts. The patterns on the table:',
    '',
    '```',
    'Scheme 1:',
    '{team}.{service}.{event}',
    '',
    'Scheme 2:',
    '{service}-{event}-{env}',
    '',
    'Scheme 3:',
    '{env}/{team}/{event}',
    '```',
    '',
    '## Decision',
    '',
    ...decision,
  );

/** log4brains record whose decision turns away from one way of doing it; the caller adds sections before it. */
const namedExports = (decision: string, before: string[] = []) =>
  adr(
    '# Export style for our packages',
    '',
    '- Status: accepted',
    '- Date: 2023-01-16',
    '',
    ...before,
    '## Decision',
    '',
    decision,
    '',
    '## Links',
    '',
    '- <https://example.com/blog/module-exports>',
  );

/** Job runners, with the header of each dialect; the decision names the losers as code spans. */
const jobRunners = (dialect: Dialect, decision: string[]) =>
  adr(
    ...recordHead(dialect, 'Background job runner', { number: 21, date: '2024-06-03' }),
    dialect === 'nygard' ? '## Options' : '## Considered Options',
    '',
    '* Sidekiq',
    '* Resque',
    '* delayed_job',
    '',
    decisionHeading(dialect),
    '',
    'Chosen option: "Sidekiq", because one worker runs ten jobs at once.',
    '',
    ...decision,
  );

const losersAsCode = [
  '* `resque` forks a process for every job, which is too slow for 2,000 jobs a minute.',
  '* `delayed_job` polls the orders database, so it cannot keep up at the lunch peak.',
];

/** Three queues, each an option heading whose pros and cons sit under "#### Pros" / "#### Cons"; Kafka's cons are given by the caller. */
const labelHeadings = (dialect: Dialect, kafkaCons: string[]) =>
  adr(
    ...recordHead(dialect, 'Pick a message queue', { number: 3 }),
    dialect === 'nygard' ? '## Options' : '## Considered Options',
    '',
    '### Amazon SQS',
    '',
    '#### Pros',
    '',
    '- Fully managed.',
    '',
    '#### Cons',
    '',
    '- Ordering only inside message groups.',
    '',
    '### RabbitMQ',
    '',
    '#### Pros',
    '',
    '- Flexible routing.',
    '',
    '#### Cons',
    '',
    'We would run and patch the brokers ourselves.',
    '',
    '### Apache Kafka',
    '',
    '#### Pros',
    '',
    '- Replays from any offset.',
    ...kafkaCons,
    '',
    decisionHeading(dialect),
    '',
    'We will use Amazon SQS.',
  );

/** A design doc's "Alternatives considered": each alternative its own "### Alternative N:" heading with the caller's text. */
const alternativeHeadings = (dialect: Dialect, wafText: string[]) =>
  adr(
    ...recordHead(dialect, 'Rate limiting at the edge', { number: 31 }),
    decisionHeading(dialect),
    '',
    'We will rate-limit in the Envoy edge proxy, because it already fronts every API.',
    '',
    '## Alternatives considered',
    '',
    '### Alternative 1: limit in each service',
    '',
    '- six teams would each have to build and tune it',
    '- counts would be per pod, not global',
    '',
    '### Alternative 2: a managed WAF',
    '',
    ...wafText,
  );

/**
 * Three positions for the ledger store, the choice stated without a reason, and a reasoning section
 * holding the caller's sentences: Tyree and Akerman's "Argument" in Nygard, "Rationale" in MADR,
 * "Justification" in log4brains. The third position gives its product name in parentheses.
 */
const arguedPositions = (dialect: Dialect, argument: string[]) =>
  adr(
    ...recordHead(dialect, 'Ledger store for billing', { number: 12 }),
    dialect === 'nygard' ? '## Positions' : '## Considered Options',
    '',
    '1. PostgreSQL 16.',
    '2. DynamoDB with streams into a reporting copy.',
    '3. An event store (EventStoreDB).',
    '',
    decisionHeading(dialect),
    '',
    'We will keep the ledger in PostgreSQL 16.',
    '',
    { nygard: '## Argument', madr: '## Rationale', log4brains: '## Justification' }[dialect],
    '',
    ...argument,
  );

const ledgerArgument = [
  'PostgreSQL gives the finance team SQL directly.',
  'DynamoDB would need a second copy for reporting, which doubles the data to reconcile.',
  'EventStoreDB is unfamiliar to the team and nobody on call knows how to restore it.',
];

/**
 * A business-case record: candidates listed, then a sub-heading per candidate under "Research and
 * analysis of each candidate" holding the caller's paragraph about Datadog.
 */
const analysedCandidates = (dialect: Dialect, datadog: string[]) =>
  adr(
    ...recordHead(dialect, 'Observability vendor', { number: 9 }),
    '## Candidates to consider',
    '',
    '- Grafana Cloud',
    '- Datadog',
    '',
    '## Research and analysis of each candidate',
    '',
    '### Grafana Cloud',
    '',
    'Takes OpenTelemetry natively; about $1,800 a month at our volume.',
    '',
    '### Datadog',
    '',
    ...datadog,
    '',
    decisionHeading(dialect),
    '',
    'Grafana Cloud.',
  );

/** Three CI systems scored in a decision matrix; the decision is the caller's. */
const ciMatrix = (dialect: Dialect, decision: string) =>
  adr(
    ...recordHead(dialect, 'Choose a CI system', { number: 3 }),
    '## Decision Matrix',
    '',
    '| Option | Cost | Speed | Ops effort | Total |',
    '|---|---|---|---|---|',
    '| GitHub Actions | 4 | 4 | 5 | 13 |',
    '| Jenkins | 5 | 3 | 1 | 9 |',
    '| CircleCI | 2 | 5 | 5 | 12 |',
    '',
    decisionHeading(dialect),
    '',
    decision,
  );

/** Feature flags for 12 services, decided in `dialect` by `decision` (its lines); the decision is on the returned line. */
const flagService = (dialect: Dialect, decision: string[]) => {
  const head = [
    ...recordHead(dialect, 'Feature flag service', { number: 9 }),
    '## Context',
    '',
    'Twelve services need feature flags that switch within a minute.',
    '',
    decisionHeading(dialect),
    '',
  ];
  return { text: adr(...head, ...decision), line: head.length + 1 };
};
const offered =
  'We could use LaunchDarkly or Unleash, but we will build our own flag service on the config store.';

/** Three job queues in `dialect`, listed as `options` (their lines); RabbitMQ wins with a reason. */
const jobQueues = (dialect: Dialect, options: string[]) => {
  const head = [...recordHead(dialect, 'Job queue', { number: 7 }), '## Considered Options', ''];
  return {
    text: adr(
      ...head,
      ...options,
      '',
      decisionHeading(dialect),
      '',
      'We will use RabbitMQ, because the team already runs it.',
    ),
    line: (index: number) => head.length + 1 + index,
  };
};

/** RabbitMQ chosen with a reason in `dialect`, then `verdicts` (paragraphs); returns the line of each verdict. */
const verdictLines = (dialect: Dialect, verdicts: string[]) => {
  const head = [
    ...recordHead(dialect, 'Job queue', { number: 7 }),
    decisionHeading(dialect),
    '',
    'We will use RabbitMQ, because the team already runs it.',
    '',
  ];
  return {
    text: adr(...head, ...verdicts.flatMap((verdict) => [verdict, ''])),
    line: (index: number) => head.length + 1 + index * 2,
  };
};

ruleTester(rejectedAlternativesReasoned, {
  valid: [
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: what an alternative "would never" do is why it lost`,
      text: jobQueues(dialect, [
        '* RabbitMQ',
        '* Nightly CSV exports: orders change hourly, so the exports would never keep up',
        '* Polling the orders table: at 2,000 orders an hour the load could never stay off the primary',
      ]).text,
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: a choice that "scored highest" in the matrix ranks it above every other option`,
      text: ciMatrix(dialect, 'We chose GitHub Actions, which scored highest in the matrix.'),
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: a candidate's own analysis heading says why it lost`,
      text: analysedCandidates(dialect, ['A polished product, but quoted at $7,500 a month, over budget.']),
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: a cost said plainly under a candidate's own heading is why it lost ("Ties us to ...")`,
      text: analysedCandidates(dialect, ['Ties us to one vendor for every signal we collect.']),
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: what a candidate adds, said plainly under its own heading, is why it lost`,
      text: analysedCandidates(dialect, ['Adds about 2 ms to every request through the hosted collector.']),
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: "it's confusing ..." under a candidate's own heading is why it lost`,
      text: analysedCandidates(dialect, ["It's confusing to keep two dashboards for the same\nsignals."]),
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: "this duplicates ..." under a candidate's own heading is why it lost`,
      text: analysedCandidates(dialect, ['This duplicates the alerting rules we keep in the pager tool.']),
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: a reasoning section says why each position lost, one by its name in parentheses`,
      text: arguedPositions(dialect, ledgerArgument),
    })),
    ...(['nygard', 'madr', 'log4brains'] as const).map((dialect) => ({
      name: `${dialect}: cons under a "#### Cons" sub-heading are reasons the option lost, list or paragraph`,
      text: labelHeadings(dialect, ['', '#### Cons', '', '- Three brokers to run for a single consumer.']),
    })),
    ...DIALECTS.flatMap((dialect) =>
      [
        '*Why not:* every internal call would go out through the internet.',
        'The WAF costs $2,400 a month at our volume.',
      ].map((reason) => ({
        name: `${dialect}: "${reason.slice(0, 30)}..." under an alternative's own heading is why it lost`,
        text: alternativeHeadings(dialect, [reason]),
      })),
    ),
    ...(['nygard', 'madr', 'log4brains'] as const).map((dialect) => ({
      name: `${dialect}: the decision names each loser as a code span with its reason`,
      text: jobRunners(dialect, losersAsCode),
    })),
    {
      name: 'Nygard: a list of the modes a design offers its users is no set of candidates, so no chosen one is asked for',
      text: adr(
        '# 14. Retention modes for the audit log',
        '',
        'Date: 2024-09-03',
        '',
        '## Status',
        '',
        'Accepted',
        '',
        '## Design',
        '',
        'Each log gets a retention setting. These options let tenants pick what suits them:',
        '',
        '- Keep every entry for 400 days',
        '- Keep the newest 2 million entries',
        '',
        'The compactor enforces the setting once an hour.',
      ),
    },
    {
      name: 'MADR 3: the methods a client library must offer, listed in the problem statement, are not options',
      text: adr(
        '---',
        'status: accepted',
        '---',
        '# Client API for scheduled jobs',
        '',
        '## Context and Problem Statement',
        '',
        'Jobs are registered with `schedule()`, which takes the options described below. The returned handle offers methods that allow:',
        '',
        '- `pause()` to stop firing until resumed',
        '- `resume()` to fire again',
        '- `history()` to list the last 50 runs',
        '',
        '## Consequences',
        '',
        '* Bad, because every client library has three more methods to keep in step.',
      ),
    },
    {
      name: 'log4brains: two supported filter kinds described in the body do not need a chosen option',
      text: adr(
        '# Filtering replicated events',
        '',
        '- Status: accepted',
        '- Date: 2023-02-20',
        '',
        '## Context and Problem Statement',
        '',
        'A replica can narrow what it copies. Each replica supports two mutually exclusive approaches:',
        '',
        '- Topic filter',
        '- Key rewrite rules',
        '',
        '## Links',
        '',
        '- <https://example.com/replication>',
      ),
    },
    {
      name: 'Nygard: numbered candidates the decision picks by label, each other one with its reason',
      text: namingSchemes([
        'We will use "scheme 2" for every new topic.',
        'Scheme 1 is too long for the 64-character limit; scheme 3 breaks our IAM wildcards.',
      ]),
    },
    {
      name: 'MADR 3: labelled sub-headings of the problem statement, the one that lost with a "Bad, because"',
      text: adr(
        '---',
        'status: accepted',
        'deciders: [Priya Raman]',
        '---',
        '# Search index refresh',
        '',
        '## Context and Problem Statement',
        '',
        '### Proposal A',
        '',
        'Push changes to the index from the write path.',
        '',
        '### Proposal B',
        '',
        'Rebuild the index every ten minutes.',
        '',
        '* Bad, because every query is slower while a rebuild runs.',
        '',
        '## Decision Outcome',
        '',
        'We will implement proposal A behind a feature flag.',
      ),
    },
    {
      name: 'Nygard: numbered lines the decision does not pick from are not asked about',
      text: namingSchemes(['Every scheme stays valid; new topics follow the team convention.']),
    },
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: "Not chosen:" lines that give their reasons`,
      text: verdictLines(dialect, [
        'Not chosen: Kafka, which needs a dedicated ops team.',
        'Rejected: NATS and Pulsar \u2014 neither keeps a week of history.',
      ]).text,
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: a verdict with its reason after it, in a list and a table`,
      text: jobQueues(dialect, [
        '* RabbitMQ',
        '* Kafka \u2014 ruled out: needs a dedicated ops team',
        '* NATS (rejected: keeps no history)',
      ]).text,
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: a verdict table with a reason in every row`,
      text: jobQueues(dialect, [
        '| Option | Verdict | Reason |',
        '|---|---|---|',
        '| RabbitMQ | Chosen | the team runs it |',
        '| Kafka | Rejected | needs a dedicated ops team |',
        '| NATS | Rejected | keeps no history |',
      ]).text,
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: ways offered and passed over, with the reason in the next sentence`,
      text: flagService(dialect, [
        `${offered} Both charge per seat, which would cost more than the two weeks of work.`,
      ]).text,
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: ways offered and passed over, with the reason in the same sentence`,
      text: flagService(dialect, [
        'We could use LaunchDarkly or Unleash, but neither can run inside our air-gapped network, so we will build our own.',
      ]).text,
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: ways offered and passed over, each named later with its reason`,
      text: flagService(dialect, [
        offered,
        '',
        'LaunchDarkly charges per seat. Unleash needs a PostgreSQL we do not run.',
      ]).text,
    })),
    {
      name: 'log4brains: "avoid X and use Y instead" with the reason in the same sentence',
      text: namedExports(
        'We will avoid default exports and use named exports instead, because renames then reach every import.',
      ),
    },
    {
      name: 'log4brains: "Y instead of X" with the reason in the context',
      text: namedExports('We will use named exports instead of default exports.', [
        '## Context',
        '',
        'Default exports let every importer pick its own name, so a rename misses half of them.',
        '',
      ]),
    },
    {
      name: 'home-grown: prose before the first heading may be the reason; only metadata lines there are silent',
      text: adr(
        '# Export style for our packages',
        '',
        'Date: 2023-01-16',
        '',
        'Renamed default exports keep slipping through review in the SDK.',
        '',
        '## Decision',
        '',
        'We will avoid default exports and use named exports instead.',
      ),
    },
    {
      name: 'Nygard: "replace X with Y" retires the current state; it is not a candidate that lost',
      text: adr(
        '# 6. CI server',
        '',
        '## Status',
        '',
        'Accepted',
        '',
        '## Decision',
        '',
        'Replace Jenkins with Buildkite.',
      ),
    },
    {
      name: 'Nygard: "instead of" outside the decision describes, it does not turn an option down',
      text: adr(
        '# 7. Indentation',
        '',
        '## Status',
        '',
        'Accepted',
        '',
        '## Context',
        '',
        'Some editors insert tabs instead of spaces.',
        '',
        '## Decision',
        '',
        'We will indent with two spaces.',
      ),
    },
    {
      name: 'home-grown: nested bullets under a candidate, or "has not had a release", give its reason',
      text: adr(
        '# Credential issuer for cluster users',
        '',
        '## Context',
        '',
        'Issuers we considered:',
        '',
        '- Keyhand',
        '- Tokenly - it has not had a release in two years',
        '- Passgate',
        '  - requires every developer to install a desktop client',
        '',
        '## Decision',
        '',
        'Use Keyhand to issue cluster credentials.',
      ),
    },
    {
      name: 'Nygard: ways listed in the context that the decision picks none of are not accused',
      text: adr(
        '# 15. Routing large transfers',
        '',
        '## Status',
        '',
        'Accepted',
        '',
        '## Context',
        '',
        'The router could pick the transfer path in two ways:',
        '',
        '- By size: transfers over 1 GB go to the batch service.',
        '- By request: the caller asks for the batch service.',
        '',
        '## Decision',
        '',
        'We add a batch service next to the streaming path and measure it for a quarter.',
      ),
    },
    {
      name: 'Nygard: the decision gives each alternative its reason by its place in the list',
      text: adr(
        '# 4. Where the nightly jobs run',
        '',
        '## Status',
        '',
        'Accepted',
        '',
        '## Decision',
        '',
        'We discussed three options:',
        '',
        '1. a cron container per service',
        '2. a workflow engine we host ourselves',
        '3. the scheduler of our CI system',
        '',
        'The first option spreads schedules over twelve repositories.',
        'Option 2 was discounted: nobody is on call for it.',
        '',
        'The final option, and the one we have chosen, keeps every schedule in one place.',
      ),
    },
    {
      name: 'home-grown: "X => breaks Y" names the alternative, then why it lost',
      text: adr(
        '# 32. Pluggable transaction hashing',
        '',
        '## Status',
        '',
        'Accepted',
        '',
        '## Decision',
        '',
        'Let applications pass their own hash function to the node.',
        '',
        '## Alternative Approaches',
        '',
        '1. Swap the hash function for every struct => breaks light-client compatibility.',
      ),
    },
    {
      name: 'home-grown: "Do nothing. X will stay ..." says why the status quo lost',
      text: adr(
        '# 31. Per-height commit delay',
        '',
        '## Status',
        '',
        'Accepted',
        '',
        '## Decision',
        '',
        'Move the commit delay into the block response, so the application sets it per height.',
        '',
        '## Alternative Approaches',
        '',
        '1. Do nothing. Block times will stay uneven from one height to the next.',
        '2. Make the delay a global parameter. Validators would still remain free to override it.',
      ),
    },
    {
      name: 'Nygard: a prose alternative whose reason follows in the next paragraph',
      text: proseAlternative([
        'Run the service on dedicated virtual machines managed by the team.',
        '',
        'We decided against this on the grounds that patching them would fall on four developers.',
      ]),
    },
    {
      name: 'Nygard: a prose alternative that the decision speaks about is not asked about',
      text: proseAlternative(
        ['Run the service on dedicated virtual machines.'],
        'We will run the service on the shared Kubernetes cluster; dedicated virtual machines stay for the legacy batch jobs.',
      ),
    },
    {
      name: 'MADR 4: a prose alternative in a Rejected Options section with its reason in running text',
      text: adr(
        '---',
        'status: accepted',
        '---',
        '# Message format for events',
        '',
        '## Decision Outcome',
        '',
        'Events are encoded as Avro with a schema registry.',
        '',
        '## Rejected Options',
        '',
        'Plain JSON documents without a schema.',
        '',
        'It was turned down as a highly breaking change for every consumer.',
      ),
    },
    {
      name: 'Nygard: a "❌ Cons:" paragraph under a labelled option is its reason',
      text: labelledOptions(['❌ Cons:', 'Polling adds a query a second to the primary database.']),
    },
    {
      name: 'MADR 4: labelled paragraphs with collapsible cons lists; "[SELECTED]" names the choice',
      text: adr(
        '---',
        'status: accepted',
        '---',
        '# Thumbnail generation',
        '',
        '## Considered Options',
        '',
        '**[SELECTED] Option 1:** Generate thumbnails on upload.',
        '',
        '**Option 2:** Generate thumbnails on first view.',
        '<details open>',
        '<summary>➖ Cons</summary>',
        '',
        '- The first visitor waits two seconds for every image.',
        '',
        '</details>',
        '',
        '## Decision Outcome',
        '',
        'Thumbnails are made when the file arrives.',
      ),
    },
    {
      name: 'Nygard: alternatives read from prose and no stated choice are not asked about',
      text: adr(
        '# Option values in the API',
        '',
        '## Possible solutions',
        '',
        'Values could be embedded as objects in the response or provided as links to their own resources.',
        '',
        '## Decision',
        '',
        'Embedding makes responses too large for mobile clients.',
      ),
    },
    {
      name: 'MADR 4: a reason that ranks the choice above the rest covers every alternative',
      text: madr4([
        'Chosen option: "S3-compatible object storage", because it is cheaper to run than the other options.',
      ]),
    },
    {
      name: 'MADR 4: outcome sentences about each alternative give its reason without a cue word',
      text: madr4([
        'Chosen option: "S3-compatible object storage".',
        'PostgreSQL large objects bloat the nightly backups.',
        'Shared NFS volumes are a single point of failure in our data centre.',
      ]),
    },
    {
      name: 'home-grown: a ranking in the context that names the choice covers the others',
      text: adr(
        '# Container platform',
        '',
        '## Context',
        '',
        'Products for running containers in production:',
        '',
        '- Kubernetes',
        '- Docker Swarm',
        '- Nomad',
        '',
        'Of these, Kubernetes is the clear market leader, with managed offerings from every cloud vendor.',
        '',
        '## Decision',
        '',
        'Use Kubernetes for the new hosting platform.',
      ),
    },
    {
      name: 'MADR 4: every alternative has a "Bad, because" under Pros and Cons',
      text: madr4(
        [chosenS3],
        [
          '### S3-compatible object storage',
          '',
          '* Good, because durability is the provider job.',
          '',
          '### PostgreSQL large objects',
          '',
          '* Good, because invoices stay transactional with their metadata.',
          '* Bad, because backups grow by 800 GB a year.',
          '',
          '### Shared NFS volume',
          '',
          '* Bad, because the volume is a single point of failure.',
        ],
      ),
    },
    {
      name: 'MADR 4: the outcome names each alternative with a reason',
      text: madr4([
        chosenS3,
        '',
        'PostgreSQL large objects lost because backups would grow by 800 GB a year.',
        'A shared NFS volume was ruled out since it is a single point of failure.',
      ]),
    },
    {
      name: 'MADR 2: Pros and Cons of the Options with Bad items for the alternatives',
      text: adr(
        '# Use Keycloak for single sign-on',
        '',
        '* Status: accepted',
        '* Deciders: Hanna Weber, Luis Ortega',
        '* Date: 2021-06-14',
        '',
        '## Considered Options',
        '',
        '* Keycloak',
        '* Auth0',
        '* Our own login service',
        '',
        '## Decision Outcome',
        '',
        'Chosen option: "Keycloak", because it runs inside our network.',
        '',
        '## Pros and Cons of the Options',
        '',
        '### Auth0',
        '',
        '* Good, because nothing to operate.',
        '* Bad, because it costs $2 per user per month.',
        '',
        '### Our own login service',
        '',
        '* Bad, because password storage is easy to get wrong.',
      ),
    },
    {
      name: 'MADR 3 style: Pros/Cons sub-lists under each option',
      text: adr(
        '---',
        'status: accepted',
        'deciders: Ana, Ben',
        '---',
        '# Search engine for the catalogue',
        '',
        '## Considered Options',
        '',
        '* Meilisearch',
        '* OpenSearch',
        '* Algolia',
        '',
        '## Decision Outcome',
        '',
        'Chosen option: "Meilisearch", because it is a single binary.',
        '',
        '## Pros and Cons of the Options',
        '',
        '### OpenSearch',
        '',
        '* Pros:',
        '  * clusters across zones',
        '* Cons:',
        '  * needs three nodes at minimum',
        '',
        '### Algolia',
        '',
        '* Pros:',
        '  * hosted',
        '* Cons:',
        '  * the catalogue would leave the EU',
      ),
    },
    {
      name: 'Nygard: alternatives paragraphs that each give a reason',
      text: adr(
        '# 12. Render the dashboard on the server',
        '',
        'Date: 2020-02-17',
        '',
        '## Status',
        '',
        'Accepted',
        '',
        '## Decision',
        '',
        'We will render the dashboard on the server and send HTML.',
        '',
        '## Alternatives',
        '',
        'A single-page app with code splitting was rejected because it still ships the charting library up front.',
        '',
        'Static pre-rendering cannot show numbers that change every minute.',
      ),
    },
    {
      name: 'Nygard: "we also considered X, but ..." gives its own reason',
      text: adr(
        '# 7. Use RabbitMQ for background jobs',
        '',
        '## Status',
        '',
        'Accepted',
        '',
        '## Context',
        '',
        'Thumbnail generation blocks web requests for up to four seconds.',
        'We also considered Amazon SQS, but it would tie the job format to one cloud vendor.',
        'We also considered Redis lists, but they lose jobs when the node restarts.',
        '',
        '## Decision',
        '',
        'We will move thumbnail generation to workers that read jobs from RabbitMQ.',
      ),
    },
    {
      name: 'log4brains: dash-bullet pros and cons under option headings',
      text: adr(
        '# Publish the docs site with GitHub Pages',
        '',
        '- Status: accepted',
        '- Date: 2022-01-10',
        '',
        '## Considered Options',
        '',
        '- GitHub Pages',
        '- Netlify',
        '- A bucket behind our CDN',
        '',
        '## Decision Outcome',
        '',
        'Chosen option: "GitHub Pages", because the repository already lives on GitHub.',
        '',
        '## Pros and Cons of the Options',
        '',
        '### Netlify',
        '',
        '- Good, because preview deployments for every pull request.',
        '- Bad, because another account to manage.',
        '',
        '### A bucket behind our CDN',
        '',
        '- Bad, because we would write the upload pipeline ourselves.',
      ),
    },
    {
      name: 'home-grown: a Rejected Alternatives section with a reason per line',
      text: adr(
        '# Message broker for order events',
        '',
        'Status: Accepted',
        '',
        '## Decision',
        '',
        'We use NATS JetStream for order events.',
        '',
        '## Rejected Alternatives',
        '',
        '* Kafka: too heavy to run for 30 events per second.',
        '* Keep polling: does not meet the 2 second delivery target.',
      ),
    },
    {
      name: 'home-grown: table rows that carry their own reason',
      text: adr(
        '# Message broker for order events',
        '',
        'Status: Proposed',
        '',
        '## Alternatives Considered',
        '',
        '| Option | Verdict |',
        '|---|---|',
        '| Kafka (managed) (chosen) | replay of old events |',
        '| NATS JetStream | too young for our operations team |',
        '| Keep polling | cannot meet the 2 second delivery target |',
      ),
    },
    {
      name: 'home-grown: option headings with +/- lists and a (chosen) marker',
      text: adr(
        '# Feature flags',
        '',
        'Status: accepted',
        '',
        '## Options',
        '',
        '### Flag table in our database',
        '',
        '+ cheap',
        '- we would build the targeting UI ourselves',
        '',
        '### Hosted flag service (chosen)',
        '',
        '+ targeting and audit logs included',
        '- $400 a month',
        '',
        '### Environment variables',
        '',
        '+ nothing new',
        '- a deploy for every flag change',
      ),
    },
    {
      name: 'the chosen option is the single bold item in the options list',
      text: adr(
        '# Feature flags',
        '',
        'Status: accepted',
        '',
        '## Options',
        '',
        '* Flag table in our database — too much UI work for us',
        '* **Hosted flag service**',
        '* Environment variables — rejected because each change needs a deploy',
      ),
    },
    {
      name: 'a record with fewer than two options is left to options-min-two',
      text: adr(
        '# 4. Use PostgreSQL',
        '',
        '## Status',
        '',
        'Accepted',
        '',
        '## Decision',
        '',
        'We will use PostgreSQL.',
      ),
    },
  ],
  invalid: [
    ...DIALECTS.map((dialect) => {
      const record = verdictLines(dialect, [
        'Not chosen: Kafka, which needs a dedicated ops team.',
        'Not chosen: NATS.',
      ]);
      return {
        name: `${dialect}: a "Not chosen:" line with nothing after the name`,
        text: record.text,
        errors: [{ messageId: 'noReason', line: record.line(1), data: { option: 'NATS' } }],
      };
    }),
    ...DIALECTS.map((dialect) => {
      const record = jobQueues(dialect, [
        '* RabbitMQ',
        '* Kafka \u2014 ruled out: needs a dedicated ops team',
        '* NATS: consumers will never miss an event',
      ]);
      return {
        name: `${dialect}: what an alternative "will never" do is a merit, not why it lost`,
        text: record.text,
        errors: [{ messageId: 'noReason', line: record.line(2), data: { option: 'NATS' } }],
      };
    }),
    ...DIALECTS.map((dialect) => {
      const record = jobQueues(dialect, [
        '* RabbitMQ',
        '* Kafka \u2014 ruled out: needs a dedicated ops team',
        '* NATS \u2014 ruled out',
        '* Amazon SQS (rejected)',
      ]);
      return {
        name: `${dialect}: a bare verdict says an option lost, not why`,
        text: record.text,
        errors: [
          { messageId: 'noReason', line: record.line(2), data: { option: 'NATS' } },
          { messageId: 'noReason', line: record.line(3), data: { option: 'Amazon SQS' } },
        ],
      };
    }),
    ...DIALECTS.map((dialect) => {
      const record = jobQueues(dialect, [
        '| Option | Verdict | Reason |',
        '|---|---|---|',
        '| RabbitMQ | Chosen | the team runs it |',
        '| Kafka | Rejected | needs a dedicated ops team |',
        '| NATS | Rejected | |',
      ]);
      return {
        name: `${dialect}: a verdict table row with an empty reason`,
        text: record.text,
        errors: [{ messageId: 'noReason', line: record.line(4), data: { option: 'NATS' } }],
      };
    }),
    ...DIALECTS.map((dialect) => {
      const record = flagService(dialect, [offered]);
      return {
        name: `${dialect}: ways offered and passed over with no reason`,
        text: record.text,
        errors: [
          { messageId: 'noReason', line: record.line, data: { option: 'LaunchDarkly' } },
          { messageId: 'noReason', line: record.line, data: { option: 'Unleash' } },
        ],
      };
    }),
    ...DIALECTS.map((dialect) => {
      const record = flagService(dialect, [
        offered,
        '',
        'The platform team owns the new service because it runs the config store.',
      ]);
      return unreasoned(
        `${dialect}: a reason for who owns the choice is no reason the offered ways lost`,
        record,
        'LaunchDarkly',
        'Unleash',
      );
    }),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: a choice that only "scored well" does not say why the others lost`,
      text: ciMatrix(dialect, 'We chose GitHub Actions, which scored well in the matrix.'),
      errors: [
        { messageId: 'noReason', data: { option: 'Jenkins' } },
        { messageId: 'noReason', data: { option: 'CircleCI' } },
      ],
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: a candidate whose analysis only describes it, or lists its pros, has no reason`,
      text: analysedCandidates(dialect, [
        'A hosted monitoring service with dashboards and alerting.',
        '',
        '* Good, because the on-call team already knows its dashboards.',
      ]),
      errors: [{ messageId: 'noReason', data: { option: 'Datadog' } }],
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: a pro marked by a symbol is no reason it lost, whatever its cue words`,
      text: analysedCandidates(dialect, [
        'A hosted monitoring service with dashboards and alerting.',
        '',
        '* ✅ Quick to adopt, because the on-call team already knows its dashboards.',
      ]),
      errors: [{ messageId: 'noReason', data: { option: 'Datadog' } }],
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: a plain cost denied, even with words between ("No real vendor lock-in"), is no reason`,
      text: analysedCandidates(dialect, ['No real vendor lock-in: the agent is open source.']),
      errors: [{ messageId: 'noReason', data: { option: 'Datadog' } }],
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: a plain cost denied ("Zero extra memory") is no reason it lost`,
      text: analysedCandidates(dialect, [
        'Zero extra memory on each host, with dashboards and alerting in one product.',
      ]),
      errors: [{ messageId: 'noReason', data: { option: 'Datadog' } }],
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: a plain cost the candidate avoids is no reason it lost`,
      text: analysedCandidates(dialect, ['Avoids vendor lock-in and keeps one agent on every host.']),
      errors: [{ messageId: 'noReason', data: { option: 'Datadog' } }],
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: a candidate described by what it ties together has no reason it lost`,
      text: analysedCandidates(dialect, ['Ties traces, logs and metrics together in one hosted product.']),
      errors: [{ messageId: 'noReason', data: { option: 'Datadog' } }],
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: a reasoning section that only argues for the choice leaves the other positions unreasoned`,
      text: arguedPositions(dialect, ['PostgreSQL gives the finance team SQL directly.']),
      errors: [
        { messageId: 'noReason', data: { option: 'DynamoDB with streams into a reporting copy' } },
        { messageId: 'noReason', data: { option: 'An event store' } },
      ],
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: an alternative heading that only describes the alternative gives no reason it lost`,
      text: alternativeHeadings(dialect, ['Cloudflare in front of every API.']),
      errors: [{ messageId: 'noReason', data: { option: 'Alternative 2: a managed WAF' } }],
    })),
    {
      name: 'MADR: an option heading with only a "#### Pros" sub-heading gives no reason it lost',
      text: labelHeadings('madr', []),
      errors: [{ messageId: 'noReason', data: { option: 'Apache Kafka' } }],
    },
    ...(['nygard', 'madr', 'log4brains'] as const).map((dialect) => ({
      name: `${dialect}: a loser the decision leaves out still needs a reason when the others are named as code`,
      text: jobRunners(dialect, losersAsCode.slice(0, 1)),
      errors: [{ messageId: 'noReason', data: { option: 'delayed_job' } }],
    })),
    {
      name: 'Nygard: numbered candidates in a code block, picked by label, the others with no reason',
      text: namingSchemes(['We will use "scheme 2" and rename the existing topics to match it.']),
      errors: [
        { messageId: 'noReason', line: 14, data: { option: 'Scheme 1: {team}.{service}.{event}' } },
        { messageId: 'noReason', line: 20, data: { option: 'Scheme 3: {env}/{team}/{event}' } },
      ],
    },
    {
      name: 'MADR 4: labelled candidates in the problem statement; one loses by label with a reason, one without',
      text: adr(
        '---',
        'status: accepted',
        '---',
        '# Tenant isolation in the reporting store',
        '',
        '## Context and Problem Statement',
        '',
        'Variant 1: one database per tenant.',
        '',
        'Variant 2: one schema per tenant in a shared database.',
        '',
        'Variant 3: a tenant column on every table.',
        '',
        '## Decision Outcome',
        '',
        'Chosen option: "Variant 2", because it keeps backups per tenant.',
        'Variant 3 was turned down because one missing filter leaks data across tenants.',
      ),
      errors: [{ messageId: 'noReason', line: 8, data: { option: 'Variant 1: one database per tenant.' } }],
    },
    {
      name: 'log4brains: labelled list items in the context, picked by label, the other without a reason',
      text: adr(
        '# Cut-over for the billing database',
        '',
        '- Status: accepted',
        '- Date: 2024-04-22',
        '',
        '## Context',
        '',
        '- Plan A: stop writes for an hour and copy the data.',
        '- Plan B: replicate continuously and switch over in seconds.',
        '',
        '## Decision',
        '',
        'We go with Plan B.',
      ),
      errors: [
        {
          messageId: 'noReason',
          line: 8,
          data: { option: 'Plan A: stop writes for an hour and copy the data.' },
        },
      ],
    },
    {
      name: 'log4brains: "avoid X and use Y instead" in a record that gives no reason anywhere',
      text: namedExports('We will avoid default exports in all our packages, and use named exports instead.'),
      errors: [{ messageId: 'noReason', line: 8, data: { option: 'default exports in all our packages' } }],
    },
    {
      name: 'MADR 4: "use Y instead of X" with nothing but the decision outcome',
      text: adr(
        '---',
        'status: accepted',
        'date: 2024-06-03',
        '---',
        '# Primary keys for new tables',
        '',
        '## Decision Outcome',
        '',
        'We will use UUIDv7 keys instead of serial integers in every new table.',
      ),
      errors: [{ messageId: 'noReason', line: 9, data: { option: 'serial integers in every new table' } }],
    },
    {
      name: 'Nygard: "Y rather than X" in a bare decision',
      text: adr(
        '# 7. Indentation',
        '',
        '## Status',
        '',
        'Accepted',
        '',
        '## Decision',
        '',
        'We will indent with tabs rather than spaces.',
      ),
      errors: [{ messageId: 'noReason', line: 9, data: { option: 'spaces' } }],
    },
    {
      name: 'Nygard: the decision restates one candidate in other words; only the others lack a reason',
      text: adr(
        '# 7. Rolling out new base images',
        '',
        '## Status',
        '',
        'Accepted',
        '',
        '## Context',
        '',
        'There are several possible ways to roll out a new base image:',
        '',
        '* Manual replacement of servers',
        '* Scheduled rebuilds of every group',
        '',
        '## Decision',
        '',
        'We will manually replace the affected servers after each image build.',
      ),
      errors: [{ messageId: 'noReason', line: 12, data: { option: 'Scheduled rebuilds of every group' } }],
    },
    {
      name: 'Nygard: an alternative the decision only names by its place, with no reason',
      text: adr(
        '# 4. Where the nightly jobs run',
        '',
        '## Status',
        '',
        'Accepted',
        '',
        '## Decision',
        '',
        'We discussed three options:',
        '',
        '1. a cron container per service',
        '2. a workflow engine we host ourselves',
        '3. the scheduler of our CI system',
        '',
        'Option 2 was discounted: nobody is on call for it.',
        '',
        'We chose the third option.',
      ),
      errors: [{ messageId: 'noReason', line: 11, data: { option: 'a cron container per service' } }],
    },
    {
      name: 'Nygard: an "Alternatives Considered" paragraph that says nothing about why it lost',
      text: proseAlternative(['Run the service on dedicated virtual machines managed by the team.']),
      errors: [
        {
          messageId: 'noReason',
          line: 19,
          data: { option: 'Run the service on dedicated virtual machines managed by the team' },
        },
      ],
    },
    {
      name: 'MADR 4: a Rejected Options paragraph with no reason anywhere',
      text: adr(
        '---',
        'status: proposed',
        '---',
        '# Message format for events',
        '',
        '## Decision Outcome',
        '',
        'Events are encoded as Avro with a schema registry.',
        '',
        '## Rejected Options',
        '',
        'Protocol Buffers with generated classes for each consumer.',
      ),
      errors: [{ messageId: 'noReason', line: 12 }],
    },
    {
      name: 'Nygard: a labelled option with only pros under it has no reason',
      text: labelledOptions(['✅ Pros:', 'No new infrastructure to run.']),
      errors: [
        {
          messageId: 'noReason',
          line: 11,
          data: { option: 'Option 1: A table in PostgreSQL polled by workers' },
        },
      ],
    },
    {
      name: 'MADR 4: "Option B" in the decision names the choice; the other labelled option has no reason',
      text: adr(
        '---',
        'status: proposed',
        '---',
        '# Search index refresh',
        '',
        '## Considered Options',
        '',
        '**Option A:** Rebuild the index nightly.',
        '',
        '**Option B:** Update the index on every write.',
        '',
        '## Decision Outcome',
        '',
        'We take option B.',
      ),
      errors: [{ messageId: 'noReason', line: 8, data: { option: 'Option A: Rebuild the index nightly.' } }],
    },
    {
      name: 'MADR 4: a template\'s "because …" under an option is not a reason',
      text: adr(
        '# Wording of the status line',
        '',
        '## Considered Options',
        '',
        '* Plain, because …',
        '* Short, because …',
        '* Formal, because …',
        '',
        '## Decision Outcome',
        '',
        'Chosen option: "Plain", because it reads naturally.',
        '',
        '## Pros and Cons of the Options',
        '',
        '### Formal',
        '',
        '* Bad, because it sounds stiff.',
      ),
      errors: [{ messageId: 'noReason', line: 6, data: { option: 'Short' } }],
    },
    {
      name: 'MADR 4: a decision sentence that prefers the choice over an alternative gives no reason',
      text: madr4([
        'Chosen option: "S3-compatible object storage".',
        'We prefer S3-compatible object storage over PostgreSQL large objects and a shared NFS volume.',
      ]),
      errors: [
        { messageId: 'noReason', line: 11, data: { option: 'PostgreSQL large objects' } },
        { messageId: 'noReason', line: 12, data: { option: 'Shared NFS volume' } },
      ],
    },
    {
      name: 'MADR 4: one alternative without a reason, reported at its list item',
      text: madr4(
        [chosenS3],
        [
          '### PostgreSQL large objects',
          '',
          '* Bad, because backups grow by 800 GB a year.',
          '',
          '### Shared NFS volume',
          '',
          '* Good, because every server can mount it.',
        ],
      ),
      errors: [{ messageId: 'noReason', line: 12, column: 1, data: { option: 'Shared NFS volume' } }],
    },
    {
      name: 'home-grown: a status quo that only says what stays, with no "will stay" or other reason',
      text: adr(
        '# 31. Per-height commit delay',
        '',
        '## Status',
        '',
        'Accepted',
        '',
        '## Decision',
        '',
        'Move the commit delay into the block response, so the application sets it per height.',
        '',
        '## Alternative Approaches',
        '',
        '1. Do nothing.',
        '2. Make the delay a global parameter. It stays in the node config file.',
      ),
      errors: [
        { messageId: 'noReason', line: 13, data: { option: 'Do nothing' } },
        { messageId: 'noReason', line: 14 },
      ],
    },
    {
      name: 'MADR 4: no reasons at all, one finding per alternative',
      text: madr4([chosenS3]),
      errors: [
        { messageId: 'noReason', line: 11, data: { option: 'PostgreSQL large objects' } },
        { messageId: 'noReason', line: 12, data: { option: 'Shared NFS volume' } },
      ],
    },
    {
      name: 'MADR 4: the outcome does not say which option was chosen: one finding, no guesses',
      text: madr4(['We will pick one of these after the pilot in March.']),
      errors: [
        {
          messageId: 'unknownChosen',
          line: 14,
          column: 1,
          data: { example: 'S3-compatible object storage' },
        },
      ],
    },
    {
      name: 'MADR 4: the chosen option is not among the listed ones, so every listed option needs a reason',
      text: madr4(['Chosen option: "Ceph cluster", because we already run one.']),
      errors: [
        { messageId: 'noReason', line: 10, data: { option: 'S3-compatible object storage' } },
        { messageId: 'noReason', line: 11, data: { option: 'PostgreSQL large objects' } },
        { messageId: 'noReason', line: 12, data: { option: 'Shared NFS volume' } },
      ],
    },
    {
      name: 'MADR 2: the outcome names two options, so the chosen one is unknown',
      text: adr(
        '# Use Keycloak for single sign-on',
        '',
        '* Status: accepted',
        '* Date: 2021-06-14',
        '',
        '## Considered Options',
        '',
        '* Keycloak',
        '* Auth0',
        '* Okta',
        '',
        '## Decision Outcome',
        '',
        'Keycloak and Auth0 both fit; the security team decides next sprint.',
      ),
      errors: [{ messageId: 'unknownChosen', line: 12, data: { example: 'Keycloak' } }],
    },
    {
      name: 'log4brains: three options, alternatives without reasons',
      text: adr(
        '# Publish the docs site with GitHub Pages',
        '',
        '- Status: accepted',
        '- Date: 2022-01-10',
        '',
        '## Considered Options',
        '',
        '- GitHub Pages',
        '- Netlify',
        '- A bucket behind our CDN',
        '',
        '## Decision Outcome',
        '',
        'Chosen option: "GitHub Pages", because the repository already lives on GitHub.',
      ),
      errors: [
        { messageId: 'noReason', line: 9, data: { option: 'Netlify' } },
        { messageId: 'noReason', line: 10, data: { option: 'A bucket behind our CDN' } },
      ],
    },
    {
      name: 'home-grown: a Rejected Alternatives section that lists names only',
      text: adr(
        '# Message broker for order events',
        '',
        'Status: Accepted',
        '',
        '## Decision',
        '',
        'We use NATS JetStream for order events.',
        '',
        '## Rejected Alternatives',
        '',
        '* Kafka',
        '* RabbitMQ',
      ),
      errors: [
        { messageId: 'noReason', line: 11, data: { option: 'Kafka' } },
        { messageId: 'noReason', line: 12, data: { option: 'RabbitMQ' } },
      ],
    },
    {
      name: 'home-grown: a table of options with no verdicts',
      text: adr(
        '# Message broker for order events',
        '',
        'Status: Proposed',
        '',
        '## Alternatives Considered',
        '',
        '| Option | Cost per month |',
        '|---|---|',
        '| Kafka (managed) ✅ | $1,200 |',
        '| NATS JetStream | $300 |',
        '| Keep polling | $0 |',
      ),
      errors: [
        { messageId: 'noReason', line: 10, data: { option: 'NATS JetStream' } },
        { messageId: 'noReason', line: 11, data: { option: 'Keep polling' } },
      ],
    },
  ],
});

/** An event-transport record in `dialect` whose decision is `sentence`; returns its text and the decision's line. */
const chosenOver = (dialect: Dialect, sentence: string) => {
  const head = [...recordHead(dialect, 'Event transport', { number: 8 }), decisionHeading(dialect), ''];
  return { text: adr(...head, sentence), line: head.length + 1 };
};

ruleTester(rejectedAlternativesReasoned, {
  valid: DIALECTS.map((dialect) => ({
    name: `${dialect}: "chose A over B and C" with the reason in the same sentence`,
    text: chosenOver(
      dialect,
      'We chose RabbitMQ over Kafka and NATS, because neither runs on our 2 GB gateways.',
    ).text,
  })),
  invalid: DIALECTS.map((dialect) => {
    const record = chosenOver(dialect, 'We chose RabbitMQ over Kafka and NATS.');
    return unreasoned(`${dialect}: "chose A over B and C" with no reason`, record, 'Kafka', 'NATS');
  }),
});

/** A broker record in `dialect` whose context ends with `considered`; returns its text and that line. */
const alsoConsideredBrokers = (dialect: Dialect, considered: string) => {
  const head = [
    ...recordHead(dialect, 'Message broker', { number: 9 }),
    '## Context',
    '',
    'Order events are lost when the monolith restarts.',
  ];
  return {
    text: adr(
      ...head,
      considered,
      '',
      decisionHeading(dialect),
      '',
      'We will use RabbitMQ with durable queues, because the billing team already runs it.',
    ),
    line: head.length,
  };
};

ruleTester(rejectedAlternativesReasoned, {
  valid: [
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: "Kafka and NATS were also considered." with why they lost in the next sentence`,
      text: alsoConsideredBrokers(
        dialect,
        'Kafka and NATS were also considered. Both need a platform team we lack.',
      ).text,
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: "Cost and latency were also considered." names concerns, not alternatives`,
      text: alsoConsideredBrokers(dialect, 'Cost and latency were also considered.').text,
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: "Security was also considered." names a concern, not an alternative`,
      text: alsoConsideredBrokers(dialect, 'Security was also considered.').text,
    })),
  ],
  invalid: DIALECTS.map((dialect) => {
    const record = alsoConsideredBrokers(dialect, 'Kafka and NATS were also considered.');
    return unreasoned(
      `${dialect}: "Kafka and NATS were also considered." with no reason either lost`,
      record,
      'Kafka',
      'NATS',
    );
  }),
});

/**
 * A web framework record in `dialect` whose options list gives each alternative's verdict after a
 * colon on its own line; returns its text and the line of `reactive`, the first alternative.
 */
const frameworksWithVerdicts = (dialect: Dialect, reactive: string, micro: string) => {
  const head = [
    ...recordHead(dialect, 'Web framework for the report service', { number: 12 }),
    '## Considered Options',
    '',
  ];
  return {
    text: adr(
      ...head,
      reactive,
      micro,
      '* Spring Boot with Kotlin',
      '',
      decisionHeading(dialect),
      '',
      'Chosen option: "Spring Boot with Kotlin", because four of our five services already run on it.',
    ),
    line: head.length + 1,
  };
};

ruleTester(rejectedAlternativesReasoned, {
  valid: DIALECTS.map((dialect) => ({
    name: `${dialect}: the alternatives' shortcomings after a colon on their own lines ("poor documentation")`,
    text: frameworksWithVerdicts(
      dialect,
      '* Vert.x with Kotlin: poor documentation and few examples',
      '* Micronaut: poorly documented plugins',
    ).text,
  })),
  invalid: DIALECTS.flatMap((dialect) => [
    {
      name: `${dialect}: an alternative's line after the colon only describes it`,
      text: frameworksWithVerdicts(
        dialect,
        '* Vert.x with Kotlin: a reactive toolkit on Netty',
        '* Micronaut: poorly documented plugins',
      ).text,
      errors: [
        {
          messageId: 'noReason',
          line: frameworksWithVerdicts(dialect, '', '').line,
          data: { option: 'Vert.x with Kotlin' },
        },
      ],
    },
    {
      name: `${dialect}: "a poor man's actor system" names what an alternative is, not why it lost`,
      text: frameworksWithVerdicts(
        dialect,
        "* Vert.x with Kotlin: a poor man's actor system",
        '* Micronaut: poorly documented plugins',
      ).text,
      errors: [
        {
          messageId: 'noReason',
          line: frameworksWithVerdicts(dialect, '', '').line,
          data: { option: 'Vert.x with Kotlin' },
        },
      ],
    },
  ]),
});

/**
 * A module-loading record in `dialect` whose pros and cons sub-headings reword the list items they
 * argue, and whose choice rewords its item too; returns its text and the line of the second item.
 */
const rewordedModuleOptions = (dialect: Dialect, flagArgument: string, convertArgument: string) => {
  const head = [
    ...recordHead(dialect, 'Load generated bindings in Node', { number: 4 }),
    '## Considered Options',
    '',
    '* Patch the binding generator locally, for our own builds only',
  ];
  return {
    text: adr(
      ...head,
      '* Convert every package to CommonJS modules',
      '* Start Node with the experimental specifier resolution flag for tests',
      '',
      decisionHeading(dialect),
      '',
      'Chosen option: "running Node with its resolution flag", because it is the smallest change.',
      '',
      '## Pros and Cons of the Options',
      '',
      '### Local binding generator patch',
      '',
      '* Bad, because we would carry the patch through every generator upgrade',
      '',
      '### Convert packages to CommonJS',
      '',
      convertArgument,
      '',
      '### Node resolution flag',
      '',
      flagArgument,
    ),
    line: head.length + 1,
  };
};

ruleTester(rejectedAlternativesReasoned, {
  valid: DIALECTS.map((dialect) => ({
    name: `${dialect}: reworded sub-headings carry their items' cons, and the reworded choice is the flag`,
    text: rewordedModuleOptions(
      dialect,
      '* Good, because no source changes',
      '* Bad, because browsers cannot load CommonJS directly',
    ).text,
  })),
  invalid: DIALECTS.map((dialect) => {
    const record = rewordedModuleOptions(
      dialect,
      '* Good, because no source changes',
      '* Good, because CommonJS resolution is simpler',
    );
    return unreasoned(
      `${dialect}: a reworded sub-heading with only a pro leaves its item unreasoned`,
      record,
      'Convert every package to CommonJS modules',
    );
  }),
});

/**
 * An SDK record in `dialect` whose options list turns every listed option down on its own line,
 * the choice being only described in the decision; returns its text and the line of `vendored`.
 */
const everyListedOptionRejected = (dialect: Dialect, vendored: string) => {
  const head = [
    ...recordHead(dialect, 'Adopt the payments SDK', { number: 16 }),
    '## Considered Options',
    '',
    '- **Wait until the SDK reaches 1.0** — rejected because a late switch means one large migration.',
  ];
  return {
    text: adr(
      ...head,
      vendored,
      '- **Call the REST API by hand** — rejected because it duplicates the retry logic the SDK ships.',
      '',
      decisionHeading(dialect),
      '',
      'The SDK was adopted now as a pinned dependency, wrapped in our own client module.',
    ),
    line: head.length + 1,
  };
};

ruleTester(rejectedAlternativesReasoned, {
  valid: DIALECTS.map((dialect) => ({
    name: `${dialect}: every listed option rejected with a reason, the choice only in the decision`,
    text: everyListedOptionRejected(
      dialect,
      '- **Vendor the SDK as a git submodule** — rejected, since submodules break our CI cache.',
    ).text,
  })),
  invalid: DIALECTS.map((dialect) => {
    const record = everyListedOptionRejected(dialect, '- **Vendor the SDK as a git submodule** — rejected.');
    return unreasoned(
      `${dialect}: every listed option rejected, one with a bare verdict and no reason`,
      record,
      'Vendor the SDK as a git submodule',
    );
  }),
});

/**
 * A cache record in `dialect` whose options are grouped under two questions, chosen as "A2" and
 * "B1" and argued under labelled sub-headings, one of them reworded ("B2: Keep serving the stale
 * copy"); returns its text and the line of the item B2 stands for.
 */
const groupedByQuestion = (dialect: Dialect, staleArgument: string) => {
  const head = [
    ...recordHead(dialect, 'Handle a corrupt search index', { number: 7 }),
    '## Considered Options',
    '',
    '* A) When do we treat the index as corrupt?',
    '  * 1: On any read error',
    '  * 2: When the checksum stored beside the index does not match',
    '* B) What do we do with a corrupt index?',
    '  * 1: Rebuild the index from the database',
  ];
  return {
    text: adr(
      ...head,
      '  * 2: Serve the previous copy until someone intervenes',
      '',
      decisionHeading(dialect),
      '',
      '* A2: When the checksum stored beside the index does not match',
      '* B1: Rebuild the index from the database',
      '',
      '## Pros and Cons of the Options',
      '',
      '### A1: On any read error',
      '',
      '* Bad, because a full disk would wipe a healthy index',
      '',
      '### B2: Keep serving the stale copy',
      '',
      '* Good, because search stays up',
      staleArgument,
    ),
    line: head.length + 1,
  };
};

ruleTester(rejectedAlternativesReasoned, {
  valid: DIALECTS.map((dialect) => ({
    name: `${dialect}: options grouped under questions, chosen and argued by their "A2" / "B2" labels`,
    text: groupedByQuestion(dialect, '* Bad, because results go stale with nobody told').text,
  })),
  invalid: DIALECTS.map((dialect) => {
    const record = groupedByQuestion(dialect, '* Good, because nothing is lost');
    return unreasoned(
      `${dialect}: options grouped under questions, one argued by its label with pros only`,
      record,
      'Serve the previous copy until someone intervenes',
    );
  }),
});

/**
 * A compression record in `dialect` whose consequences say how the choice compares with one
 * alternative; returns its text and the line of that alternative.
 */
const comparedInConsequences = (dialect: Dialect, consequence: string) => {
  const head = [
    ...recordHead(dialect, 'Compress exported archives', { number: 14 }),
    '## Considered Options',
    '',
    '* Native zstd bindings of the runtime',
    '* A pure-JS port (decompress only)',
  ];
  return {
    text: adr(
      ...head,
      '* A WebAssembly build of the reference library',
      '',
      decisionHeading(dialect),
      '',
      'Chosen option: "Native zstd bindings of the runtime".',
      '',
      '## Consequences',
      '',
      consequence,
      '* Bad, because the minimum runtime version goes up.',
    ),
    line: head.length + 1,
  };
};

ruleTester(rejectedAlternativesReasoned, {
  valid: DIALECTS.flatMap((dialect) => [
    {
      name: `${dialect}: a consequence says the choice outperforms the alternative it names`,
      text: comparedInConsequences(
        dialect,
        '* Native code outperforms the WebAssembly build on large archives.',
      ).text,
    },
    {
      name: `${dialect}: a good consequence says the choice is faster than the alternative`,
      text: comparedInConsequences(
        dialect,
        '* Good, because native code is three times faster than the WebAssembly build.',
      ).text,
    },
  ]),
  invalid: DIALECTS.flatMap((dialect) =>
    [
      {
        name: `${dialect}: a consequence that names the alternative without weighing it against the choice`,
        consequence: '* Good, because no WebAssembly ships in the package at all.',
      },
      {
        name: `${dialect}: a cost of the choice measured against the alternative is the alternative's merit`,
        consequence: '* Bad, because native bindings are harder to install than the WebAssembly build.',
      },
    ].map(({ name, consequence }) => {
      const record = comparedInConsequences(dialect, consequence);
      return {
        name,
        text: record.text,
        errors: [
          {
            messageId: 'noReason',
            line: record.line,
            data: { option: 'A WebAssembly build of the reference library' },
          },
        ],
      };
    }),
  ),
});

/**
 * A CI record in `dialect` whose alternatives are sentences of an options section, the first one
 * known by the product it capitalises; returns its text and the line of that sentence.
 */
const sentenceLongAlternatives = (dialect: Dialect, decision: string) => {
  const head = [
    ...recordHead(dialect, 'Continuous integration service', { number: 24 }),
    '## Options considered',
    '',
  ];
  return {
    text: adr(
      ...head,
      'We have run Buildkite agents on our own machines for three years, so one option was to keep them.',
      '',
      'The other option we looked at is a hosted CI service.',
      '',
      decisionHeading(dialect),
      '',
      decision,
    ),
    line: head.length + 1,
  };
};

ruleTester(rejectedAlternativesReasoned, {
  valid: DIALECTS.map((dialect) => ({
    name: `${dialect}: the decision speaks of a sentence-long alternative by the name it capitalises`,
    text: sentenceLongAlternatives(dialect, 'We will move from Buildkite to the hosted CI service.').text,
  })),
  invalid: DIALECTS.map((dialect) => {
    const record = sentenceLongAlternatives(dialect, 'We will move to the hosted CI service.');
    return {
      name: `${dialect}: the decision never speaks of a sentence-long alternative`,
      text: record.text,
      errors: [
        {
          messageId: 'noReason',
          line: record.line,
          data: {
            option: 'We have run Buildkite agents on our own machines for three years',
          },
        },
      ],
    };
  }),
});

/**
 * A session-store record in `dialect` with two alternatives: "Sticky sessions", its pros and then
 * the lines `against` under its heading, and one with a con. Returns its text and the line listing
 * "Sticky sessions".
 */
const sessionStores = (dialect: Dialect, against: string[]) => {
  const head = [
    ...recordHead(dialect, 'Store session state in Redis', { number: 12 }),
    '## Considered Options',
    '',
  ];
  return {
    text: adr(
      ...head,
      '* Redis',
      '* Sticky sessions',
      '* PostgreSQL sessions',
      '',
      decisionHeading(dialect),
      '',
      'Chosen option: "Redis", because every web instance can read it.',
      '',
      '## Pros and Cons of the Options',
      '',
      '### Redis',
      '',
      'Pros:',
      '',
      '* Fast reads',
      '',
      '### Sticky sessions',
      '',
      'Pros:',
      '',
      '* Nothing new to run',
      '',
      ...against,
      '',
      '### PostgreSQL sessions',
      '',
      'Cons:',
      '',
      '* Adds a write to every request',
    ),
    line: head.length + 2,
  };
};

const REASONS_AGAINST_LABELS = [
  'Rejected because:',
  'Why not:',
  'Reasons against:',
  'Drawbacks:',
  'Downsides:',
];

ruleTester(rejectedAlternativesReasoned, {
  valid: DIALECTS.flatMap((dialect) =>
    REASONS_AGAINST_LABELS.map((label) => ({
      name: `${dialect}: the items under "${label}" are the reasons an alternative lost`,
      text: sessionStores(dialect, [
        label,
        '',
        '* A restart still drops every session pinned to that instance',
      ]).text,
    })),
  ),
  invalid: DIALECTS.map((dialect) =>
    unreasoned(
      `${dialect}: an alternative with only its pros has no reason it lost`,
      sessionStores(dialect, []),
      'Sticky sessions',
    ),
  ),
});

/**
 * A ledger record whose context ends with `intro` over a list of `items`, and whose decision picks
 * PostgreSQL in a sentence of its own; `line` is the first item's line.
 */
const ledgerAlternatives = (dialect: Dialect, intro: string, items: string[]) => {
  const head = [
    ...recordHead(dialect, 'Keep the billing ledger in PostgreSQL'),
    dialect === 'madr' ? '## Context and Problem Statement' : '## Context',
    '',
    'The billing ledger must survive a region outage and answer ad-hoc finance queries.',
    '',
    intro,
    '',
  ];
  return {
    text: adr(
      ...head,
      ...items,
      '',
      decisionHeading(dialect),
      '',
      'We will keep the billing ledger in PostgreSQL, because the finance team already writes SQL.',
    ),
    line: head.length + 1,
  };
};

const ALTERNATIVES_INTROS = [
  'We also considered:',
  'Alternatives considered:',
  'Other options we looked at:',
  'We also considered the following alternatives:',
];

ruleTester(rejectedAlternativesReasoned, {
  valid: DIALECTS.flatMap((dialect) => [
    ...ALTERNATIVES_INTROS.map((intro) => ({
      name: `${dialect}: every alternative under "${intro}" gives its reason`,
      text: ledgerAlternatives(dialect, intro, [
        '- MongoDB, rejected because finance cannot query it in SQL',
        '- DynamoDB, rejected because a scan per report costs too much',
      ]).text,
    })),
    {
      name: `${dialect}: a list under "We considered the following factors:" holds no alternatives`,
      text: ledgerAlternatives(dialect, 'We considered the following factors:', [
        '- Throughput',
        '- Reporting',
      ]).text,
    },
  ]),
  invalid: DIALECTS.flatMap((dialect) =>
    ALTERNATIVES_INTROS.map((intro) =>
      unreasoned(
        `${dialect}: an alternative under "${intro}" with no reason is reported`,
        ledgerAlternatives(dialect, intro, [
          '- MongoDB',
          '- DynamoDB, rejected because a scan per report costs too much',
        ]),
        'MongoDB',
      ),
    ),
  ),
});

/** Two listed ways under "We considered the following options:", and a decision that rules one out. */
const ruledOut = (dialect: Dialect, decision: string) =>
  adr(
    ...recordHead(dialect, 'Keep the content in the repository', { number: 6 }),
    '## Context',
    '',
    'We need to decide where the page texts live. We considered the following options:',
    '',
    '- a hosted content management system, fetched at build time',
    '- the content kept beside the code in the repository',
    '',
    decisionHeading(dialect),
    '',
    decision,
  );

ruleTester(rejectedAlternativesReasoned, {
  valid: DIALECTS.map((dialect) => ({
    name: `${dialect}: a decision that rules one listed way out leaves the other as the choice, not a loser`,
    text: ruledOut(
      dialect,
      'We do not use a hosted CMS, since the texts change twice a year and it costs $400 a month.',
    ),
  })),
  invalid: DIALECTS.map((dialect) => ({
    name: `${dialect}: a decision for a third way still owes a reason for each listed one`,
    text: ruledOut(dialect, 'We will use a shared spreadsheet because editors already know it.'),
    errors: [{ messageId: 'noReason' }, { messageId: 'noReason' }],
  })),
});

/** Three cache strategies weighed under MADR-style headings, with a decision the caller writes. */
const cacheStrategies = (dialect: Dialect, decision: string, purgeCons: string[]) =>
  adr(
    ...recordHead(dialect, 'Cache invalidation for account pages', { number: 8 }),
    '## Considered Options',
    '',
    '### Option 1: Time-based expiry',
    '',
    '* Good, because it is one setting',
    '* Bad, because reads are stale for up to a minute',
    '',
    '### Option 2: Write-through invalidation',
    '',
    '* Good, because reads are fresh',
    '* Bad, because every writer must know the cache',
    '',
    '### Option 3: Event-driven purge',
    '',
    '* Good, because it reaches every service',
    ...purgeCons,
    '',
    decisionHeading(dialect),
    '',
    decision,
  );

ruleTester(rejectedAlternativesReasoned, {
  valid: DIALECTS.flatMap((dialect) => [
    {
      name: `${dialect}: both parts of "Proposed: Option 1 (...) + Option 2 (...)" were chosen`,
      text: cacheStrategies(
        dialect,
        '**Proposed: Option 1 (Time-based expiry) + Option 2 (Write-through invalidation)**',
        ['* Bad, because it needs an event bus we do not run'],
      ),
    },
    {
      name: `${dialect}: "we decided for X and neglected Y" names the choice`,
      text: cacheStrategies(
        dialect,
        'We decided for write-through invalidation and neglected time-based expiry and event-driven purge, because stale balances confuse customers.',
        [],
      ),
    },
  ]),
  invalid: DIALECTS.map((dialect) => ({
    name: `${dialect}: the option left out of a combined choice still owes a reason`,
    text: cacheStrategies(
      dialect,
      '**Recommendation:** Options 1 and 2, expiry for lists and invalidation on edits.',
      [],
    ),
    errors: [{ messageId: 'noReason', data: { option: 'Option 3: Event-driven purge' } }],
  })),
});

/** Two ways to sync orders, a numbered heading for the first under the pros and cons, and a decision the caller writes. */
const ordersSync = (dialect: Dialect, decision: string, firstArguments: string[]) =>
  adr(
    ...recordHead(dialect, 'Sync orders to the warehouse', { number: 12 }),
    '## Considered Options',
    '',
    '1. Keep the nightly batch as-is',
    '2. Stream changes through `pg_logical` into a queue',
    '',
    decisionHeading(dialect),
    '',
    decision,
    '',
    '## Pros and Cons of the Options',
    '',
    '### Option 1: Keep as-is',
    '',
    ...firstArguments,
    '* Good, because nothing changes',
  );

ruleTester(rejectedAlternativesReasoned, {
  valid: DIALECTS.flatMap((dialect) => [
    {
      name: `${dialect}: the con under "Option 1: Keep as-is" is the reason the first listed option lost`,
      text: ordersSync(dialect, 'Chosen option: 2, because the warehouse needs orders within minutes.', [
        '* Bad, because orders wait up to a day',
      ]),
    },
    {
      name: `${dialect}: a decision naming the option's own tool chooses it`,
      text: ordersSync(dialect, 'Order changes leave the database through `pg_logical` slots.', [
        '* Bad, because orders wait up to a day',
      ]),
    },
  ]),
  invalid: DIALECTS.map((dialect) => ({
    name: `${dialect}: the option named by its tool leaves the other owing a reason`,
    text: ordersSync(dialect, 'Order changes leave the database through `pg_logical` slots.', []),
    errors: [{ messageId: 'noReason', data: { option: 'Keep the nightly batch as-is' } }],
  })),
});

/**
 * A decision described in prose, then the ways set aside under `heading`, each a bold name with
 * the verdict as the item under it (`verdicts[i]`, or none when empty).
 */
const setAside = (dialect: Dialect, heading: string, verdicts: [string, string]) =>
  adr(
    ...recordHead(dialect, 'Publish an OpenAPI description for every service', { number: 6 }),
    '## Context',
    '',
    'Clients of our services guess request shapes from examples in the wiki.',
    '',
    decisionHeading(dialect),
    '',
    'Every service publishes an OpenAPI description of its endpoints, generated or written by hand.',
    '',
    `## ${heading}`,
    '',
    '- **No common API description format**',
    ...(verdicts[0] ? [`  - ${verdicts[0]}`] : []),
    '',
    '- **One mandated generator for every team**',
    ...(verdicts[1] ? [`  - ${verdicts[1]}`] : []),
  );

const REASONED: [string, string] = [
  'Rejected because each client would need its own integration code.',
  'Rejected because two teams already generate their descriptions with other tools.',
];

ruleTester(rejectedAlternativesReasoned, {
  valid: DIALECTS.flatMap((dialect) => [
    {
      name: `${dialect}: every listed way rejected under it with a reason, the choice told in the decision`,
      text: setAside(dialect, 'Options Considered', REASONED),
    },
    {
      name: `${dialect}: "Other Options Considered" holds only the ways not taken`,
      text: setAside(dialect, 'Other Options Considered', REASONED),
    },
  ]),
  invalid: DIALECTS.flatMap((dialect) => [
    {
      name: `${dialect}: other options with no reason under one of them`,
      text: setAside(dialect, 'Other Options Considered', [REASONED[0], '']),
      errors: [{ messageId: 'noReason', line: { nygard: 20, madr: 19, log4brains: 18 }[dialect] }],
    },
  ]),
});

ruleTester(rejectedAlternativesReasoned, {
  valid: DIALECTS.map((dialect) => ({
    name: `${dialect}: what the chosen item's example gains, said right after it, is why the other lost`,
    text: auditTrailWays(
      dialect,
      'This has the advantage that each audit table can keep a foreign key to its entity.',
    ),
  })),
  invalid: DIALECTS.map((dialect) => ({
    name: `${dialect}: a plain remark after the chosen item's example gives no reason the other lost`,
    text: auditTrailWays(dialect, 'Support staff read the tables through the admin screens.'),
    errors: [{ messageId: 'noReason', data: { option: 'Keep one audit table for every entity' } }],
  })),
});

/** A record whose alternatives section gives each alternative's fate as a sub-item. */
const alternativesWithFates = (dialect: Dialect, schedulerFate: string) =>
  adr(
    ...recordHead(dialect, 'Run report jobs from a cron container', { date: '2024-09-02' }),
    '## Context',
    '',
    'Nightly reports run by hand today and are often forgotten.',
    '',
    decisionHeading(dialect),
    '',
    'We will run report jobs from a cron container.',
    '',
    '## Alternatives Considered',
    '',
    '- **Running reports by hand**',
    '  - Rejected due to missed runs on holidays.',
    '- **A workflow scheduler such as Airflow**',
    `  - ${schedulerFate}`,
  );

ruleTester(rejectedAlternativesReasoned, {
  valid: DIALECTS.map((dialect) => ({
    name: `${dialect}: an alternative deferred until a named event has its reason`,
    text: alternativesWithFates(dialect, 'Deferred until the data team picks an orchestration platform.'),
  })),
  invalid: DIALECTS.map((dialect) => ({
    name: `${dialect}: an alternative only called deferred, with no condition, has no reason`,
    text: alternativesWithFates(dialect, 'Deferred.'),
    errors: [{ messageId: 'noReason', data: { option: 'A workflow scheduler such as Airflow' } }],
  })),
});

/** A record that considered a message bus among others; `busText` is all it says of the bus. */
const alsoConsideredBus = (dialect: Dialect, busText: string) =>
  adr(
    ...recordHead(dialect, 'Build an order gateway', { date: '2024-10-14' }),
    '## Context',
    '',
    'Six services call the order database directly.',
    '',
    'We also considered:',
    '',
    '* Direct calls between the services',
    '',
    '    Each service would have to track the versions of every other, which we cannot keep up with.',
    '',
    '* A message bus between the services',
    '',
    `    ${busText}`,
    '',
    decisionHeading(dialect),
    '',
    'We will build an order gateway that the six services call.',
  );

ruleTester(rejectedAlternativesReasoned, {
  valid: DIALECTS.map((dialect) => ({
    name: `${dialect}: an alternative that would become a single point of failure has its reason`,
    text: alsoConsideredBus(
      dialect,
      'The bus itself would become a single point of failure for every order.',
    ),
  })),
  invalid: DIALECTS.map((dialect) => ({
    name: `${dialect}: a risk the alternative would mitigate is its merit, not why it lost`,
    text: alsoConsideredBus(
      dialect,
      'We may add one later: it could help us mitigate the risk of a single point of failure in the gateway.',
    ),
    errors: [{ messageId: 'noReason', data: { option: 'A message bus between the services' } }],
  })),
});

/** Three licences of one kind and a fourth of another; `why` is what the record says of the ones that lost. */
const licences = (dialect: Dialect, why: string[]) =>
  adr(
    ...recordHead(dialect, 'License the handbook under Creative Commons', { date: '2024-11-05' }),
    '## Context',
    '',
    'Partners want to translate and reprint the handbook.',
    '',
    '## Considered Options',
    '',
    '* MIT License',
    '* BSD License',
    '* Apache License',
    '* Creative Commons BY 4.0',
    '',
    decisionHeading(dialect),
    '',
    'We will publish the handbook under Creative Commons BY 4.0.',
    'Quoted material may keep another license only when it allows reprints.',
    ...why,
  );

ruleTester(rejectedAlternativesReasoned, {
  valid: DIALECTS.map((dialect) => ({
    name: `${dialect}: each licence that lost is named with its reason`,
    text: licences(dialect, [
      '',
      '## Rejected Options',
      '',
      '* MIT License: it is written for code, not prose.',
      '* BSD License: it is written for code too.',
      '* Apache License: it is too long for a printed appendix.',
    ]),
  })),
  invalid: DIALECTS.map((dialect) => ({
    name: `${dialect}: the word most options share names their kind, not the ones that lost`,
    text: licences(dialect, []),
    errors: [
      { messageId: 'noReason', data: { option: 'MIT License' } },
      { messageId: 'noReason', data: { option: 'BSD License' } },
      { messageId: 'noReason', data: { option: 'Apache License' } },
    ],
  })),
});
