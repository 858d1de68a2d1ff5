import { DIALECTS, type Dialect, decisionHeading, recordHead } from '../../test/dialects.js';
import { adr, ruleTester } from '../../test/rule-tester.js';
import { failureStory } from './failure-story.js';

/** MADR 4 with two options and a consequence (19 lines); the caller appends sections. */
const madr4 = (...tail: string[]) =>
  adr(
    '---',
    'status: accepted',
    'date: 2024-03-11',
    'decision-makers: [Ines Carvalho]',
    '---',
    '# Generate thumbnails in background workers',
    '',
    '## Considered Options',
    '',
    '* Background workers fed by RabbitMQ',
    '* Generate thumbnails inside the web request',
    '',
    '## Decision Outcome',
    '',
    'Chosen option: "Background workers fed by RabbitMQ", because uploads return in under 200 ms.',
    '',
    '### Consequences',
    '',
    '* Bad, because one more broker to run.',
    ...tail,
  );

/** A Nygard record; the caller supplies what follows the decision. */
const nygard = (...tail: string[]) =>
  adr(
    '# 7. Generate thumbnails in background workers',
    '',
    'Date: 2019-08-02',
    '',
    '## Status',
    '',
    'Accepted',
    '',
    '## Decision',
    '',
    'We will move thumbnail generation to workers that read jobs from RabbitMQ.',
    '',
    ...tail,
  );

const noImpactStory = ['', '## Risks', '', 'The broker can crash.'];

/** The same record in each dialect with the caller's consequences; the consequences heading is on line 10 (Nygard 13). */
const inDialect = (dialect: Dialect, ...consequences: string[]) =>
  adr(
    ...recordHead(dialect, 'Send receipts from a queue worker', { number: 9, date: '2025-01-20' }),
    decisionHeading(dialect),
    '',
    'A worker reads receipt jobs from SQS and sends them through the mail relay.',
    '',
    '## Consequences',
    '',
    ...consequences,
  );

/** Failure stories told in everyday words: a stopped worker, a lost session, a cached fallback, a canary. */
const EVERYDAY_STORIES = [
  'If the queue worker stops, receipts pile up; an alert fires when the oldest job is older than five minutes.',
  'Sessions are lost if the cluster fails over before replication catches up; customers then have to sign in again.',
  'When the mail relay is down we serve the cached receipt page for up to an hour.',
  'A bad release of the worker is caught by the canary and rolled back automatically.',
  'If the identity provider is unreachable, nobody can sign in; existing sessions keep working for 8 hours.',
  'If the relay certificate expires, browsers show a security warning on the receipt page.',
  'When a worker dies mid-job, the job is picked up again after its lease runs out.',
  'Losing the Redis node means every signed-in customer is logged out.',
  'If we lose the relay host it may delay receipts by a day while we rebuild it.',
  'If the broker is down, checkout writes events to an outbox table and a job replays them.',
  'When a consumer crashes mid-message, the broker redelivers it to another consumer.',
  'Messages that fail three times go to a dead-letter queue.',
  'If the search index gets corrupted, we rebuild it from the articles table in about 20 minutes.',
  'If the flag server is down, the SDKs keep serving the last flags they fetched, so nothing breaks until a flag changes.',
  'If the payment provider holds our account, checkout stops; customers can still pay by bank transfer while the hold is cleared.',
  'If the search vendor is unreachable, the help centre falls back to database search and shows a banner.',
  'If the object store rejects writes, events queue on local disk and the on-call engineer is paged.',
  'If the relay API key is leaked, we rotate the key and re-encrypt the stored credentials.',
  'If a signing key is compromised, we need to re-encrypt every secret it protects.',
  'A worker may send a receipt with an out of date price list, but this would quickly be fixed by the ten-minute cache expiry.',
];

/** A record whose context tells how today's system fails; its consequences say nothing of how the new design does. */
const problemOnlyInContext = (dialect: Dialect) => {
  const head = recordHead(dialect, 'Keep sessions in Redis', { number: 4, date: '2025-02-03' });
  return {
    text: adr(
      ...head,
      '## Context',
      '',
      'Today we lose every session when the app restarts, and customers have to sign in again.',
      '',
      decisionHeading(dialect),
      '',
      'We will keep sessions in a managed Redis instance.',
      '',
      '## Consequences',
      '',
      '* Deploys no longer sign anyone out.',
    ),
    consequencesLine: head.length + 9,
  };
};

