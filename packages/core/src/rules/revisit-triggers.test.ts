import { DIALECTS, type Dialect, decisionHeading, recordHead } from '../../test/dialects.js';
import { adr, ruleTester } from '../../test/rule-tester.js';
import { revisitTriggers } from './revisit-triggers.js';

/**
 * MADR 4 with extra frontmatter lines (from line 3) and sections after the consequences. With no
 * extra lines the consequences heading is line 15 and `tail` starts on line 18.
 */
const madr4 = (frontmatter: string[], ...tail: string[]) =>
  adr(
    '---',
    'status: accepted',
    ...frontmatter,
    '---',
    '# Keep orders in a single PostgreSQL primary',
    '',
    '## Considered Options',
    '',
    '* Single PostgreSQL primary',
    '* Citus sharded cluster',
    '',
    '## Decision Outcome',
    '',
    'Chosen option: "Single PostgreSQL primary", because 800 writes/s fit on one node.',
    '',
    '### Consequences',
    '',
    '* Bad, because vertical scaling has a ceiling.',
    ...tail,
  );

/** A Nygard record (decision heading on line 9); `tail` starts on line 12. */
const nygard = (...tail: string[]) =>
  adr(
    '# 7. Keep orders in a single PostgreSQL primary',
    '',
    'Date: 2024-02-01',
    '',
    '## Status',
    '',
    'Accepted',
    '',
    '## Decision',
    '',
    'We will keep all orders on one PostgreSQL primary with two replicas.',
    ...tail,
  );

/** The same record in each dialect with the caller's consequences; the consequences heading is on line 10 (Nygard 13). */
const inDialect = (dialect: Dialect, ...consequences: string[]) =>
  adr(
    ...recordHead(dialect, 'Lease-based job scheduling', { number: 12, date: '2024-09-09' }),
    decisionHeading(dialect),
    '',
    'Workers take a 30-second lease on each job before running it.',
    '',
    '## Consequences',
    '',
    ...consequences,
  );

/** The same record with a "Re-evaluation criteria" section holding one item. */
/** A record whose revisit section is `heading` holding one `item`. */
const criteria = (dialect: Dialect, heading: string, item: string) =>
  inDialect(dialect, 'Jobs run at most once per lease.', '', heading, '', item);
const reEvaluation = (dialect: Dialect, item: string) => criteria(dialect, '## Re-evaluation criteria', item);

/** A record whose only revisit date is a metadata line under another name, in each dialect's place for it. */
const namedRevisitDate = (dialect: Dialect, value: string) => {
  const head = {
    madr: ['---', 'status: accepted', `review_date: ${value}`, '---', '# Keep orders in one primary', ''],
    log4brains: ['# Keep orders in one primary', '', '- Status: accepted', `- Review date: ${value}`, ''],
    nygard: [
      '# 7. Keep orders in one primary',
      '',
      'Date: 2024-02-01',
      `Review by: ${value}`,
      '',
      '## Status',
      '',
      'Accepted',
      '',
    ],
  }[dialect];
  return adr(...head, decisionHeading(dialect), '', 'We keep orders in a single PostgreSQL primary.');
};

