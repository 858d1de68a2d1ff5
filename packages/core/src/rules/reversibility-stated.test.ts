import { DIALECTS, type Dialect, decisionHeading, recordHead } from '../../test/dialects.js';
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

/** The same record in each dialect with the caller's consequences; the consequences heading is on line 10 (Nygard 13). */
const inDialect = (dialect: Dialect, ...consequences: string[]) =>
  adr(
    ...recordHead(dialect, 'Keep sessions in Redis', { number: 14, date: '2025-02-03' }),
    decisionHeading(dialect),
    '',
    'Sessions move from app-server memory to a three-node Redis cluster.',
    '',
    '## Consequences',
    '',
    ...consequences,
  );

/** How a record says what undoing the decision takes, in words teams use. */
const UNDO_STATEMENTS = [
  'Undoing this means copying 2 TB of sessions back, about two weeks of work.',
  "We can't easily go back once the mobile clients depend on the new session format.",
  'Rolling back means redeploying the previous image with the in-memory store.',
  'There is no way back once the old session tables are dropped.',
  'We can always go back to in-memory sessions by changing one setting.',
  'Moving off Redis later would mean rewriting the session middleware.',
  'If it does not work out, we return to the old store on each app server.',
  'We can replace the Redis client behind our adapter in a day.',
  'We keep the old session service running for a month so we can fall back to it.',
  'Moving back to in-memory sessions would take about two sprints.',
  'The new store ships behind the `redis-sessions` flag; we can turn the flag off to roll back within minutes.',
  'We roll back by disabling the redis-sessions feature flag.',
  'We keep the WSDL in the archive repository in case we need to stand the gateway up again (about two days, from the tagged image).',
  'Bringing the old importer back would take a week of work.',
  'Going back to Zipkin is possible through its exporter, a config change in each service.',
  'Moving to Memcached later means rewriting the session middleware; that is about two weeks of work.',
  'We can move to Memcached later: both speak the same protocol, so only the client changes.',
  'Reversing it is cheap: we point the app servers at the in-memory store.',
  'To undo, point the app servers at the in-memory store, which stays in the code.',
  'To reverse this, set SESSION_STORE=memory and restart the app servers.',
  'If we need in-memory sessions again in the future, we can easily support that by switching the store setting back.',
  'Should the team ever want the old session service again, we could re-enable it from the tagged release.',
  'The fallback is to repoint the app servers at the old session service.',
  'Our fallback is to route session reads back to the app servers.',
  'The migration goes service by service; the fallback is to repoint the session client to app-server memory.',
  'We will retain the flexibility to continue to support in-memory sessions should the need arise.',
  'Good, because we can always split the session cluster per region later.',
  'Most of the middleware would be needed by a database-backed store too, so switching to one later remains an option.',
  'If Redis proves too costly to run, a migration path to Postgres sessions would be tedious but not hard, since the store interface is small.',
  'Swapping Redis out again would touch every session read in the checkout flow.',
  'We keep the in-memory store in a branch so that a future migration has somewhere to start.',
  'Extraction of the admin sessions into their own cluster later will require a planned migration.',
  'A client swap touches every session read in the checkout flow.',
  'There will be a little more work to use in-memory sessions later, as each app server needs its cache again.',
  'This keeps development fast without ruling out a future change of store.',
  'Minimal obstacles to migrate to a managed store later.',
  'The other option is still possible to revisit in the future.',
  'We accept a vendor lock-in to the managed Redis modules.',
  'We use no Redis-only commands, which lets us change our mind about the store at a later date.',
  'Nothing stops us from moving sessions to the database later.',
  'The old session tables are neither read nor deleted, so a rollback to the previous release still finds its data.',
  'The previous in-memory store stays in the code until June so that we can roll back with one setting.',
  'Going back to in-memory sessions is a config change.',
  'If this does not work out, we can revert to the previous store within an hour.',
  'If we change our minds, we only need to point the app servers at the in-memory store.',
  'The old session tables are kept for three months in case we need to go back.',
  'A return to in-memory sessions would take an afternoon.',
];