ruleTester(failureStory, {
  valid: [
    ...DIALECTS.flatMap((dialect) =>
      EVERYDAY_STORIES.map((story) => ({
        name: `${dialect}: "${story.slice(0, 40)}..." tells a failure and its effect or handling`,
        text: inDialect(dialect, story),
      })),
    ),
    {
      name: 'Nygard: running out of capacity with a fallback is a failure and its handling',
      text: nygard(
        '### Worker instance types',
        '',
        'The workers run on c6g.large. We keep a fallback type, should the provider run out of c6g.large in the zone:',
        '',
        '- c6i.large',
      ),
    },
    {
      name: 'Nygard: a design sub-section headed by the failure says how it is handled',
      text: nygard(
        '### Restart interrupted thumbnail jobs',
        '',
        'Each worker renews a lease on its job every 10 seconds. Jobs whose lease is older than 30 seconds are started again by another worker.',
      ),
    },
    {
      name: 'MADR 4: a "Handling broker outages" section under the outcome counts as the failure story',
      text: madr4(
        '',
        '### Handling broker outages',
        '',
        'Uploads keep working: the web tier writes jobs to a local spool and retries the broker every 5 seconds.',
      ),
    },
    {
      name: 'home-grown: the design section says how a stuck upload is failed on a timeout',
      text: adr(
        '# Track upload state in the metadata store',
        '',
        '## Design',
        '',
        'Keeping a writing state allows us to fail uploads when they do not reach committed after a timeout.',
      ),
    },
    {
      name: 'MADR 4: a Failure Story section with the failure, what users see and the handling',
      text: madr4(
        '',
        '## Failure Story',
        '',
        'When the broker is down, uploads still succeed but users see a grey placeholder instead of a thumbnail.',
        'On-call gets an alert on queue depth above 1,000 and follows the broker runbook.',
      ),
    },
    {
      name: 'MADR 2: a Risks and Mitigations list',
      text: adr(
        '# Use Keycloak for single sign-on',
        '',
        '* Status: accepted',
        '* Date: 2021-06-14',
        '',
        '## Decision Outcome',
        '',
        'Chosen option: "Keycloak", because it runs inside our network.',
        '',
        '## Risks and Mitigations',
        '',
        '* If Keycloak is unavailable, nobody can log in to the internal tools; existing sessions keep working for 8 hours.',
        '* A failed upgrade is rolled back from the nightly database snapshot.',
      ),
    },
    {
      name: 'Nygard: the failure story told in the consequences prose',
      text: nygard(
        '## Consequences',
        '',
        'If a worker crashes mid-job, RabbitMQ redelivers the message and another worker retries it.',
      ),
    },
    {
      name: 'log4brains: a What Could Go Wrong section',
      text: adr(
        '# Publish the docs site with GitHub Pages',
        '',
        '- Status: accepted',
        '- Date: 2022-01-10',
        '',
        '## Decision Outcome',
        '',
        'Chosen option: "GitHub Pages", because the repository already lives on GitHub.',
        '',
        '## What Could Go Wrong',
        '',
        '- If a Pages build fails, readers keep seeing the previous version and the failed run alerts the docs channel.',
      ),
    },
    {
      name: 'home-grown: a numbered Failure Modes heading with a table of failures and effects',
      text: adr(
        '# Message broker for order events',
        '',
        'Status: Accepted',
        '',
        '## 2. Decision',
        '',
        'We use NATS JetStream for order events.',
        '',
        '## 3. Failure Modes (draft)',
        '',
        '| Failure | What users see | Handling |',
        '|---|---|---|',
        '| When the stream leader fails | orders confirm 5 s later | JetStream elects a new leader; on-call is paged |',
      ),
    },
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: a risk table row fills its Impact column with what users see`,
      text: inDialect(
        dialect,
        '* Bad, because one more vendor.',
        '',
        '## Risks and Mitigations',
        '',
        '| Risk | Impact | Mitigation |',
        '|---|---|---|',
        '| Expensive queries overload the gateway | Home screen times out | Query cost limits at 1,000 points |',
      ),
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: a risk table under a failure heading needs no "if" to tell a failure and its effect`,
      text: inDialect(
        dialect,
        '* Bad, because one more vendor.',
        '',
        '## Failure modes',
        '',
        '| Failure | Likelihood | Impact |',
        '|---|---|---|',
        '| SQS outage | Low | Nobody can send receipts until it is back |',
      ),
    })),
    ...DIALECTS.flatMap((dialect) => [
      {
        name: `${dialect}: a risk item's sub-item tells what users then see`,
        text: inDialect(
          dialect,
          '* Bad, because one more vendor.',
          '',
          '## Risks',
          '',
          '- The mail relay can go down.',
          '  - Customers then get their receipts a day late.',
        ),
      },
      {
        name: `${dialect}: a paragraph leads into the list of what follows a failure`,
        text: inDialect(
          dialect,
          'If the mail relay goes down:',
          '',
          '- customers get their receipts a day late',
        ),
      },
      {
        name: `${dialect}: the error a caller gets is what it sees of the failure`,
        text: inDialect(
          dialect,
          'When the relay times out after three attempts, the result is a timeout error on the receipt page.',
        ),
      },
      {
        name: `${dialect}: errors passed on to the user are what the user sees`,
        text: inDialect(dialect, 'The worker passes errors on to the user when the relay is not ready.'),
      },
    ]),
    {
      name: 'requireImpact false: naming the failure is enough',
      options: { requireImpact: false },
      text: madr4(...noImpactStory),
    },
  ],
  invalid: [
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: a design that falls back to a default, with no failure named, is no failure story`,
      text: inDialect(
        dialect,
        'Sorting falls back to the title when a receipt has no date.',
        'Support rejects requests for paper receipts.',
      ),
      errors: [{ messageId: 'missing', line: dialect === 'nygard' ? 13 : 10 }],
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: a failure at the end of one section and what users see in the next are two stories`,
      text: inDialect(
        dialect,
        'If the mail relay fails, we will look into it.',
        '',
        '## Rollout',
        '',
        'Customers see the new receipt layout from Monday.',
      ),
      errors: [{ messageId: 'missing', line: dialect === 'nygard' ? 13 : 10 }],
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: replaying or buffering events with no failure named is no failure story`,
      text: inDialect(
        dialect,
        'A nightly job replays the outbox table to rebuild the search index.',
        'The client buffers events and sends them in batches of 100.',
      ),
      errors: [{ messageId: 'missing', line: dialect === 'nygard' ? 13 : 10 }],
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: routine key rotation, or a stale price list with no effect, is no failure story`,
      text: inDialect(
        dialect,
        'We rotate the relay API key every 90 days and re-encrypt the stored credentials.',
        'The price list in a receipt can be out of date; we will look into it.',
        'Receipt wording is fixed by the legal team.',
      ),
      errors: [{ messageId: 'missing', line: dialect === 'nygard' ? 13 : 10 }],
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: what customers can still do, with no failure named, is no failure story`,
      text: inDialect(
        dialect,
        'Customers can still pay by bank transfer while the card flow moves to the new provider.',
      ),
      errors: [{ messageId: 'missing', line: dialect === 'nygard' ? 13 : 10 }],
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: a risk in one list item and an unrelated effect in the next are two points`,
      text: inDialect(
        dialect,
        '* Bad, because one more vendor.',
        '',
        '## Risks',
        '',
        '- The mail relay can go down.',
        '- Customers see a new receipt layout.',
      ),
      errors: [{ messageId: 'noImpact' }],
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: a worker that can stop, with nothing said about what follows, is no failure story`,
      text: inDialect(
        dialect,
        'The queue worker can stop, and receipts may pile up.',
        'Nothing else changes.',
      ),
      errors: [{ messageId: 'missing', line: dialect === 'nygard' ? 13 : 10 }],
    })),
    ...DIALECTS.map((dialect) => {
      const { text, consequencesLine } = problemOnlyInContext(dialect);
      return {
        name: `${dialect}: a failure of today's system told in the context is not how the chosen design fails`,
        text,
        errors: [{ messageId: 'missing', line: consequencesLine }],
      };
    }),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: a risk table that names failures and only rates them is no failure story`,
      text: inDialect(
        dialect,
        '* Bad, because one more vendor.',
        '',
        '## Risks',
        '',
        '| Risk | Likelihood | Impact |',
        '|---|---|---|',
        '| SQS outage | Low | High |',
      ),
      errors: [{ messageId: 'noImpact' }],
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: an Impact column rated in words, or filled for a risk that is no failure, is no failure story`,
      text: inDialect(
        dialect,
        '* Bad, because one more vendor.',
        '',
        '## Risks',
        '',
        '| Risk | Impact | Mitigation |',
        '|---|---|---|',
        '| Queue outage | very high | - |',
        '| Vendor lock-in | Harder to move later | Keep an adapter layer |',
      ),
      errors: [{ messageId: 'noImpact' }],
    })),
    {
      name: 'Nygard: errors the decision helps find, and a degradation the text denies, are no failure story',
      text: nygard(
        '## Rationale',
        '',
        'Soak tests should run every night (even when no traffic is expected) as they catch configuration errors early. Conversely, if latency does not noticeably degrade under load, the workers can be scaled down.',
      ),
      errors: [{ messageId: 'missing', line: 9 }],
    },
    {
      name: 'home-grown: a failure-headed context section describes the problem, not how the design fails',
      text: adr(
        '# Move thumbnails to workers',
        '',
        'Status: proposed',
        '',
        '## Context',
        '',
        '### Uploads time out',
        '',
        'Users see a spinner for 30 s before the upload fails, because thumbnails are generated in the request.',
        '',
        '## Decision',
        '',
        'We will move thumbnail generation to workers that read jobs from RabbitMQ.',
      ),
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'MADR 4: no failure section, reported at the consequences',
      text: madr4(),
      errors: [{ messageId: 'missing', line: 17, column: 1 }],
    },
    {
      name: 'Nygard: no failure story and no consequences, reported at the decision',
      text: nygard(),
      errors: [{ messageId: 'missing', line: 9 }],
    },
    {
      name: 'no sections at all: reported at the title',
      text: adr('# Feature flags', '', 'Status: proposed', '', 'We buy a hosted flag service.'),
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'MADR 2: an empty Risks section',
      text: adr(
        '# Use Keycloak for single sign-on',
        '',
        '* Status: accepted',
        '',
        '## Decision Outcome',
        '',
        'Chosen option: "Keycloak", because it runs inside our network.',
        '',
        '## Risks',
        '',
        '## Links',
        '',
        '* [Keycloak docs](https://www.keycloak.org/documentation)',
      ),
      errors: [{ messageId: 'empty', line: 9, data: { heading: 'Risks' } }],
    },
    {
      name: 'an empty section fails even when requireImpact is false',
      options: { requireImpact: false },
      text: madr4('', '## Failure Story'),
      errors: [{ messageId: 'empty', line: 21, data: { heading: 'Failure Story' } }],
    },
    {
      name: 'a failure section that says "None"',
      text: madr4('', '## Failure Story', '', 'None.'),
      errors: [{ messageId: 'noRisk', line: 21, data: { heading: 'Failure Story', text: 'None.' } }],
    },
    {
      name: 'a failure section that says "n/a"',
      text: nygard('## Risks', '', 'n/a'),
      errors: [{ messageId: 'noRisk', line: 13, data: { heading: 'Risks', text: 'n/a' } }],
    },
    {
      name: 'log4brains: "No risks identified."',
      text: adr(
        '# Publish the docs site with GitHub Pages',
        '',
        '- Status: accepted',
        '',
        '## Decision Outcome',
        '',
        'Chosen option: "GitHub Pages", because the repository already lives on GitHub.',
        '',
        '## Risks',
        '',
        '- No risks identified.',
      ),
      errors: [{ messageId: 'noRisk', line: 9, data: { text: 'No risks identified.' } }],
    },
    {
      name: 'requireImpact (default): a failure named without its effect or handling',
      text: madr4(...noImpactStory),
      errors: [{ messageId: 'noImpact', line: 21, data: { heading: 'Risks' } }],
    },
    {
      name: 'home-grown: Failure Scenarios that list failures only',
      text: adr(
        '# Message broker for order events',
        '',
        'Status: Accepted',
        '',
        '## Decision',
        '',
        'We use NATS JetStream for order events.',
        '',
        '## Failure Scenarios',
        '',
        '* Stream leader crash.',
        '* Disk full on a JetStream node.',
      ),
      errors: [{ messageId: 'noImpact', line: 9, data: { heading: 'Failure Scenarios' } }],
    },
  ],
});