ruleTester(revisitTriggers, {
  valid: [
    ...DIALECTS.flatMap((dialect) =>
      ['- Revisit next year.', '- Review again the following quarter.'].map((item) => ({
        name: `${dialect}: "${item}" counts a period from the record's date`,
        text: criteria(dialect, '## Revisit', item),
      })),
    ),
    ...DIALECTS.flatMap((dialect) =>
      [
        'This should be revisited after Authentik becomes capable of syncing LDAP groups.',
        'The lease length should be revisited once the upstream maintainers close issue #4127.',
      ].map((item) => ({
        name: `${dialect}: "${item.slice(0, 45)}..." names an upstream capability or a ticket`,
        text: inDialect(dialect, item),
      })),
    ),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: a named team finishing a named piece of work is a concrete event`,
      text: criteria(dialect, '## Revisit', '- When the platform team finishes the Kafka migration.'),
    })),
    ...DIALECTS.flatMap((dialect) => [
      {
        name: `${dialect}: "will be revisited once" a named phase is completed is a concrete event`,
        text: inDialect(
          dialect,
          'The lease length will be revisited once the second rollout phase has been completed.',
        ),
      },
      {
        name: `${dialect}: "should be revisited when starting work on" a named piece of work is a concrete event`,
        text: inDialect(dialect, 'This should be revisited when starting work on the mobile client.'),
      },
      ...[
        'Review after the Q3 load test.',
        'Review date: 2027-03',
        'The lease length will be reviewed in 2027.',
        'We will re-evaluate the lease length after six months in production.',
        'We will reassess this when the hosting agreement ends.',
        'Revisit after the pilot with the first two teams.',
        'Revisit when we add a second job queue.',
        'Revisit if the queue cost exceeds the budget.',
        'Revisit when the web app adopts it too.',
        'Reconsider once the billing team moves to Kafka.',
        'Revisit when Payments retires the v1 API.',
        'We revisit this when job volume exceeds 1,000 a minute.',
        'We revisit when monthly card volume passes EUR 500k.',
        'We reconsider the decision if the lease store costs more than $500 a month.',
      ].map((trigger) => ({
        name: `${dialect}: "${trigger}" is a concrete trigger`,
        text: inDialect(dialect, trigger),
      })),
      ...[
        '- once the job volume doubles',
        '- when we onboard the 10th tenant',
        '- when the number of queues reaches twenty',
        '- in H2 2027',
        '- spring 2027, with the budget',
        '- every year, or earlier if the lease length stops fitting',
      ].map((item) => ({
        name: `${dialect}: "${item.slice(2)}" is a threshold or date a team can check`,
        text: criteria(dialect, '## Revisit', item),
      })),
      {
        name: `${dialect}: a "Re-evaluation criteria" list is the revisit section`,
        text: reEvaluation(dialect, '- lease renewals above 2,000 per second'),
      },
    ]),
    { name: 'MADR 4: a revisit-by date', text: madr4(['revisit-by: 2027-06-30']) },
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: a revisit date under another name (review_date, Review date, Review by)`,
      text: namedRevisitDate(dialect, '2027-06-30'),
    })),
    {
      name: 'MADR 4: a measurable revisit-when list',
      text: madr4([
        'revisit-when:',
        '  - when writes exceed 5,000/s',
        '  - when the team exceeds 12 engineers',
      ]),
    },
    {
      name: 'a revisit-when string naming a concrete event',
      text: madr4(['revisit-when: when the vendor contract is renewed']),
    },
    {
      name: 'a vague and a concrete trigger together pass',
      text: madr4(['revisit-when:', '  - when needed', '  - if p99 > 300 ms for a week']),
    },
    {
      name: 'MADR 2: a Revisit by bullet under the title',
      text: adr(
        '# Use Keycloak for single sign-on',
        '',
        '* Status: accepted',
        '* Date: 2021-06-14',
        '* Revisit by: 2026-09-01',
        '',
        '## Decision Outcome',
        '',
        'Chosen option: "Keycloak", because it runs inside our network.',
      ),
    },
    {
      name: 'Nygard: a Revisit Triggers list with a threshold',
      text: nygard('', '## Revisit Triggers', '', '* If p99 write latency is above 300 ms for a week.'),
    },
    {
      name: 'Nygard: a revisit sentence in the consequences naming a concrete event',
      text: nygard('', '## Consequences', '', 'We will revisit this decision when the EU region launches.'),
    },
    {
      name: 'log4brains: a When to Revisit section',
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
        '## When to Revisit',
        '',
        '- When the docs exceed 1 GB, the Pages size limit.',
      ),
    },
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: a Kill criteria section holds the triggers`,
      text: criteria(
        dialect,
        '## Kill criteria',
        '- If more than 1% of jobs run twice in a week, we go back to the cron runner.',
      ),
    })),
    {
      name: 'home-grown: an Expiry section with a month',
      text: adr(
        '# Feature flags',
        '',
        'Status: accepted',
        '',
        '## Decision',
        '',
        'We buy a hosted flag service.',
        '',
        '## Expiry',
        '',
        'Review by 2027-06, when the first annual contract ends.',
      ),
    },
    {
      name: 'home-grown: a numbered Review Triggers heading with a table',
      text: adr(
        '# Feature flags',
        '',
        'Status: accepted',
        '',
        '## 4. Review Triggers (owner: platform)',
        '',
        '| Trigger | Owner |',
        '|---|---|',
        '| More than 200 active flags | platform |',
      ),
    },
  ],
  invalid: [
    ...DIALECTS.flatMap((dialect) =>
      ['- Revisit next time.', '- When it finishes.'].map((item) => ({
        name: `${dialect}: "${item}" names no period, actor or event, so it stays vague`,
        text: criteria(dialect, '## Revisit', item),
        errors: [{ messageId: 'vague' }],
      })),
    ),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: a trigger that names no amount, date or event is still vague`,
      text: criteria(dialect, '## Revisit', '- when the queue gets too big in the future'),
      errors: [{ messageId: 'vague' }],
    })),
    ...DIALECTS.flatMap((dialect) =>
      [
        '- if things move to something else in the future',
        '- when it moves to a better place',
        '- if we switch to it',
      ].map((item) => ({
        name: `${dialect}: "${item}" names no actor, so it stays vague`,
        text: criteria(dialect, '## Revisit', item),
        errors: [{ messageId: 'vague' }],
      })),
    ),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: a revisit verb that describes the design or its history is no trigger, so the trigger is missing`,
      text: inDialect(
        dialect,
        'A job is re-evaluated by the scheduler when its lease expires.',
        'Lost leases have caused us to reconsider how retries are counted.',
        'We are revisiting the earlier queue decision here.',
      ),
      errors: [{ messageId: 'missing', line: dialect === 'nygard' ? 13 : 10 }],
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: a vague kill criterion is reported as vague`,
      text: criteria(dialect, '## Kill criteria', '- If it stops working for us.'),
      errors: [{ messageId: 'vague' }],
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: a revisit that looks ahead without an event is vague`,
      text: inDialect(dialect, 'We might want to revisit the lease length later on.'),
      errors: [{ messageId: 'vague', data: { text: 'We might want to revisit the lease length later on.' } }],
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: "we reconsider when needed" looks ahead but names no event`,
      text: inDialect(dialect, 'We reconsider when needed.'),
      errors: [{ messageId: 'vague', data: { text: 'We reconsider when needed.' } }],
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: "will be reviewed in due course" names no date or event`,
      text: inDialect(dialect, 'The lease length will be reviewed in due course.'),
      errors: [{ messageId: 'vague', data: { text: 'The lease length will be reviewed in due course.' } }],
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: "once it becomes able to" names no actor and no ticket`,
      text: inDialect(dialect, 'We will revisit this once it becomes able to scale.'),
      errors: [{ messageId: 'vague', data: { text: 'We will revisit this once it becomes able to scale.' } }],
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: a "Re-evaluation criteria" list with only a vague item`,
      text: reEvaluation(dialect, '- if needed'),
      errors: [{ messageId: 'vague', data: { text: 'if needed' } }],
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: re-evaluating a part of the design, or a past reconsideration, is no trigger`,
      text: inDialect(
        dialect,
        'We re-evaluate it when a worker joins the pool.',
        'We reconsidered this in 2023 after an outage.',
      ),
      errors: [{ messageId: 'missing', line: dialect === 'nygard' ? 13 : 10 }],
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: a review of code, not of the decision, is no trigger`,
      text: inDialect(dialect, 'Changes to the scheduler will be reviewed by two engineers.'),
      errors: [{ messageId: 'missing', line: dialect === 'nygard' ? 13 : 10 }],
    })),
    {
      name: 'MADR 4: no trigger at all, reported at the consequences',
      text: madr4([]),
      errors: [{ messageId: 'missing', line: 15, column: 1 }],
    },
    {
      name: 'Nygard: no trigger and no consequences, reported at the decision',
      text: nygard(),
      errors: [{ messageId: 'missing', line: 9 }],
    },
    {
      name: 'an empty Revisit section is reported at that section',
      text: madr4([], '', '## Revisit'),
      errors: [{ messageId: 'missing', line: 19 }],
    },
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: a review date under another name that is not a date`,
      text: namedRevisitDate(dialect, 'next spring'),
      errors: [{ messageId: 'badDate', line: { madr: 3, log4brains: 4, nygard: 4 }[dialect] }],
    })),
    {
      name: 'revisit-by that is not a date',
      text: madr4(['revisit-by: next spring']),
      errors: [{ messageId: 'badDate', line: 3, column: 1, data: { value: 'next spring' } }],
    },
    {
      name: 'MADR 2: a Revisit by bullet that is not a date',
      text: adr(
        '# Use Keycloak for single sign-on',
        '',
        '* Status: accepted',
        '* Revisit by: after the reorg',
        '',
        '## Decision Outcome',
        '',
        'Chosen option: "Keycloak", because it runs inside our network.',
      ),
      errors: [{ messageId: 'badDate', line: 4, data: { value: 'after the reorg' } }],
    },
    {
      name: 'a revisit-when list of vague triggers: one finding each',
      text: madr4(['revisit-when:', '  - when needed', '  - in the future']),
      errors: [
        { messageId: 'vague', line: 3, data: { text: 'when needed' } },
        { messageId: 'vague', line: 3, data: { text: 'in the future' } },
      ],
    },
    {
      name: 'Nygard: a Revisit Triggers list of vague items, each reported at its line',
      text: nygard('', '## Revisit Triggers', '', '* When needed.', '* If things change.'),
      errors: [
        { messageId: 'vague', line: 15, data: { text: 'When needed.' } },
        { messageId: 'vague', line: 16, data: { text: 'If things change.' } },
      ],
    },
    {
      name: 'Nygard: a vague revisit sentence in the consequences',
      text: nygard('', '## Consequences', '', 'We may revisit this decision in the future.'),
      errors: [
        { messageId: 'vague', line: 15, data: { text: 'We may revisit this decision in the future.' } },
      ],
    },
    {
      name: 'Nygard: a sentence that rules a re-evaluation out is no trigger, so the trigger is missing',
      text: nygard(
        '',
        '## Consequences',
        '',
        'These initialisation changes should not require a reevaluation of the service framework.',
      ),
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'log4brains: a vague item in a Revisit section',
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
        '## Revisit',
        '',
        '- As necessary',
      ),
      errors: [{ messageId: 'vague', line: 12, data: { text: 'As necessary' } }],
    },
    {
      name: 'home-grown: a When to Revisit paragraph, one finding per vague sentence',
      text: adr(
        '# Feature flags',
        '',
        'Status: accepted',
        '',
        '## Decision',
        '',
        'We buy a hosted flag service.',
        '',
        '## When to Revisit',
        '',
        'When necessary. At some point we should look again.',
      ),
      errors: [
        { messageId: 'vague', line: 11, data: { text: 'When necessary.' } },
        { messageId: 'vague', line: 11, data: { text: 'At some point we should look again.' } },
      ],
    },
  ],
});

