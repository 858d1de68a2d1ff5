import { DIALECTS, type Dialect, decisionHeading, recordHead } from '../../test/dialects.js';
import { adr, ruleTester } from '../../test/rule-tester.js';
import { decisionJustified } from './decision-justified.js';

/** MADR 4 with decision drivers; the outcome heading is on line 16 and holds `outcome`. */
const madr4 = (...outcome: string[]) =>
  adr(
    '---',
    'status: accepted',
    '---',
    '# Store sessions in Redis',
    '',
    '## Decision Drivers',
    '',
    '* Session reads under 5 ms at p95',
    '* Survives a restart of one web node',
    '',
    '## Considered Options',
    '',
    '* Redis',
    '* Sticky sessions in memory',
    '',
    '## Decision Outcome',
    '',
    ...outcome,
  );

/** Nygard without drivers; the decision heading is on line 7. */
const nygard = (...decision: string[]) =>
  adr(
    '# 8. Use PostgreSQL for the ledger',
    '',
    '## Status',
    '',
    'Accepted',
    '',
    '## Decision',
    '',
    ...decision,
  );

/** A decision stated without a reason, followed by a Tyree and Akerman "## Argument" section holding `argument`. */
const tyreeArgument = (dialect: Dialect, ...argument: string[]) =>
  adr(
    ...recordHead(dialect, 'Ledger store for billing', { number: 12 }),
    decisionHeading(dialect),
    '',
    'We store the ledger in PostgreSQL 16.',
    '',
    '## Argument',
    '',
    ...argument,
  );

/** Three listed session stores and a decision that picks the first by name, then says `rest`. */
const sessionStores = (dialect: Dialect, rest: string) =>
  adr(
    ...recordHead(dialect, 'Session storage', { number: 12 }),
    '## Considered Options',
    '',
    '* Redis (managed)',
    '* Sticky sessions on the load balancer',
    '* Signed JWT cookies',
    '',
    decisionHeading(dialect),
    '',
    `Redis. ${rest}`,
  );

/** A decision without drivers or listed options that states the move to Kafka as `decision`. */
const kafkaMove = (dialect: Dialect, decision: string) =>
  adr(...recordHead(dialect, 'Event transport', { number: 4 }), decisionHeading(dialect), '', decision);