/** How the option the team turned down would fail: its story, not the chosen design's. */
const ALTERNATIVE_STORIES = [
  'when a broker fails the vendor replaces it and clients retry, so the impact of an outage is much less.',
  'if a zone goes down, the vendor moves the brokers and users see a few seconds of errors.',
];
const CHOSEN_STORY =
  'If a broker fails, producers retry against the other two and the on-call engineer is paged.';

/**
 * A record that keeps its own Kafka cluster and turned down the managed one, whose failure story is
 * `alternative`; `chosen` is told about the chosen option, under its own pros and cons where the
 * dialect has them (Nygard: in the consequences).
 */
const withAlternative = (dialect: Dialect, alternative: string, chosen?: string) =>
  dialect === 'nygard'
    ? adr(
        ...recordHead(dialect, 'Run our own Kafka cluster', { number: 9 }),
        '## Decision',
        '',
        'We will run a three-broker Kafka cluster on our own nodes.',
        '',
        '## Consequences',
        '',
        'We own broker upgrades.',
        ...(chosen ? ['', chosen] : []),
        '',
        '## Alternatives',
        '',
        `* Managed Kafka from the cloud vendor: ${alternative} We rejected it for its cost.`,
      )
    : adr(
        ...recordHead(dialect, 'Run our own Kafka cluster'),
        '## Considered Options',
        '',
        '* Own Kafka cluster',
        '* Managed Kafka',
        '',
        decisionHeading(dialect),
        '',
        'Chosen option: "Own Kafka cluster", because it costs a third.',
        '',
        '### Consequences',
        '',
        '* Bad, because we own broker upgrades.',
        '',
        '## Pros and Cons of the Options',
        '',
        ...(chosen ? ['### Own Kafka cluster', '', `* Bad, because ${chosen.toLowerCase()}`, ''] : []),
        '### Managed Kafka',
        '',
        `* Good, because ${alternative}`,
        '* Bad, because it costs three times as much.',
      );