/** A move to a named platform and a named component's own load are events someone can see happen. */
ruleTester(revisitTriggers, {
  valid: DIALECTS.flatMap((dialect) => [
    {
      name: `${dialect}: a future move to a named platform is a trigger`,
      text: inDialect(dialect, 'In a later transition to Kubernetes this layout will be revisited.'),
    },
    {
      name: `${dialect}: a move to a platform named by its acronym is a trigger`,
      text: inDialect(
        dialect,
        'If we decide to move to SSR for the catalogue pages we will reevaluate this cache.',
      ),
    },
    {
      name: `${dialect}: a named component becoming a bottleneck is a trigger`,
      text: inDialect(
        dialect,
        'If the scheduler becomes a bottleneck and needs replication, we will revisit this decision.',
      ),
    },
  ]),
  invalid: DIALECTS.flatMap((dialect) => [
    {
      name: `${dialect}: "it" becoming a bottleneck names nothing to watch`,
      text: inDialect(dialect, 'If it becomes a bottleneck we will revisit this decision.'),
      errors: [{ messageId: 'vague' }],
    },
    {
      name: `${dialect}: a move to "it" names no platform`,
      text: inDialect(dialect, 'If we decide to move to it later we will reevaluate this cache.'),
      errors: [{ messageId: 'vague' }],
    },
    {
      name: `${dialect}: a move to something better names no platform`,
      text: inDialect(dialect, 'We may move to something better and will revisit this decision then.'),
      errors: [{ messageId: 'vague' }],
    },
  ]),
});