ruleTester(reversibilityStated, {
  valid: [
    ...DIALECTS.flatMap((dialect) =>
      UNDO_STATEMENTS.map((statement) => ({
        name: `${dialect}: "${statement.slice(0, 40)}..." says how the decision is undone`,
        text: inDialect(dialect, statement),
      })),
    ),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: a "Back-out plan" section is the reversibility section`,
      text: inDialect(
        dialect,
        'Deploys no longer drop sessions.',
        '',
        '## Back-out plan',
        '',
        'Point the app servers at the in-memory store again; it stays in the code for 90 days.',
      ),
    })),
    {
      name: 'Nygard: how the team would move away again counts as the way back',
      text: adr(
        '# 10. Sessions in Redis',
        '',
        '## Status',
        '',
        'Accepted',
        '',
        '## Decision',
        '',
        'We keep sessions in Redis behind our own store interface.',
        '',
        '## Consequences',
        '',
        'If we ever need to move away from Redis, only the store adapter changes.',
      ),
    },
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
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: a way back without its cost, or a duration without a way back, says nothing about undoing`,
      text: inDialect(
        dialect,
        'We keep the WSDL in case we need to stand the gateway up again.',
        'The migration takes two days.',
        'Moving back to Zipkin was discussed at the review.',
      ),
      errors: [{ messageId: 'missing', line: dialect === 'nygard' ? 13 : 10 }],
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: moving to the chosen store now is the decision, not a way back from it`,
      text: inDialect(
        dialect,
        'Moving to Redis means rewriting the session middleware.',
        'Switching to Redis takes two weeks of work.',
        'We will move to Redis cluster later this year.',
        'We can move to Redis now that the platform team runs it.',
      ),
      errors: [{ messageId: 'missing', line: dialect === 'nygard' ? 13 : 10 }],
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: shipping behind a flag, or turning it on, says nothing about the way back`,
      text: inDialect(
        dialect,
        'The new store ships behind the `redis-sessions` feature flag.',
        'We turn on the flag for 5% of users first and roll it out over a week.',
      ),
      errors: [{ messageId: 'missing', line: dialect === 'nygard' ? 13 : 10 }],
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: rolling back a deploy or falling back to a cache says nothing about undoing the decision`,
      text: inDialect(
        dialect,
        'The deploy tool can roll back a bad release of the session service.',
        'If Redis is down, the app can fall back to the database for reads.',
      ),
      errors: [{ messageId: 'missing', line: dialect === 'nygard' ? 13 : 10 }],
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: undoing a write, or "the reverse", is not a way to undo the decision`,
      text: inDialect(
        dialect,
        'To undo a bad session write, the app retries it.',
        'Reads get faster; the reverse is true for writes.',
      ),
      errors: [{ messageId: 'missing', line: dialect === 'nygard' ? 13 : 10 }],
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: an adapter, or an old service kept for reading, is not a way to undo the decision`,
      text: inDialect(
        dialect,
        'The Redis client sits behind our session adapter.',
        'We keep the old session service running for read-only audits.',
      ),
      errors: [{ messageId: 'missing', line: dialect === 'nygard' ? 13 : 10 }],
    })),
    {
      name: 'Nygard: a non-breaking, backwards compatible change says nothing about undoing the decision',
      text: adr(
        '# 12. Version the event schemas',
        '',
        '## Status',
        '',
        'Accepted',
        '',
        '## Decision',
        '',
        'We will add a version number to every event schema and publish v1 beside the unversioned one.',
        '',
        '## Consequences',
        '',
        '- Consumers can move over in a non-breaking way, one service at a time.',
        '- The v1 schemas stay backwards compatible with the unversioned ones on the wire.',
      ),
      errors: [{ messageId: 'missing', line: 11 }],
    },
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
      name: 'Nygard: a decision to move away from the old system says nothing about undoing itself',
      text: adr(
        '# 10. Leave the old cluster',
        '',
        '## Status',
        '',
        'Accepted',
        '',
        '## Decision',
        '',
        'We will move away from the shared cluster to one account per team.',
      ),
      errors: [{ messageId: 'missing', line: 7 }],
    },
    {
      name: 'home-grown: moving away from one big file is the decision, not its reversal',
      text: adr(
        '# API documentation per service',
        '',
        '## Decision',
        '',
        'We will move away from one comprehensive OpenAPI file and publish one file per API.',
      ),
      errors: [{ messageId: 'missing', line: 3 }],
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

/** Sentences that name a fallback or a second attempt but no way back from the decision. */
const NO_WAY_BACK = [
  'If we need to restart the cluster again, we can do it by hand.',
  'The fallback is to serve sessions from the local cache while Redis is down.',
  'The fallback is to return a cached session while Redis is down.',
  'We keep the ability to continue to serve logins during a Redis outage.',
  'Replacing the session middleware touches every controller.',
  'We can split the session keys by tenant later.',
  'Migrating to Redis will be tedious, since every controller reads the session.',
  'Migration of the remaining services later will require each team to update its client.',
  'There will be some work to add a second region later.',
  'A context switch costs each developer time.',
  'Good, because the open protocol prevents a vendor lock-in.',
  'There is no lock-in with the open protocol.',
  'At a later date we will add session replication for the admin app.',
  'We changed our mind about the eviction policy after the load test.',
  'Nothing stops us from adding more Redis nodes.',
  'The old session service is kept for read-only audits, so support can look up past logins.',
  'The old cache stays warm so that reads fall back to it while Redis is down.',
  'If we change our mind, we will revisit this record.',
  'The old session tables are kept in case we need them for audits.',
  'The app reverts to the previous session when the cookie is missing.',
];

/** A rollback section that undoes a step of the rollout, not the decision. */
const stepRollback = (dialect: Dialect, ...extra: string[]) =>
  inDialect(
    dialect,
    'Deploys no longer drop sessions.',
    '',
    '## Migration Rollback',
    '',
    'If the script that copies live sessions fails, restore the snapshot taken before it ran.',
    ...extra,
  );

/** A goal the options had to meet, in the places records list goals. */
const goalInDialect = (dialect: Dialect, goals: string[], consequence = 'Deploys no longer drop sessions.') =>
  adr(
    ...recordHead(dialect, 'Keep sessions in Redis', { number: 14, date: '2025-02-03' }),
    '## Context',
    '',
    ...goals,
    '',
    decisionHeading(dialect),
    '',
    'Sessions move from app-server memory to a three-node Redis cluster.',
    '',
    '## Consequences',
    '',
    consequence,
  );

const GOAL_LISTS: [string, string[]][] = [
  [
    'a "Goals:" label',
    ['Goals: sessions survive deploys, and nothing makes it difficult to migrate to another store later.'],
  ],
  [
    'a list led in by "The goals are:"',
    [
      'The goals are:',
      '',
      '* sessions survive deploys;',
      "* it doesn't make it difficult to migrate to another store later.",
    ],
  ],
  [
    'a "Decision Drivers" section',
    [
      'Sessions are lost on deploy.',
      '',
      '## Decision Drivers',
      '',
      '* Easy to switch to another store later',
    ],
  ],
];

ruleTester(reversibilityStated, {
  valid: [
    ...DIALECTS.flatMap((dialect) =>
      GOAL_LISTS.map(([where, goals]) => ({
        name: `${dialect}: a goal in ${where} does not hide what the consequences say about going back`,
        text: goalInDialect(dialect, goals, 'Switching back to in-memory sessions is easy: one setting.'),
      })),
    ),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: a rollback section that also returns to the previous store says how the decision is undone`,
      text: stepRollback(dialect, 'If Redis proves unreliable, we switch back to in-memory sessions.'),
    })),
  ],
  invalid: [
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: a rollback section for a failed data copy does not say how the decision is undone`,
      text: stepRollback(dialect),
      errors: [{ messageId: 'missing' }],
    })),
    ...DIALECTS.flatMap((dialect) =>
      NO_WAY_BACK.map((statement) => ({
        name: `${dialect}: "${statement.slice(0, 40)}..." is no way back`,
        text: inDialect(dialect, statement),
        errors: [{ messageId: 'missing' }],
      })),
    ),
    ...DIALECTS.flatMap((dialect) =>
      GOAL_LISTS.map(([where, goals]) => ({
        name: `${dialect}: being easy to migrate away from, as a goal in ${where}, says nothing about the choice`,
        text: goalInDialect(dialect, goals),
        errors: [{ messageId: 'missing' }],
      })),
    ),
  ],
});

/** Switching more on, and a revisit trigger that moves on to something else: neither is a way back. */
const MORE_SCOPE_OR_REVISIT = [
  'It is also simple to switch on session replication for the admin app.',
  'If we decide to move sessions to DynamoDB, we will reevaluate the eviction settings.',
];

/** The same shapes where they do say how the decision would be undone. */
const WAY_OUT = [
  'It is simple to switch to another session store: only the adapter changes.',
  'If we decide to move off Redis, we can remove it in a day.',
  'If we decide to go back to in-memory sessions, we will revisit this record and remove the cluster.',
];

ruleTester(reversibilityStated, {
  valid: DIALECTS.flatMap((dialect) =>
    WAY_OUT.map((statement) => ({
      name: `${dialect}: "${statement.slice(0, 40)}..." says how the decision is undone`,
      text: inDialect(dialect, statement),
    })),
  ),
  invalid: DIALECTS.flatMap((dialect) =>
    MORE_SCOPE_OR_REVISIT.map((statement) => ({
      name: `${dialect}: "${statement.slice(0, 40)}..." is no way back`,
      text: inDialect(dialect, statement),
      errors: [{ messageId: 'missing' }],
    })),
  ),
});

ruleTester(reversibilityStated, {
  valid: DIALECTS.flatMap((dialect) => [
    {
      name: `${dialect}: the chosen implementation can be changed at any time without touching callers`,
      text: inDialect(
        dialect,
        'The session module hides Redis, so the storage backend can be replaced at any time with no effect on the rest of the code.',
      ),
    },
  ]),
  invalid: DIALECTS.flatMap((dialect) => [
    {
      name: `${dialect}: a setting that can be changed at any time says nothing about undoing the decision`,
      text: inDialect(dialect, 'The session timeout can be changed at any time in the admin console.'),
      errors: [{ messageId: 'missing' }],
    },
  ]),
});

/** A part said to be cheap to take out again later, and the old system kept running to fall back on. */
const CHEAP_TO_TAKE_OUT = [
  'Good, because the cluster can easily be set up for now and later replaced with a managed store.',
  'The session adapter is readily swapped out again if Redis does not suit us.',
  'The existing in-memory store will remain operational as a backup.',
  'The old session service stays in place as a fallback for the first quarter.',
];

/** Ease of a rollout step, and the old system kept for another purpose: no way back. */
const NOT_CHEAP_TO_TAKE_OUT = [
  'Every call of the old session helper can be easily replaced with the new client.',
  'The existing session tables remain readable for the audit team.',
];

ruleTester(reversibilityStated, {
  valid: DIALECTS.flatMap((dialect) =>
    CHEAP_TO_TAKE_OUT.map((statement) => ({
      name: `${dialect}: "${statement.slice(0, 40)}..." says how the decision is undone`,
      text: inDialect(dialect, statement),
    })),
  ),
  invalid: DIALECTS.flatMap((dialect) =>
    NOT_CHEAP_TO_TAKE_OUT.map((statement) => ({
      name: `${dialect}: "${statement.slice(0, 40)}..." is no way back`,
      text: inDialect(dialect, statement),
      errors: [{ messageId: 'missing' }],
    })),
  ),
});

/**
 * A record whose context names irreversibility as the problem to solve: the context says what goes
 * wrong without the decision, not how the decision would be undone. A sub-section the record nests
 * under its context to weigh the choice still speaks for the choice.
 */
const problemInContext = (dialect: Dialect, ...weighing: string[]) =>
  adr(
    ...recordHead(dialect, 'Versioned schema migrations', { number: 21, date: '2025-06-02' }),
    '## Context',
    '',
    'Without a migration tool, schema changes risk:',
    '',
    '- tables altered in a different order on each tenant,',
    '- irreversible column drops.',
    '',
    ...weighing,
    decisionHeading(dialect),
    '',
    'Every schema change is a numbered migration with an up and a down script.',
    '',
    '## Consequences',
    '',
    '* Bad, because every change needs two scripts.',
  );

ruleTester(reversibilityStated, {
  valid: DIALECTS.map((dialect) => ({
    name: `${dialect}: a weighing sub-section under the context still says how the decision is undone`,
    text: problemInContext(
      dialect,
      '### Weighing the migration tool',
      '',
      'The tool reads plain SQL files, so moving off it later would only mean running them by hand.',
      '',
    ),
  })),
  invalid: DIALECTS.map((dialect) => ({
    name: `${dialect}: irreversibility named as the problem in the context says nothing about the decision`,
    text: problemInContext(dialect),
    errors: [{ messageId: 'missing' }],
  })),
});

/** Whether one step of the rollout can be undone says nothing of undoing the decision. */
const STEP_UNDONE = [
  'Running the session migration by hand does not guarantee that the migration is reversible.',
  'The backfill of the session table is irreversible, so we take a snapshot first.',
];

/** The same word said of the decision itself. */
const DECISION_UNDONE = [
  'Moving sessions to Redis is reversible: the in-memory store stays in the code for a quarter.',
  'The decision is reversible, though the session migration is not.',
];

ruleTester(reversibilityStated, {
  valid: DIALECTS.flatMap((dialect) =>
    DECISION_UNDONE.map((statement) => ({
      name: `${dialect}: "${statement.slice(0, 40)}..." says how reversible the decision is`,
      text: inDialect(dialect, statement),
    })),
  ),
  invalid: DIALECTS.flatMap((dialect) =>
    STEP_UNDONE.map((statement) => ({
      name: `${dialect}: "${statement.slice(0, 40)}..." is about a step, not the decision`,
      text: inDialect(dialect, statement),
      errors: [{ messageId: 'missing' }],
    })),
  ),
});