ruleTester(failureStory, {
  valid: DIALECTS.flatMap((dialect) =>
    ALTERNATIVE_STORIES.map((story) => ({
      name: `${dialect}: the chosen option's own story counts next to a rejected option's`,
      text: withAlternative(dialect, story, CHOSEN_STORY),
    })),
  ),
  invalid: DIALECTS.flatMap((dialect) =>
    ALTERNATIVE_STORIES.map((story) => ({
      name: `${dialect}: "${story.slice(0, 30)}..." about a rejected option is not the chosen design's failure story`,
      text: withAlternative(dialect, story),
      errors: [{ messageId: 'missing' }],
    })),
  ),
});

/**
 * Failure stories told without the usual cue words: an interrupted job, an error users see on a full
 * device, stale data a consumer reads, an overloaded instance with what could be done about it.
 */
const PLAIN_WORDED_STORIES = [
  '* A receipt batch that is running is cut off if the worker node is rebooted; batches already sent are unaffected, and reboots only happen in the Sunday maintenance window.',
  '* A send in progress is disrupted if the worker pod is restarted.',
  '* On a laptop whose disk is nearly full, saving the receipt draft can end in an error.',
  '* A bug in older Safari versions prevents the receipt page from loading right after an upgrade.',
  '* Bad, because the receipt template may not match the order validations, causing confusing error messages for support agents.',
  '* Bad, because consumers could still read outdated prices if they start before the invalidation event arrives.',
  '* A burst of orders could overwhelm the single relay instance (a denial of service risk); there is no easy way to mitigate this now, but the relay could be made to scale horizontally.',
];