/** A capability a named system gains, described by what it can then do: something a team can watch for. */
const CAPABILITY_TRIGGERS = [
  'Revisit this decision if deployments gain a migration workflow that verifies the target database, creates a backup and requires approval.',
  'Revisit this decision when Terraform adds native support for ephemeral resources.',
  'We should reconsider once the CI system gets a manual approval step.',
  'Revisit this decision when browsers ship the View Transitions API.',
  'Reconsider when the managed offering provides point-in-time restore.',
  'Revisit if the provider starts charging per request.',
];

/** Gains with nothing named to watch for: more of something, "new features", or "we" and "things". */
const VAGUE_GAINS = [
  'Revisit this if we gain more users.',
  'Revisit this when the team gets bigger.',
  'Revisit this when the product gets new features.',
  'Revisit this if the platform offers better options.',
  'Revisit this decision if things change.',
  'We will revisit this when the world has changed.',
  'Revisit this if it stops meeting our needs.',
  'Revisit this if the platform provides better backups.',
];

ruleTester(revisitTriggers, {
  valid: [
    ...DIALECTS.flatMap((dialect) =>
      CAPABILITY_TRIGGERS.map((trigger) => ({
        name: `${dialect}: "${trigger.slice(0, 40)}..." names a capability to watch for`,
        text: inDialect(dialect, trigger),
      })),
    ),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: a capability in a revisit list is a trigger`,
      text: criteria(dialect, '## Revisit', '- When the job runner gains a retry policy per queue.'),
    })),
  ],
  invalid: [
    ...DIALECTS.flatMap((dialect) =>
      VAGUE_GAINS.map((trigger) => ({
        name: `${dialect}: "${trigger.slice(0, 40)}..." names nothing to watch for`,
        text: inDialect(dialect, trigger),
        errors: [{ messageId: 'vague' }],
      })),
    ),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: new features in a revisit list are no trigger`,
      text: criteria(dialect, '## Revisit', '- When the job runner gets new features.'),
      errors: [{ messageId: 'vague' }],
    })),
  ],
});