ruleTester(decisionJustified, {
  valid: [
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: a reason after a colon, with no cue word`,
      text: kafkaMove(dialect, "We'll move to Kafka: it keeps a replayable log that consumers can re-read."),
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: a reason after a dash, with no cue word`,
      text: kafkaMove(dialect, 'We will use Kafka \u2014 it already runs in every region we deploy to.'),
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: what the other way would cost, after a semicolon`,
      text: kafkaMove(
        dialect,
        'We will not move to Kubernetes; the four-month migration would stop all platform work.',
      ),
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: a reason after a semicolon, with no cue word`,
      text: kafkaMove(dialect, 'We will use Kafka; it keeps a replayable log that consumers can re-read.'),
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: the decision says why the alternatives lost`,
      text: sessionStores(
        dialect,
        'Sticky sessions still log users out on deploy, and JWT cookies cannot be revoked before they expire.',
      ),
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: Tyree and Akerman's "Argument" section argues the decision`,
      text: tyreeArgument(dialect, 'PostgreSQL gives the finance team SQL directly.'),
    })),
    {
      name: 'MADR 4: a because that names a driver',
      text: madr4(
        'Chosen option: "Redis", because its reads stay under 5 ms and sessions survive a node restart.',
      ),
    },
    {
      name: 'MADR 4: a driver named through another form of its word',
      text: madr4('Chosen option: "Redis", since a restarted node finds every session still there.'),
    },
    {
      name: 'MADR 4: the outcome points at the drivers themselves',
      text: madr4('Chosen option: "Redis", because it is the only option that meets both decision drivers.'),
    },
    {
      name: 'MADR 2: a purpose clause is a reason',
      text: adr(
        '# Pin base images by digest',
        '',
        '* Status: accepted',
        '',
        '## Decision Outcome',
        '',
        'We pin every base image by digest to avoid silent upgrades in production builds.',
      ),
    },
    {
      name: 'Nygard: because, without drivers',
      text: nygard('We will use PostgreSQL because it gives us serializable transactions.'),
    },
    {
      name: 'Nygard: "so that"',
      text: nygard('We will use PostgreSQL so that ledger writes are transactional.'),
    },
    {
      name: 'log4brains: a Rationale section argues the decision',
      path: 'docs/adr/20240101-default-datasource.md',
      text: adr(
        '# Default datasource',
        '',
        '## Decision',
        '',
        'Every SQL store falls back to the default datasource.',
        '',
        '## Rationale',
        '',
        'Most deployments use one database, and naming it for every store is busywork.',
      ),
    },
    {
      name: 'home-grown: no decision section and no chosen option: nothing to check',
      text: adr('# Notes on caching', '', '## Background', '', 'Caching is hard.'),
    },
  ],
  invalid: [
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: what follows a colon is a plan, not a reason`,
      text: kafkaMove(
        dialect,
        "We'll move to Kafka: the migration starts in Q3 and it was tried once in 2019.",
      ),
      errors: [{ messageId: 'noReason' }],
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: what follows a semicolon is a plan or a possibility, not a reason`,
      text: kafkaMove(
        dialect,
        'We will move to Kafka; the migration starts in Q3 and the old queue could also be used for replays.',
      ),
      errors: [{ messageId: 'noReason' }],
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: a label's colon and a list item's semicolon open no reason`,
      text: kafkaMove(
        dialect,
        'We will move to Kafka.\n\nNote: they would not see the old topics.\n\n* export the topics;\n* It is up to each team to replay them.',
      ),
      errors: [{ messageId: 'noReason' }],
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: naming the alternatives without a reason is no reason`,
      text: sessionStores(dialect, 'Sticky sessions and JWT cookies were looked at as well.'),
      errors: [{ messageId: 'noReason' }],
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: an empty "Argument" section argues nothing`,
      text: tyreeArgument(dialect),
      errors: [{ messageId: 'noReason' }],
    })),
    {
      name: 'MADR 4: a chosen option with no reason',
      text: madr4('Chosen option: "Redis".'),
      errors: [{ messageId: 'noReason', line: 16, column: 1 }],
    },
    {
      name: 'MADR 4: a reason that ignores the drivers',
      text: madr4('Chosen option: "Redis", because comes out best (see below).'),
      errors: [
        {
          messageId: 'driversIgnored',
          line: 16,
          data: { drivers: '"Session reads under 5 ms at p95", "Survives a restart of one web node"' },
        },
      ],
    },
    {
      name: 'MADR 2: consequences under the outcome are not its reasons',
      text: adr(
        '# Pin base images by digest',
        '',
        '* Status: accepted',
        '',
        '## Decision Outcome',
        '',
        'We pin every base image by digest.',
        '',
        '### Positive Consequences',
        '',
        '* Builds are reproducible because the image never changes.',
      ),
      errors: [{ messageId: 'noReason', line: 5 }],
    },
    {
      name: 'Nygard: a bare decision',
      text: nygard('We will use PostgreSQL.'),
      errors: [{ messageId: 'noReason', line: 7 }],
    },
    {
      name: 'Nygard: "since" before a date is no reason',
      text: nygard('We have used PostgreSQL since 2019 and keep it for the ledger.'),
      errors: [{ messageId: 'noReason', line: 7 }],
    },
    {
      name: 'log4brains: an outcome that only restates the option',
      path: 'docs/adr/20240101-use-nextjs.md',
      text: adr(
        '# Use Next.js',
        '',
        '- Status: accepted',
        '',
        '## Decision Outcome',
        '',
        'Chosen option: "Next.js".',
      ),
      errors: [{ messageId: 'noReason', line: 5 }],
    },
    {
      name: 'home-grown: a Proposal section without a reason',
      text: adr('# Move to Fargate', '', '## Proposal', '', 'Move from managed nodes to Fargate.'),
      errors: [{ messageId: 'noReason', line: 3 }],
    },
  ],
});