/** Risks named with no effect or handling, and errors that are an API's contract rather than a failure. */
const BARE_RISKS = [
  '* The worker node can be restarted.',
  '* We will hit the relay rate limits sooner.',
  '* Developers must learn a new exception hierarchy.',
  '* The relay library throws typed exceptions, which keeps the code short.',
  '* Passing both a template and a body results in an error.',
  '* A release branch may get several tags as bug fixes are backported.',
];

/** A record whose consequences name a dependency and a later section its contingency handling. */
const contingencyElsewhere = (dialect: Dialect, contingency: string) =>
  inDialect(
    dialect,
    '* Negative: dependency on the hosted relay being available.',
    '',
    '## Alternative usage patterns',
    '',
    contingency,
  );

ruleTester(failureStory, {
  valid: [
    ...DIALECTS.flatMap((dialect) =>
      PLAIN_WORDED_STORIES.map((story) => ({
        name: `${dialect}: "${story.slice(2, 42)}..." tells a failure and its effect or handling`,
        text: inDialect(dialect, story),
      })),
    ),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: a dependency named in the consequences and its emergency handling in another section are one story`,
      text: contingencyElsewhere(
        dialect,
        'In an emergency, sending receipts from a local script is still supported.',
      ),
    })),
  ],
  invalid: [
    ...DIALECTS.flatMap((dialect) =>
      BARE_RISKS.map((risk) => ({
        name: `${dialect}: "${risk.slice(2, 42)}..." names no failure with its effect or handling`,
        text: inDialect(dialect, risk),
        errors: [{ messageId: 'missing' }],
      })),
    ),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: a dependency with a way around it but no contingency is no failure story`,
      text: contingencyElsewhere(dialect, 'Receipts can also be sent from a local script.'),
      errors: [{ messageId: 'missing' }],
    })),
  ],
});

/**
 * Failure words that say what the chosen tool is for, or a chore, not how the design fails: the
 * outages a monitor reports, the failures a pager alerts on, a restart the team must learn.
 */
const PURPOSE_NOT_FAILURE = [
  '* Good, because the on-call engineer is notified in the event of an outage or error.',
  '* Bad, because we rely on the relay to alert us to failures in the checkout service.',
  '* Good, because it sends notifications to the support group for outages.',
  '* Good, because we get real-time information on any security vulnerabilities, and monitoring and alerting of newly reported vulnerabilities.',
  '* Bad, because it adds one more service to run; the team must learn how to restart it.',
  '* Good, because error handling could be unified across the workers, and exception handling stays in one place.',
];

/** The same words where they do tell how the chosen design fails and what then happens. */
const FAILURE_WITH_HANDLING = [
  '* The on-call engineer is alerted to a failure of the relay and switches sending to the backup provider.',
  '* When a call to the relay fails, the worker writes a log line and goes on retrying.',
  '* When the worker restarts, it resumes from the last acknowledged receipt.',
  '* If the relay was down for a day, the receipts are sent late; to avoid this, the worker pages the on-call engineer after an hour.',
  '* If the relay times out, the error handling retries the send twice and then queues the receipt.',
];

ruleTester(failureStory, {
  valid: DIALECTS.flatMap((dialect) =>
    FAILURE_WITH_HANDLING.map((story) => ({
      name: `${dialect}: "${story.slice(2, 42)}..." tells a failure of the design and its handling`,
      text: inDialect(dialect, story),
    })),
  ),
  invalid: DIALECTS.flatMap((dialect) =>
    PURPOSE_NOT_FAILURE.map((story) => ({
      name: `${dialect}: "${story.slice(2, 42)}..." says what the tool is for, not how it fails`,
      text: inDialect(dialect, story),
      errors: [{ messageId: 'missing' }],
    })),
  ),
});

/**
 * A failure kept from spreading, or an upstream's error status and what users then see: the design's
 * own words for containment and handling.
 */
const CONTAINED_OR_HANDLED = [
  'If the PDF subprocess hangs or segfaults it does not take out the main worker, and we can tell which input caused it.',
  '* Good, because a renderer that crashes does not bring down the receipt worker.',
  '* Good, because a renderer that hangs does not crash the main worker.',
  '* Good, because a hung render is isolated from the other jobs on the worker.',
  '* Good, because the worker can kill a renderer that hangs without crashing itself.',
  'When the mail relay returns a 4xx, we show the user a message and keep the receipt as a draft.',
  'If the relay answers with a 409, we tell the customer that the receipt was already sent.',
  'When the relay answers `429 Too Many Requests`, we show the user a notice and send the receipt an hour later.',
  '* Bad, because an outage of the relay only affects the receipt emails.',
  'When the relay answers 401, the user is sent to the settings page to renew the key.',
  'If a send hangs, the worker kills it after 10 minutes and marks it as failed.',
  'Should the relay sidecar crash, requests bypass it and go straight to the provider.',
  'If the cache is unavailable, reads go straight to the receipts table.',
];