/** A record whose decision ends with the caller's lines: a lead-in and the list it introduces. */
const leadInRecord = (dialect: Dialect, ...lines: string[]) =>
  adr(
    ...recordHead(dialect, 'Pin the minimum Rust version to 1.70', { number: 5 }),
    '## Context',
    '',
    'The crates are only used inside this workspace today.',
    '',
    decisionHeading(dialect),
    '',
    'We pin the minimum supported Rust version to 1.70.',
    '',
    ...lines,
  );

ruleTester(revisitTriggers, {
  valid: DIALECTS.flatMap((dialect) => [
    {
      name: `${dialect}: "the decision is revisited when ... :" with a concrete event in the list below`,
      text: leadInRecord(
        dialect,
        'This is provisional. The decision is revisited when either of these happens:',
        '',
        '- the crates are published to crates.io;',
        '- a project outside this workspace depends on them.',
      ),
    },
    {
      name: `${dialect}: a migration "deferred until:" a release named in the list below`,
      text: leadInRecord(
        dialect,
        'Moving to a newer toolchain is a change deferred until:',
        '',
        '- the current Debian stable release stops shipping Rust 1.70, or',
        '- the parser is rewritten.',
      ),
    },
    {
      name: `${dialect}: "the choice is reviewed when" a threshold is crossed`,
      text: leadInRecord(dialect, 'The choice is reviewed when the build takes longer than 20 minutes.'),
    },
  ]),
  invalid: DIALECTS.flatMap((dialect) => [
    {
      name: `${dialect}: a list of what "can be revisited" names no time to revisit`,
      text: leadInRecord(
        dialect,
        'Some parts can be revisited:',
        '',
        '- the version of the serde crate, which is deprecated upstream;',
        '- the lint settings.',
      ),
      errors: [{ messageId: 'vague' }],
    },
    {
      name: `${dialect}: a lead-in whose list holds only vague conditions`,
      text: leadInRecord(
        dialect,
        'The decision is revisited when either of these happens:',
        '',
        '- things change;',
        '- it is needed.',
      ),
      errors: [{ messageId: 'vague' }],
    },
  ]),
});