/** The same words with no failure to contain or handle: a contract, a sandbox, a notice. */
const NOTHING_FAILS = [
  '* Good, because a deploy of the renderer does not take out the main worker.',
  '* Good, because each render runs in a sandbox isolated from the network.',
  '* Good, because renders run in parallel without affecting send times.',
  '* The receipt endpoint returns a 404 for unknown receipt ids.',
  '* The receipt endpoint returns `404` for unknown ids and the page shows the user a notice.',
  '* We show the user a message once the receipt is sent.',
  'If the customer is signed in, requests go straight to the receipts API.',
  'When a send finishes, the worker kills it.',
  'If the receipt is large, the user is sent to the download page.',
  'Moving the templates out will not only break that cycle, it will also keep the worker small.',
];

ruleTester(failureStory, {
  valid: DIALECTS.flatMap((dialect) =>
    CONTAINED_OR_HANDLED.map((story) => ({
      name: `${dialect}: "${story.slice(0, 40)}..." tells a failure and how it is contained or handled`,
      text: inDialect(dialect, story),
    })),
  ),
  invalid: DIALECTS.flatMap((dialect) =>
    NOTHING_FAILS.map((story) => ({
      name: `${dialect}: "${story.slice(2, 42)}..." names no failure`,
      text: inDialect(dialect, story),
      errors: [{ messageId: 'missing' }],
    })),
  ),
});

/** Risks named in one place and answered under a mitigation heading or label in another. */
const risksAndMitigation = (dialect: Dialect, shape: 'sections' | 'labels', mitigation: string[]) =>
  adr(
    ...recordHead(dialect, 'Keep the vendored parser generator', { number: 8 }),
    '## Context',
    '',
    'The grammar builds with byacc 1.9, which has had no release since 2010.',
    '',
    decisionHeading(dialect),
    '',
    'We keep byacc 1.9 and vendor its source.',
    '',
    shape === 'sections' ? '## Risks' : '**Risks:**',
    '',
    '- byacc 1.9 may stop compiling with a newer C compiler.',
    '- A bug in the generated parser would have nobody upstream to fix it.',
    '',
    shape === 'sections' ? '## Mitigation' : '**Mitigation:**',
    '',
    ...mitigation,
  );

const WEEKLY_BUILD = [
  '- CI builds byacc with the newest GCC every week, so a break shows up before our release.',
  '- We carry our own patches in `vendor/byacc`.',
];

ruleTester(failureStory, {
  valid: DIALECTS.flatMap((dialect) => [
    {
      name: `${dialect}: risks answered in a "Mitigation" section beside them`,
      text: risksAndMitigation(dialect, 'sections', WEEKLY_BUILD),
    },
    {
      name: `${dialect}: risks answered under a "**Mitigation:**" label`,
      text: risksAndMitigation(dialect, 'labels', WEEKLY_BUILD),
    },
  ]),
  invalid: DIALECTS.flatMap((dialect) => [
    {
      name: `${dialect}: a "Mitigation" section left as a placeholder answers nothing`,
      text: risksAndMitigation(dialect, 'sections', ['TBD']),
      errors: [{ messageId: 'noImpact' }],
    },
  ]),
});

ruleTester(failureStory, {
  valid: DIALECTS.flatMap((dialect) => [
    {
      name: `${dialect}: handling "on" a failure is a failure and its handling`,
      text: inDialect(dialect, '- Rollback is handled by CloudFormation on stack update failure.'),
    },
    {
      name: `${dialect}: a retry on every timeout is a failure and its handling`,
      text: inDialect(dialect, '- The worker retries the send twice on a relay timeout.'),
    },
  ]),
  invalid: DIALECTS.flatMap((dialect) => [
    {
      name: `${dialect}: "on" a failure with nothing done about it tells no story`,
      text: inDialect(dialect, '- The stack reports its status on stack update failure.'),
      errors: [{ messageId: 'missing' }],
    },
  ]),
});

/** A decision with a sub-section named for the handling, holding the caller's lines. */
const handlingSubsection = (dialect: Dialect, heading: string, ...lines: string[]) =>
  adr(
    ...recordHead(dialect, 'Kill child processes by group', { number: 3 }),
    decisionHeading(dialect),
    '',
    'Each job starts its children in a process group of their own, and cancelling the job kills the group.',
    '',
    `### ${heading}`,
    '',
    ...lines,
  );

ruleTester(failureStory, {
  valid: DIALECTS.flatMap((dialect) => [
    {
      name: `${dialect}: a "Fallback Behavior" section that names the failure it answers`,
      text: handlingSubsection(
        dialect,
        'Fallback Behavior',
        'If creating the process group fails:',
        '',
        '1. Write a warning to standard error.',
        '2. Start the child process on its own.',
      ),
    },
    {
      name: `${dialect}: a "Failover" section that names the failure it answers`,
      text: handlingSubsection(
        dialect,
        'Failover',
        'When the primary supervisor crashes, the standby takes its jobs.',
      ),
    },
  ]),
  invalid: DIALECTS.flatMap((dialect) => [
    {
      name: `${dialect}: a "Fallback Behavior" section that names no failure tells no story`,
      text: handlingSubsection(
        dialect,
        'Fallback Behavior',
        'Jobs without a group setting use the default from the config file.',
      ),
      errors: [{ messageId: 'missing' }],
    },
  ]),
});

/** A record whose risks are a table under a "Risks" heading, with the caller's header and rows. */
const riskTable = (dialect: Dialect, header: string, ...rows: string[]) =>
  adr(
    ...recordHead(dialect, 'Deduplicate webhook deliveries by event id', { number: 4 }),
    decisionHeading(dialect),
    '',
    'The receiver keeps each event id for a day and drops a delivery whose id it has seen.',
    '',
    '## Risks',
    '',
    header,
    `|${header.replace(/[^|]+/g, ' --- ').slice(1, -1)}|`,
    ...rows,
  );

ruleTester(failureStory, {
  valid: DIALECTS.flatMap((dialect) => [
    {
      name: `${dialect}: a risk named as an action is a risk by its column, answered in the Mitigation column`,
      text: riskTable(
        dialect,
        '| Risk | Likelihood | Mitigation |',
        '| Drop a genuine second event that reuses an id | Low | Log every dropped id with its payload hash |',
      ),
    },
    {
      name: `${dialect}: a "What could go wrong" column answered by what users see`,
      text: riskTable(
        dialect,
        '| What could go wrong | Impact |',
        '| Miss a replayed event sent after the window | The customer is charged twice for one order |',
      ),
    },
  ]),
  invalid: DIALECTS.flatMap((dialect) => [
    {
      name: `${dialect}: a risk column answered only by placeholders tells no story`,
      text: riskTable(
        dialect,
        '| Risk | Mitigation |',
        '| Drop a genuine second event that reuses an id | TBD |',
      ),
      errors: [{ messageId: 'noImpact' }],
    },
    {
      name: `${dialect}: a risk of another kind than the design going wrong is no failure story`,
      text: riskTable(
        dialect,
        '| Risk | Mitigation |',
        '| Lock-in to the webhook vendor | Keep the receiver behind an interface of our own |',
      ),
      errors: [{ messageId: 'noImpact' }],
    },
    {
      name: `${dialect}: a risk column answered only by ratings tells no story`,
      text: riskTable(
        dialect,
        '| Risk | Likelihood | Impact |',
        '| Drop a genuine second event that reuses an id | Low | High |',
      ),
      errors: [{ messageId: 'noImpact' }],
    },
  ]),
});

ruleTester(failureStory, {
  valid: DIALECTS.flatMap((dialect) => [
    {
      name: `${dialect}: a risk named as such and watched for in the next sentence`,
      text: inDialect(
        dialect,
        'There is a risk that the receipt batch grows slow enough to miss the morning cut-off.',
        'We graph its duration on the operations dashboard so that we notice when it passes 20 minutes, and monitor the relay queue.',
      ),
    },
    {
      name: `${dialect}: the main risk of the approach with a mitigation after it`,
      text: inDialect(
        dialect,
        '* Bad, because the main risk of this approach is that a half-written export is sent. We mitigate this by sending only exports whose checksum file has arrived.',
      ),
    },
  ]),
  invalid: DIALECTS.flatMap((dialect) => [
    {
      name: `${dialect}: a risk that is only accepted, or left unanswered, tells no story`,
      text: inDialect(
        dialect,
        'There is a risk of lock-in to the mail vendor, which we accept.',
        '',
        'There is also a risk that the team finds the template language hard to learn.',
      ),
      errors: [{ messageId: 'missing' }],
    },
    {
      name: `${dialect}: a claim to mitigate a risk, with no way of doing it, tells no story`,
      text: inDialect(
        dialect,
        'The worker uses a send log that will mitigate the risk of sending a receipt while it is still being rendered.',
      ),
      errors: [{ messageId: 'missing' }],
    },
  ]),
});

/** A failure as the condition, and what is then done as the main clause, in any verb. */
const FAILURE_THEN_ACTION_STORIES = [
  'If the mail relay is unreachable, we queue receipts in the database and send them from a cron job.',
  'When the receipt template is missing or corrupt, the worker sends a plain-text receipt.',
  'Should the relay time out twice, the worker hands the job to the backup provider.',
  'If a send fails, the job moves to a manual review list.',
];

ruleTester(failureStory, {
  valid: DIALECTS.flatMap((dialect) =>
    FAILURE_THEN_ACTION_STORIES.map((story) => ({
      name: `${dialect}: ${story}`,
      text: inDialect(dialect, story),
    })),
  ),
  invalid: DIALECTS.flatMap((dialect) =>
    [
      'If a send fails, it is usually a typo in the address.',
      'If the pilot fails, we will not extend it to other teams.',
      'When errors occur in the worker, they seem rare.',
      'When the batching timeout fires, the worker sends every receipt it holds.',
    ].map((told) => ({
      name: `${dialect}: ${told} (a judgement, a refusal or a timer, not handling)`,
      text: inDialect(dialect, told),
      errors: [{ messageId: 'missing' }],
    })),
  ),
});

ruleTester(failureStory, {
  valid: DIALECTS.map((dialect) => ({
    name: `${dialect}: an "Error handling" section whose steps say what is done about each failure`,
    text: handlingSubsection(
      dialect,
      'Error handling',
      '1. A child that crashes: mark the job failed and page the build on-call.',
      '2. A group that cannot be created: start the child on its own.',
    ),
  })),
  invalid: DIALECTS.map((dialect) => ({
    name: `${dialect}: an "Error handling" section that only names its topic again tells no story`,
    text: handlingSubsection(
      dialect,
      'Error handling',
      'The supervisor uses a Result type for error handling in every module.',
    ),
    errors: [{ messageId: 'missing' }],
  })),
});

/** Recovery told as state built up again: the failure and the re-initialising, re-syncing or re-populating that answers it. */
const STATE_REBUILT_STORIES = [
  'If the worker goes down, its in-memory receipt log needs to be re-initialized; the next batch from SQS does that within a minute.',
  'When the relay cache is lost, the worker re-populates it from the receipts table on start.',
  'If the edge node loses power, its counters need to be resynchronised with the central store.',
];

ruleTester(failureStory, {
  valid: DIALECTS.flatMap((dialect) =>
    STATE_REBUILT_STORIES.map((story) => ({
      name: `${dialect}: "${story.slice(0, 40)}..." tells a failure and its handling`,
      text: inDialect(dialect, story),
    })),
  ),
  invalid: DIALECTS.map((dialect) => ({
    name: `${dialect}: re-initialising on every deploy names no failure`,
    text: inDialect(dialect, 'The worker re-initializes its receipt log on every deploy.'),
    errors: [{ messageId: 'missing' }],
  })),
});

/**
 * A record that states its desired outcome as a story of what users see when things go wrong: that is
 * what the decision must achieve (a driver), not how the chosen design fails.
 */
const desiredOutcome = (dialect: Dialect, heading: string, ...consequences: string[]) =>
  adr(
    ...recordHead(dialect, 'Lock receipts against concurrent edits', { number: 12, date: '2025-03-04' }),
    `## ${heading}`,
    '',
    'A clerk who saves a stale receipt is shown a message saying what happened and can recover by reloading it.',
    '',
    decisionHeading(dialect),
    '',
    'Receipts carry a version number, and a save with an older version is turned down.',
    '',
    '## Consequences',
    '',
    '* Bad, because every save reads the row first.',
    ...consequences,
  );

ruleTester(failureStory, {
  valid: DIALECTS.map((dialect) => ({
    name: `${dialect}: the consequences still tell how the chosen design fails`,
    text: desiredOutcome(
      dialect,
      'Desired Outcomes',
      '* Bad, because if the version column is lost in a restore, every save is turned down until it is rebuilt.',
    ),
  })),
  invalid: DIALECTS.flatMap((dialect) =>
    ['Desired Outcomes', 'Goals'].map((heading) => ({
      name: `${dialect}: a "${heading}" section states what the decision must achieve, not how it fails`,
      text: desiredOutcome(dialect, heading),
      errors: [{ messageId: 'missing' }],
    })),
  ),
});

/** A failure the record rules out is a property of the design, not a way it breaks. */
const FAILURES_RULED_OUT = [
  'Receipt templates never expire, so after a deploy every send reads them from the cache.',
  '* Good, because the worker does not fail when a receipt has no line items; it sends an empty receipt.',
];

ruleTester(failureStory, {
  valid: DIALECTS.map((dialect) => ({
    name: `${dialect}: a failure named beside one ruled out still tells a story`,
    text: inDialect(
      dialect,
      'Receipt templates never expire; if the template store is lost, every send reads them from the cache.',
    ),
  })),
  invalid: DIALECTS.flatMap((dialect) =>
    FAILURES_RULED_OUT.map((told) => ({
      name: `${dialect}: "${told.slice(0, 40)}..." rules the failure out`,
      text: inDialect(dialect, told),
      errors: [{ messageId: 'missing' }],
    })),
  ),
});

/**
 * Failures told in plain operational words: a stream that drops, input that cannot be read (often as
 * a relative clause, "a file that cannot be parsed is refused"), a version no longer supported, with
 * the response in any verb: the client reconnects, the file is refused, admins are informed.
 */
const OPERATIONAL_FAILURE_STORIES = [
  '* Neutral: clients must reconnect if the event stream drops.',
  '* A receipt file that cannot be parsed is refused with an error naming the file and the reason.',
  '* Good, because the nightly backup gives a recovery path when a rollback cannot restore the old rows.',
  'When a tenant runs a relay version that is no longer supported, sends go on, but the dashboard should however flag that tenant.',
  'If a tenant is still on an unsupported relay version, its admins are informed by email.',
];

/** The same words with no failure as a condition, or with no response to it. */
const OPERATIONAL_WORDS_ONLY = [
  '* The worker closes the stream once the receipt is sent.',
  '* Relay versions older than 2.0 are unsupported.',
  '* Receipts that cannot be read by older clients are a known limitation.',
];

ruleTester(failureStory, {
  valid: DIALECTS.flatMap((dialect) =>
    OPERATIONAL_FAILURE_STORIES.map((story) => ({
      name: `${dialect}: "${story.slice(0, 40)}..." tells a failure and its handling`,
      text: inDialect(dialect, story),
    })),
  ),
  invalid: DIALECTS.flatMap((dialect) =>
    OPERATIONAL_WORDS_ONLY.map((told) => ({
      name: `${dialect}: "${told.slice(0, 40)}..." names no failure with a response`,
      text: inDialect(dialect, told),
      errors: [{ messageId: 'missing' }],
    })),
  ),
});
