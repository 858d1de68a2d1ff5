import { DIALECTS, type Dialect, decisionHeading, recordHead } from '../../test/dialects.js';
import { adr, ruleTester } from '../../test/rule-tester.js';
import { unfilledRecord } from '../../test/unfilled-templates.js';
import { yStatement, yStatementAlone, yStatementRecord } from '../../test/y-statements.js';
import { tradeoffsNamed } from './tradeoffs-named.js';

/** A MADR 4 record whose consequences are given by the caller. */
const madr4 = (...consequences: string[]) =>
  adr(
    '---',
    'status: accepted',
    'date: 2024-03-11',
    'decision-makers: [Ines Carvalho]',
    '---',
    '# Store uploaded invoices in object storage',
    '',
    '## Considered Options',
    '',
    '* S3-compatible object storage',
    '* PostgreSQL large objects',
    '',
    '## Decision Outcome',
    '',
    'Chosen option: "S3-compatible object storage", because it scales past 40,000 invoices a day.',
    '',
    ...consequences,
  );

const pros = (chosen: string[], other: string[]) =>
  adr(
    '---',
    'status: accepted',
    '---',
    '# Search engine for the catalogue',
    '',
    '## Considered Options',
    '',
    '* Meilisearch',
    '* OpenSearch',
    '',
    '## Decision Outcome',
    '',
    'Chosen option: "Meilisearch", because it is a single binary.',
    '',
    '### Consequences',
    '',
    '* Good, because search results come back in under 50 ms.',
    '',
    '## Pros and Cons of the Options',
    '',
    '### Meilisearch',
    '',
    ...chosen,
    '',
    '### OpenSearch',
    '',
    ...other,
  );

/** The same decision in each dialect, its consequences written as plain prose by the caller. */
const plainConsequences = (dialect: Dialect, consequence: string) =>
  adr(
    ...recordHead(dialect, 'Send receipts through a mail relay', { number: 8, date: '2024-04-22' }),
    '## Context',
    '',
    'Customers need a receipt by email within a minute of paying.',
    '',
    decisionHeading(dialect),
    '',
    "We will send receipts through the hosting provider's mail relay.",
    '',
    '## Consequences',
    '',
    consequence,
  );

/** A record with no consequences section that ends in a "Risks" section, whose content is the caller's. */
const withRisks = (dialect: Dialect, risk: string) =>
  adr(
    ...recordHead(dialect, 'Run one pipeline stack per project', { number: 12 }),
    '## Context',
    '',
    'Projects share one pipeline server today, and one runaway job stalls everyone.',
    '',
    decisionHeading(dialect),
    '',
    'Each project gets its own pipeline stack, started by a small operator we write.',
    '',
    '## Risks',
    '',
    risk,
  );

/** Costs said in everyday words rather than "Bad, because". */
const plainCosts = [
  'The relay costs more per message than sending from our own servers, which cancels the cost savings of dropping them.',
  'We are going to have to rotate the relay password by hand every quarter.',
  'We’ll need to ask the platform team for every new sender address.',
  'We will be dependent on the provider for delivery reports.',
  'The relay has fewer features than a dedicated email service, with no bounce webhooks.',
  'There are two additional API keys to manage in each environment.',
  // Without a cost word at all: what it adds, what goes up, waiting, staleness, effort and ties.
  'Queuing at the relay adds about 2 seconds to each receipt.',
  'The monthly hosting bill goes up by about $40.',
  'Memory use of the mail worker doubles.',
  'Slightly higher latency on the checkout page while the receipt is queued.',
  'Customers may wait up to a minute for a receipt during a sale.',
  'Deploys take a few seconds longer while the relay settings are checked.',
  'Delivery status in the admin can be out of date by a few minutes.',
  'Moving the templates over will take about two sprints.',
  'Support staff must learn the delivery log format of the relay.',
  'The relay is one more service to patch and upgrade.',
  'The relay is one more stateful system for the platform team.',
  'The relay is one more managed service to pay for (about $40 a month).',
  'The platform team runs one more service, with its own Postgres database.',
  'We pay about $40 a month for the relay.',
  'We pay about 0.1% more per receipt than a dedicated email service would charge.',
  'We will spend more money on mail than with our own servers, since the relay charges per message.',
  'Customers pay slightly more for express receipts.',
  'We take on monitoring the relay ourselves.',
  'It ties us to the hosting provider for outbound mail.',
  'We are now tied to the hosting provider for outbound mail.',
  'Bounce handling is now our problem.',
  'Debugging a missing receipt gets trickier.',
  'Checking every sender address slows releases down.',
  // Said of the choice itself, a relative clause still names its price.
  'We now rely on a relay that cannot send attachments over 10 MB.',
  // Effort, waiting, a big change, lost control and a weakened protection, with no cost word.
  'A consequence for developers is a small bit of effort that has to be invested whenever a sender is added.',
  'A receipt that failed to send waits much longer before its next attempt.',
  'Moving every mailer to the relay was a large mechanical diff.',
  'The relay would limit our control over the message headers.',
  'Copying the customer note into the subject line undermines the spoofing protection the relay gives us.',
  '### Pitfall\n\nTemplates that copy the reply-to address from the order show it to every recipient.',
  // What was possible before and is not now is a price, even told from the past.
  'In the past staff could resend a receipt from the admin; now that is impossible.',
  // A tool that reports weaknesses can still have a price of its own.
  'Alerting on bounced receipts is slower than with a dedicated email service.',
];

/** Options as a table with Pros and Cons columns; the chosen row's cons cell is the caller's. */
const optionsTable = (dialect: Dialect, redisCons: string) =>
  adr(
    ...recordHead(dialect, 'Cache product pages', { number: 2 }),
    dialect === 'nygard' ? '## Options' : '## Considered Options',
    '',
    '| Option | Pros | Cons |',
    '|---|---|---|',
    `| Redis | One warm cache for every pod | ${redisCons} |`,
    '| In-process LRU | No network hop | Each pod warms its own copy |',
    '',
    decisionHeading(dialect),
    '',
    'We will use Redis, because every pod then shares one warm cache.',
  );

/** Options listed one per line with their pros and cons inline; GoodJob's line is the caller's. */
const inlineOptions = (dialect: Dialect, goodJob: string) =>
  adr(
    ...recordHead(dialect, 'Run background jobs', { number: 5 }),
    '## Considered Options',
    '',
    '- Sidekiq — pros: mature, fast; cons: needs Redis.',
    `- ${goodJob}`,
    '',
    decisionHeading(dialect),
    '',
    'We will use GoodJob, because it runs on the PostgreSQL we already operate.',
  );

/** Option sub-headings weighed in one paragraph each, "**Pros:** ... **Cons:** ..."; Unleash's paragraph is the caller's. */
const boldInlineWeighing = (dialect: Dialect, unleash: string) =>
  adr(
    ...recordHead(dialect, 'Feature flags', { number: 7 }),
    '## Considered Options',
    '',
    '### LaunchDarkly',
    '',
    '**Pros:** a polished UI and SDKs for every language. **Cons:** $20k a year.',
    '',
    '### Unleash, self-hosted',
    '',
    unleash,
    '',
    decisionHeading(dialect),
    '',
    'We go with Unleash, self-hosted, because it is free.',
    '',
    '## Consequences',
    '',
    'Flags are managed in the Unleash console.',
  );

/** A Nygard record putting every environment in one cluster; its consequences are the caller's. */
const oneCluster = (...consequences: string[]) =>
  adr(
    ...recordHead('nygard', 'Run every environment in one cluster'),
    '## Decision',
    '',
    'We will run development, staging and production in one cluster, split by namespace.',
    '',
    '## Consequences',
    '',
    ...consequences,
  );

/** A record written with bold labels instead of headings after its opening; its consequences are the caller's. */
const labelledRecord = (dialect: Dialect, consequence: string) =>
  adr(
    ...recordHead(dialect, 'Pick a feature-flag service'),
    '**Options considered:**',
    '',
    '1. LaunchDarkly',
    '2. Unleash, self-hosted',
    '',
    '**Decision:** We will use Unleash, self-hosted, because it costs nothing per seat.',
    '',
    '**Consequences:**',
    '',
    `- ${consequence}`,
  );

ruleTester(tradeoffsNamed, {
  valid: [
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: a cost under a bold "**Consequences:**" label is named`,
      text: labelledRecord(dialect, 'Bad: one more service for the platform team to upgrade and back up.'),
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: "**Pros:** ... **Cons:** ..." in one paragraph under the chosen option names its cost`,
      text: boldInlineWeighing(
        dialect,
        '**Pros:** free and open source. **Cons:** we run another PostgreSQL.',
      ),
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: a "cons:" stated inline on the chosen option's line is a cost`,
      text: inlineOptions(dialect, 'GoodJob — pros: uses our PostgreSQL; cons: a younger project.'),
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: the chosen row's cell under a "Cons" column of the options table is a cost`,
      text: optionsTable(dialect, 'Another cluster for the team to run'),
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: the price accepted by a record that is a Y-statement alone is a named cost`,
      text: yStatementAlone(
        dialect,
        yStatement({ neglected: 'Cassandra', accepting: 'writes stop during a failover' }),
      ),
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: the price a Y-statement accepts is a named cost`,
      text: yStatementRecord(
        dialect,
        yStatement({
          neglected: 'Cassandra',
          achieve: 'one transaction per payment',
          accepting: 'writes stop during a failover',
        }),
      ),
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: a "Consequences and Alternatives" section is read as the consequences it names first`,
      text: adr(
        ...recordHead(dialect, 'Schedule imports with a workflow manager', { number: 6 }),
        '## Context',
        '',
        'Imports from partners run on a schedule; uploads start work at any time.',
        '',
        decisionHeading(dialect),
        '',
        'We will run imports and uploads as Airflow workflows.',
        '',
        '## Consequences and Alternatives',
        '',
        'We will need to run the Airflow scheduler and its cache ourselves.',
        '',
        'We also looked at Luigi, which only runs recurring jobs.',
      ),
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: a Risks section with content names the price`,
      text: withRisks(dialect, '* Nobody on the team has written an operator before.'),
    })),
    ...DIALECTS.flatMap((dialect) =>
      plainCosts.map((cost) => ({
        name: `${dialect}: a cost in plain words counts: "${cost.slice(0, 40)}..."`,
        text: plainConsequences(dialect, cost),
      })),
    ),
    ...DIALECTS.flatMap((dialect) =>
      [
        ['- 👍 One provider for all mail.', '- 👎 Receipts look plainer than before.'],
        ['- ✅ One provider for all mail.', '- ❌ Receipts look plainer than before.'],
        ['- :+1: One provider for all mail.', '- :-1: Receipts look plainer than before.'],
        ['- One provider for all mail.', '- ⚠️ Receipts look plainer than before.'],
      ].map(([pro, con]) => ({
        name: `${dialect}: a consequence marked as a con by a symbol counts: "${con}"`,
        text: plainConsequences(dialect, `${pro}\n${con}`),
      })),
    ),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: a consequences table row rated "Negative" in its own cell is a cost`,
      text: plainConsequences(
        dialect,
        '| Consequence | Kind |\n|---|---|\n| One provider for all mail | Positive |\n| Receipts look plainer than before | Negative |',
      ),
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: "## Pros" and "## Cons" after the decision are its consequences`,
      text: adr(
        ...recordHead(dialect, 'Terraform state in Terraform Cloud', { number: 9 }),
        decisionHeading(dialect),
        '',
        'We move Terraform state to Terraform Cloud, since it locks runs per workspace.',
        '',
        '## Pros',
        '',
        '* Plans show in pull requests.',
        '',
        '## Cons',
        '',
        '* Runs queue up at busy times.',
      ),
    })),
    {
      name: 'Nygard: a cost that stands after a denial elsewhere in the line still counts',
      text: oneCluster(
        '- There is no second cluster to patch, but a bad upgrade now means downtime for every team.',
      ),
    },
    {
      name: 'Nygard: a benefit verb that is itself denied ("no way to avoid") leaves the cost standing',
      text: oneCluster('- There is no way to avoid duplication of the ingress rules per namespace.'),
    },
    {
      name: 'home-grown: a "Cons:" list under the factors of a single proposal',
      text: adr(
        '# Single sign-on for the console',
        '',
        '## Status',
        '',
        'Accepted',
        '',
        '## Factors in the decision',
        '',
        'Pros:',
        '',
        '* One login for every account and role.',
        '',
        'Cons:',
        '',
        '* Sessions expire after 12 hours, so people log in again every day.',
      ),
    },
    {
      name: 'MADR 4: option headings under Pros and Cons that themselves mention "pros and cons"',
      text: adr(
        '# Where to put the pros and cons',
        '',
        '## Considered Options',
        '',
        '* Pros and cons after the outcome',
        '* Pros and cons before the outcome',
        '',
        '## Decision Outcome',
        '',
        'Chosen option: "Pros and cons after the outcome", because the decision is read first.',
        '',
        '## Pros and Cons of the Options',
        '',
        '### Pros and cons after the outcome',
        '',
        '* Bad, because readers meet the result before the arguments.',
        '',
        '### Pros and cons before the outcome',
        '',
        '* Bad, because the decision sits far below the options.',
      ),
    },
    {
      name: 'MADR 4: a "Bad, because" consequence',
      text: madr4(
        '### Consequences',
        '',
        '* Good, because lifecycle rules expire old invoices for us.',
        '* Bad, because every read is a network call, slower than a local disk.',
      ),
    },
    {
      name: 'MADR 4: only good consequences, but the chosen option has a con under Pros and Cons',
      text: pros(
        ['* Good, because one process to run.', '* Bad, because it has no clustering.'],
        ['* Good, because it clusters.'],
      ),
    },
    {
      name: 'MADR 2: a Negative Consequences list',
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
        '',
        '## Decision Outcome',
        '',
        'Chosen option: "Keycloak", because it runs inside our network.',
        '',
        '### Positive Consequences',
        '',
        '* One login for every internal tool.',
        '',
        '### Negative Consequences',
        '',
        '* We patch and upgrade Keycloak ourselves, two days a quarter.',
      ),
    },
    {
      name: 'Nygard: a consequences paragraph that names a cost',
      text: adr(
        '# 7. Use RabbitMQ for background jobs',
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
        '## Consequences',
        '',
        'Pages load faster. Local development gets harder, since every developer now runs a broker.',
      ),
    },
    {
      name: 'Nygard: a risk the decision brings, said as "becomes a single point of failure"',
      text: adr(
        '# 21. Fold the reports database into the main cluster',
        '',
        '## Status',
        '',
        'Accepted',
        '',
        '## Decision',
        '',
        'The reports service reads from the main Postgres cluster; its own database is switched off.',
        '',
        '## Consequences',
        '',
        'There is a chance that the main cluster becomes a single point of failure for every page.',
        '',
        'We save the cost of a second cluster.',
      ),
    },
    {
      name: 'home-grown: a dependency the decision takes on ("reliant on", "would need to")',
      text: adr(
        '# Feature flags with a library',
        '',
        '## Decision',
        '',
        'Feature flags come from the flagpole library.',
        '',
        '## Consequences',
        '',
        'We are now reliant on flagpole; if it were abandoned we would need to fork it.',
      ),
    },
    {
      name: 'Nygard: "at the cost of" in a consequences paragraph',
      text: adr(
        '# 12. Render the dashboard on the server',
        '',
        '## Status',
        '',
        'Accepted',
        '',
        '## Decision',
        '',
        'We will render the dashboard on the server.',
        '',
        '## Consequences',
        '',
        'The first screen is usable in two seconds, at the cost of a round trip for every filter change.',
      ),
    },
    {
      name: 'log4brains: Positive and Negative Consequences under the outcome',
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
        '',
        '## Decision Outcome',
        '',
        'Chosen option: "GitHub Pages", because the repository already lives on GitHub.',
        '',
        '### Positive Consequences',
        '',
        '- No upload from laptops any more.',
        '',
        '### Negative Consequences',
        '',
        '- No preview deployments for pull requests.',
      ),
    },
    {
      name: 'home-grown: a Trade-offs section with content',
      text: adr(
        '# Feature flags',
        '',
        'Status: accepted',
        '',
        '## Decision',
        '',
        'We buy a hosted flag service.',
        '',
        '## Trade-offs',
        '',
        'We pay $400 a month and flag evaluation depends on the vendor SDK.',
      ),
    },
    {
      name: 'home-grown: +/- consequence list',
      text: adr(
        '# Feature flags',
        '',
        'Status: accepted',
        '',
        '## Decision',
        '',
        'We buy a hosted flag service.',
        '',
        '## Consequences',
        '',
        '+ Targeting rules without writing a UI',
        '- A monthly bill of $400',
      ),
    },
    {
      name: 'Nygard: performance penalties named in a consequences paragraph are a price',
      text: adr(
        '# 21. Compress archived events',
        '',
        'Date: 2024-11-05',
        '',
        '## Status',
        '',
        'Accepted',
        '',
        '## Decision',
        '',
        'Archived event segments are compressed with zstd once they are sealed.',
        '',
        '## Consequences',
        '',
        'Reading an archived segment now pays decompression penalties of about 8 ms per megabyte.',
      ),
    },
    {
      name: 'MADR 4: a consequence bullet naming penalties for the chosen option',
      text: madr4(
        '### Consequences',
        '',
        '* Reads of cold invoices carry latency penalties of up to 200 ms.',
      ),
    },
    {
      name: 'log4brains: a penalties line in the consequences',
      text: adr(
        '# Sign every release artefact',
        '',
        '- Status: accepted',
        '- Date: 2023-06-01',
        '',
        '## Decision Outcome',
        '',
        'We sign every artefact with the release key in CI.',
        '',
        '## Consequences',
        '',
        'Builds take about 40 seconds longer, and a lost key brings penalties: every artefact must be re-signed.',
      ),
    },
    {
      name: 'perOption: every option has a con',
      options: { perOption: true },
      text: pros(
        ['* Good, because one process.', '* Bad, because no clustering.'],
        ['* Bad, because it needs three nodes.'],
      ),
    },
  ],
  invalid: [
    ...DIALECTS.flatMap((dialect) =>
      ['No risks identified.', 'None.'].map((risk) => ({
        name: `${dialect}: a Risks section that names none is no cost: "${risk}"`,
        text: withRisks(dialect, risk),
        errors: [{ messageId: 'noConsequences' }],
      })),
    ),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: money saved ("Cost savings", "the cost saving is about 15%") names no cost`,
      text: plainConsequences(
        dialect,
        '### Cost savings\n\nThe cost saving per relay message is about 15%, and cost reductions grow with volume.',
      ),
      errors: [{ messageId: 'noCost' }],
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: only benefits under a bold "**Consequences:**" label name no cost`,
      text: labelledRecord(dialect, 'Good: flags change in seconds without a redeploy.'),
      // The finding points at the label, which stands where a heading would.
      errors: [{ messageId: 'noCost', line: { nygard: 14, madr: 13, log4brains: 12 }[dialect] }],
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: "**Pros:** ..." alone in the chosen option's paragraph names no cost`,
      text: boldInlineWeighing(dialect, '**Pros:** free and open source, and we know its API.'),
      errors: [{ messageId: 'noCost' }],
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: "### Cons" under an option heading before the decision is that option's, not the decision's`,
      text: adr(
        ...recordHead(dialect, 'Terraform state in Terraform Cloud', { number: 9 }),
        '## Option 1: Spacelift',
        '',
        '### Cons',
        '',
        '* Runs queue up at busy times.',
        '',
        decisionHeading(dialect),
        '',
        'We move Terraform state to Terraform Cloud, since it locks runs per workspace.',
      ),
      errors: [{ messageId: 'noConsequences' }],
    })),
    {
      name: 'log4brains: "cons: none" on the chosen option\'s line names no cost',
      text: inlineOptions('log4brains', 'GoodJob — pros: uses our PostgreSQL; cons: none'),
      errors: [{ messageId: 'noConsequences' }],
    },
    {
      name: 'Nygard: an empty "Cons" cell for the chosen row names no cost',
      text: optionsTable('nygard', 'n/a'),
      errors: [{ messageId: 'noConsequences' }],
    },
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: a record that is a Y-statement alone and accepts nothing names no cost`,
      text: yStatementAlone(
        dialect,
        yStatement({ neglected: 'Cassandra', achieve: 'one transaction per payment' }),
      ),
      errors: [{ messageId: 'noConsequences' }],
    })),
    {
      name: 'MADR: a Y-statement that accepts nothing names no cost',
      text: yStatementRecord(
        'madr',
        yStatement({ neglected: 'Cassandra', achieve: 'one transaction per payment' }),
      ),
      errors: [{ messageId: 'noConsequences', line: 6 }],
    },
    ...DIALECTS.flatMap((dialect) =>
      [
        'Receipts are not dependent on the shop staying up.',
        'Setup takes less time than any other option we looked at.',
        'Checkout latency drops from 900 ms to 200 ms.',
        'There is no stale data: each receipt is built from the final order.',
        'Nothing changes for customers.',
        'There is no extra service for the platform team to run.',
        'Another team can reuse the relay for their receipts.',
        'It is more convenient for staff to keep receipts in one place.',
        'A nightly job removes stale receipts from the outbox.',
        'Sending receipts after the response avoids slowing the checkout page.',
        'Support staff pay more attention to bounced receipts.',
        'We pay less per receipt than with the old provider.',
        'Dropping our own mail servers lets us spend more money on the receipt designs.',
        'One relay per brand limits the blast radius of a broken template.',
        'The type checker makes a large refactoring of the mailers safe.',
        'Time invested in the receipt templates pays off quickly.',
        // The pain of how things were is why the decision was made, not what it costs.
        'In the past we lost a lot of time patching vulnerabilities in our own mail server. The relay patches itself.',
        // "No longer" before a need or a chore is a relief, not a lost capability.
        'Staff no longer have to resend bounced receipts by hand.',
        // The weaknesses a tool reports or guards against are what it is for, not its price.
        'We now get real-time information on any security vulnerabilities in the relay, with alerting of newly reported vulnerabilities.',
        'The relay gives us protection against downtime of our own mail servers.',
        // A clause marking out where the decision applies names its scope, not a cost.
        'All services should use the relay for any mail that cannot be sent from the shop itself.',
        "Teams send through the relay for every receipt that can't wait for the nightly batch.",
        // Marked as pros, these are benefits whatever their words ("wait", "no longer").
        '- ✅ Customers no longer wait for a receipt while the page loads.',
        '- 👍 Customers wait less for a receipt.',
        // The header row names the columns ("Cost"); only the rows are consequences.
        '| Consequence | Cost |\n|---|---|\n| One provider for all mail | Positive |',
        // Rated "Positive" in its own cell, a row is a benefit whatever its words ("no longer").
        '| Consequence | Kind |\n|---|---|\n| Customers no longer wait for a receipt | Positive |',
      ].map((benefit) => ({
        name: `${dialect}: a benefit in the same words is no cost: "${benefit.slice(0, 40)}..."`,
        text: plainConsequences(dialect, benefit),
        errors: [{ messageId: 'noCost', line: dialect === 'nygard' ? 17 : 14 }],
      })),
    ),
    {
      name: 'home-grown: a cost the decision reduces, avoids or lowers is a benefit, not its price',
      text: adr(
        '# Sign tokens inside the key vault',
        '',
        '## Decision',
        '',
        'The signing service sends the payload to the vault, which signs it with a key that never leaves it.',
        '',
        '## Rationale',
        '',
        'This avoids any risk of key exposure, reduces the overhead of rotating keys and means lower costs for audits.',
      ),
      errors: [{ messageId: 'noConsequences', line: 3 }],
    },
    {
      name: 'Nygard: consequences that deny a cost ("no duplication", "without the overhead") name none',
      text: oneCluster(
        '- There is no duplication of effort across three clusters.',
        '- Teams get preview environments without the overhead of a second control plane.',
        '- Upgrades roll out with zero downtime.',
        '- There is no downside to sharing the ingress controller.',
      ),
      errors: [{ messageId: 'noCost', line: 11 }],
    },
    {
      name: 'home-grown: a "Cons:" list under a rejected alternative is not the decision\'s cost',
      text: adr(
        '# Single sign-on for the console',
        '',
        '## Rejected Alternatives',
        '',
        'Cons:',
        '',
        '* Shared passwords leak.',
        '',
        '## Decision',
        '',
        'We will use single sign-on for the console.',
      ),
      errors: [{ messageId: 'noConsequences', line: 9 }],
    },
    {
      name: 'MADR 4: only good consequences, reported at the consequences heading',
      text: madr4(
        '### Consequences',
        '',
        '* Good, because lifecycle rules expire old invoices for us.',
        '* Good, because durability is the provider job.',
      ),
      errors: [{ messageId: 'noCost', line: 17, column: 1 }],
    },
    {
      name: 'MADR 4: no consequences at all, reported at the outcome',
      text: madr4(),
      errors: [{ messageId: 'noConsequences', line: 13, column: 1 }],
    },
    {
      name: 'MADR 4: the only con belongs to the option that was not chosen',
      text: pros(['* Good, because one process to run.'], ['* Bad, because it needs three nodes.']),
      errors: [{ messageId: 'noCost', line: 15 }],
    },
    {
      name: 'MADR 2: only Positive Consequences',
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
        '',
        '## Decision Outcome',
        '',
        'Chosen option: "Keycloak", because it runs inside our network.',
        '',
        '### Positive Consequences',
        '',
        '* One login for every internal tool.',
      ),
      errors: [{ messageId: 'noCost', line: 15 }],
    },
    {
      name: 'Nygard: consequences that only praise the decision',
      text: adr(
        '# 7. Use RabbitMQ for background jobs',
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
        'Pages load faster and thumbnails appear within a few seconds.',
      ),
      errors: [{ messageId: 'noCost', line: 11 }],
    },
    {
      name: 'Nygard: a consequence that removes a single point of failure is a benefit, not a cost',
      text: adr(
        '# 22. Two ingress controllers',
        '',
        '## Status',
        '',
        'Accepted',
        '',
        '## Decision',
        '',
        'Run a second ingress controller beside the first.',
        '',
        '## Consequences',
        '',
        'The second controller removes the single point of failure, and the change will have no impact on teams.',
      ),
      errors: [{ messageId: 'noCost', line: 11 }],
    },
    {
      name: 'Nygard: no consequences section, reported at the decision',
      text: adr(
        '# 7. Use RabbitMQ for background jobs',
        '',
        '## Status',
        '',
        'Accepted',
        '',
        '## Decision',
        '',
        'We will move thumbnail generation to workers that read jobs from RabbitMQ.',
      ),
      errors: [{ messageId: 'noConsequences', line: 7 }],
    },
    {
      name: 'log4brains: no consequences',
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
        '',
        '## Decision Outcome',
        '',
        'Chosen option: "GitHub Pages", because the repository already lives on GitHub.',
      ),
      errors: [{ messageId: 'noConsequences', line: 11 }],
    },
    {
      name: 'home-grown: an empty Trade-offs section',
      text: adr(
        '# Feature flags',
        '',
        'Status: accepted',
        '',
        '## Decision',
        '',
        'We buy a hosted flag service.',
        '',
        '## Trade-offs',
      ),
      errors: [{ messageId: 'noCost', line: 9 }],
    },
    {
      name: 'no outcome and no consequences: reported at the title',
      text: adr(
        '# Feature flags',
        '',
        'Status: proposed',
        '',
        '## Context',
        '',
        'Releases are blocked on unfinished work.',
      ),
      errors: [{ messageId: 'noConsequences', line: 1 }],
    },
    {
      name: 'perOption: each option without a con is its own finding',
      options: { perOption: true },
      text: pros(
        ['* Good, because one process.', '* Bad, because no clustering.'],
        ['* Good, because it clusters.'],
      ),
      errors: [{ messageId: 'optionWithoutCon', line: 9, data: { option: 'OpenSearch' } }],
    },
    {
      name: 'perOption: no cost anywhere gives the record finding and one per option',
      options: { perOption: true },
      text: madr4('### Consequences', '', '* Good, because durability is the provider job.'),
      errors: [
        { messageId: 'optionWithoutCon', line: 10, data: { option: 'S3-compatible object storage' } },
        { messageId: 'optionWithoutCon', line: 11, data: { option: 'PostgreSQL large objects' } },
        { messageId: 'noCost', line: 17 },
      ],
    },
  ],
});

/** The same decision in each dialect with benefit-only consequences; the decision paragraph is the caller's. */
const pricedDecision = (dialect: Dialect, decision: string) =>
  adr(
    ...recordHead(dialect, 'Pool database connections', { number: 11, date: '2024-05-06' }),
    '## Context',
    '',
    'Each worker opens 20 connections and the database allows 500.',
    '',
    decisionHeading(dialect),
    '',
    decision,
    '',
    '## Consequences',
    '',
    'Workers scale to 200 replicas without running out of connections.',
  );

/** Decision statements that state the price they pay. */
const PRICED_DECISIONS = [
  'We will run a pooler in transaction mode (which means we have to turn off prepared statements and session locks).',
  'We will run a pooler in transaction mode. Its upkeep is modest if not trivial; the risk is that it becomes one more hop to debug.',
];

/** Decision statements whose asides name only benefits. */
const UNPRICED_DECISIONS = [
  'We will run a pooler in transaction mode (which means workers share 50 server connections).',
  'We will run a pooler in transaction mode, because it is the mode that scales furthest.',
  // A cost the system measures is its subject matter, not the decision's price.
  'We will run a pooler in transaction mode and meter its use, per query and per caller, on one dashboard.\n\n- Pool time: represents the cost of each query in server time.\n- Waits: tracks the price of a full pool for each caller.',
];

ruleTester(tradeoffsNamed, {
  valid: DIALECTS.flatMap((dialect) =>
    PRICED_DECISIONS.map((decision) => ({
      name: `${dialect}: "${decision.slice(40, 90)}..." names the decision's price`,
      text: pricedDecision(dialect, decision),
    })),
  ),
  invalid: DIALECTS.flatMap((dialect) =>
    UNPRICED_DECISIONS.map((decision) => ({
      name: `${dialect}: "${decision.slice(40, 90)}..." names no price`,
      text: pricedDecision(dialect, decision),
      errors: [{ messageId: 'noCost' }],
    })),
  ),
});

/** The template's own cost prompt ("Bad, because {negative consequence, ...}") names no cost. */
ruleTester(tradeoffsNamed, {
  valid: DIALECTS.map((dialect) => ({
    name: `${dialect}: a real cost beside the template's cost prompt`,
    text: unfilledRecord(dialect, {
      options: ['Redis', 'Memcached'],
      chosen: 'Redis',
      cost: 'Redis is one more stateful service for the platform team to run.',
    }),
  })),
  invalid: DIALECTS.flatMap((dialect) => [
    {
      name: `${dialect}: an unfilled template names no cost`,
      text: unfilledRecord(dialect),
      errors: [{ messageId: 'noCost' }],
    },
    {
      name: `${dialect}: real options and choice, but only the template's cost prompt`,
      text: unfilledRecord(dialect, { options: ['Redis', 'Memcached'], chosen: 'Redis' }),
      errors: [{ messageId: 'noCost' }],
    },
  ]),
});

/**
 * Options under sub-headings with "Pros:" and "Cons:" lines and no blank line before "Cons:", so
 * Markdown reads "Cons:" as the last line of the last pro.
 */
const labelsWithoutBlankLines = (dialect: Dialect, cons: string[]) =>
  adr(
    ...recordHead(dialect, 'Cache for the catalogue', { number: 21 }),
    '## Considered Options',
    '',
    '### Redis',
    'Pros:',
    '* Widely used and well understood',
    '* Runs in our cluster',
    ...cons,
    '',
    '### Memcached',
    'Pros:',
    '* Simple to run',
    'Cons:',
    '* No persistence',
    '',
    decisionHeading(dialect),
    '',
    'Chosen option: "Redis", because it is widely used and well understood.',
  );

ruleTester(tradeoffsNamed, {
  valid: DIALECTS.map((dialect) => ({
    name: `${dialect}: a "Cons:" line straight after the last pro labels the items after it`,
    text: labelsWithoutBlankLines(dialect, ['Cons:', '* One more service for the on-call rota to run']),
  })),
  invalid: DIALECTS.map((dialect) => ({
    name: `${dialect}: with no "Cons:" line, the items after "Pros:" are all pros`,
    text: labelsWithoutBlankLines(dialect, ['* One more service for the on-call rota to run']),
    errors: [{ messageId: 'noConsequences' }],
  })),
});

/** A record with no consequences section whose decision text is the caller's. */
const decisionOnly = (dialect: Dialect, decision: string) =>
  adr(
    ...recordHead(dialect, 'Lengthen the receipt retry delay', { number: 15 }),
    '## Context',
    '',
    'The mail worker sometimes takes longer than the retry delay, so a receipt is sent twice.',
    '',
    decisionHeading(dialect),
    '',
    'Set the retry delay to three times the worker timeout.',
    '',
    decision,
  );

/** Two options weighed in the context only, with no consequences section; the context lines are the caller's. */
const weighedInContext = (dialect: Dialect, ...context: string[]) =>
  adr(
    ...recordHead(dialect, 'Run sandboxes through a Kubernetes operator', { number: 16 }),
    '## Context',
    '',
    'We need a declarative way to create sandboxes on the cluster.',
    ...context,
    '',
    '## Considered Options',
    '',
    '* Separate REST service',
    '* Kubernetes operator',
    '',
    decisionHeading(dialect),
    '',
    'Chosen option: "Kubernetes operator", because it works with the tools the platform team already uses.',
  );

ruleTester(tradeoffsNamed, {
  valid: DIALECTS.flatMap((dialect) => [
    {
      name: `${dialect}: the decision draws a cost of itself ("this change will mean that ...")`,
      text: decisionOnly(
        dialect,
        'This change will mean that a failed receipt waits much longer before it is retried.',
      ),
    },
    {
      name: `${dialect}: with no consequences, the context weighs the chosen option against its cost`,
      text: weighedInContext(
        dialect,
        'A separate REST service gives full freedom over the interface, but cannot be used with kubectl.',
        'A Kubernetes operator works with kubectl and dashboards, but would limit our control over the API shape.',
      ),
    },
  ]),
  invalid: DIALECTS.flatMap((dialect) => [
    {
      name: `${dialect}: a consequence the decision draws that is a relief, not a cost`,
      text: decisionOnly(dialect, 'This means we no longer need to run the nightly resend job.'),
      errors: [{ messageId: 'noConsequences' }],
    },
    {
      name: `${dialect}: a cost the context names only for the alternative is not the decision's`,
      text: weighedInContext(
        dialect,
        'A separate REST service would limit our flexibility, since it cannot be used with kubectl.',
        'A Kubernetes operator works with kubectl and dashboards.',
      ),
      errors: [{ messageId: 'noConsequences' }],
    },
    {
      name: `${dialect}: the context turns to a relief of the chosen option, not a cost`,
      text: weighedInContext(
        dialect,
        'A Kubernetes operator is new to the team, but it means we no longer have to run a REST service.',
      ),
      errors: [{ messageId: 'noConsequences' }],
    },
  ]),
});

/** A decision weighed under "Goods:" and "Bads:" labels, in the decision or in the consequences. */
const goodsAndBads = (dialect: Dialect, where: 'decision' | 'consequences', bads: string[]) =>
  adr(
    ...recordHead(dialect, 'Index the catalogue in OpenSearch', { number: 7 }),
    '## Context',
    '',
    'Product search runs as SQL LIKE queries and takes seconds on the full catalogue.',
    '',
    decisionHeading(dialect),
    '',
    'We will index the catalogue in OpenSearch.',
    '',
    ...(where === 'consequences' ? ['## Consequences', ''] : []),
    'Goods:',
    '',
    '* Search answers in milliseconds.',
    '',
    ...bads,
  );

const BADS = ['Bads:', '', '* The catalogue lives in two stores.'];

ruleTester(tradeoffsNamed, {
  valid: DIALECTS.flatMap((dialect) =>
    (['decision', 'consequences'] as const).map((where) => ({
      name: `${dialect}: a "Bads:" list in the ${where} names the cost`,
      text: goodsAndBads(dialect, where, BADS),
    })),
  ),
  invalid: DIALECTS.map((dialect) => ({
    name: `${dialect}: a "Goods:" list alone names no cost`,
    text: goodsAndBads(dialect, 'consequences', []),
    errors: [{ messageId: 'noCost' }],
  })),
});

/**
 * Two approaches under their own sub-headings, weighed in prose; the decision picks (b). The
 * caller's sentence goes under the approach named by `under`.
 */
const approachesInProse = (dialect: Dialect, under: 'a' | 'b', sentence: string) =>
  adr(
    ...recordHead(dialect, 'Hide private projects from search', { number: 2 }),
    dialect === 'madr' ? '## Considered Options' : '## Options',
    '',
    '### (a) Filter the search response',
    '',
    'The service drops every hit the user may not read before answering.',
    ...(under === 'a' ? ['', sentence] : []),
    '',
    '### (b) Ask the permission service for private ids',
    '',
    'The query is narrowed to public projects and the private ids the user may read.',
    ...(under === 'b' ? ['', sentence] : []),
    '',
    decisionHeading(dialect),
    '',
    'We go with approach (b).',
  );

const PROBLEM = 'The problem with this approach is that the id list grows with every private project.';

ruleTester(tradeoffsNamed, {
  valid: DIALECTS.map((dialect) => ({
    name: `${dialect}: "the problem with this approach" under the chosen approach's heading names its cost`,
    text: approachesInProse(dialect, 'b', PROBLEM),
  })),
  invalid: DIALECTS.map((dialect) => ({
    name: `${dialect}: the same problem under the approach turned down is not the choice's cost`,
    text: approachesInProse(dialect, 'a', PROBLEM),
    errors: [{ messageId: 'noConsequences' }],
  })),
});

/** A server-state record in `dialect` whose decision statement `statement` heads the list `items`. */
const listUnderStatement = (dialect: Dialect, statement: string, items: string[]) =>
  adr(
    ...recordHead(dialect, 'Server state in the web app', { number: 14 }),
    '## Considered Options',
    '',
    '* React Query',
    '* SWR',
    '',
    decisionHeading(dialect),
    '',
    statement,
    '',
    ...items,
    '',
    '## Consequences',
    '',
    '* Good, because components share one cache per query key.',
  );

const CHOSEN_FOR_ITS_OWN_REASON =
  'Chosen option: "React Query", because the admin pages already use it and its devtools show every cache entry.';

ruleTester(tradeoffsNamed, {
  valid: DIALECTS.flatMap((dialect) => [
    {
      name: `${dialect}: a list under a statement that ends on its own reason holds the decision's details, and their price`,
      text: listUnderStatement(dialect, CHOSEN_FOR_ITS_OWN_REASON, [
        '* We poll the order status every 30 seconds.',
        '* Refetching on window focus is switched off. This means data may be stale until the next poll.',
      ]),
    },
    {
      name: `${dialect}: a list under a statement that gives no reason holds the decision's policies, and their price`,
      text: listUnderStatement(dialect, 'We will apply three policies to server state with React Query:', [
        '* Every query has a key named after its endpoint.',
        '* Refetching on window focus is off, at the cost of data that may be stale until the next poll.',
        '* Mutations invalidate the queries of their endpoint.',
      ]),
    },
  ]),
  invalid: DIALECTS.flatMap((dialect) =>
    ['Chosen option: "React Query", because:', 'We chose React Query for these reasons:'].map(
      (statement) => ({
        name: `${dialect}: the reasons listed under "${statement}" argue against the others, naming no cost of the choice`,
        text: listUnderStatement(dialect, statement, [
          '* Its devtools show every cache entry.',
          '* The other libraries are harder to debug.',
        ]),
        errors: [{ messageId: 'noCost' }],
      }),
    ),
  ),
});

/** An access-policy record in `dialect` whose decision is `policies`, a list with no cost word in it. */
const accessPolicies = (dialect: Dialect, policies: string[]) =>
  adr(
    ...recordHead(dialect, 'Access to the data warehouse', { number: 15 }),
    '## Context',
    '',
    'Analysts, engineers and contractors all query the warehouse, and nobody knows who can read what.',
    '',
    decisionHeading(dialect),
    '',
    'We will apply three policies:',
    '',
    ...policies,
    '',
    '## Consequences',
    '',
    "* We can answer an auditor's question about who can read a dataset.",
  );

ruleTester(tradeoffsNamed, {
  valid: DIALECTS.map((dialect) => ({
    name: `${dialect}: work the decision puts on its users, weighed inside one policy, is its cost`,
    text: accessPolicies(dialect, [
      '* Access is granted per dataset, not per warehouse.',
      "* It's ok to deny by default, as it is easier to implement; users will have to ask for access.",
      '* Grants expire after 90 days unless renewed.',
    ]),
  })),
  invalid: DIALECTS.flatMap((dialect) =>
    [
      '* Access is granted per dataset, so users will not need to ask for the whole warehouse.',
      '* Grants are renewed automatically, otherwise users will have to ask again every 90 days.',
      '* Without a central list, users would have to ask every data owner.',
    ].map((policy) => ({
      name: `${dialect}: work users are spared names no cost: ${policy}`,
      text: accessPolicies(dialect, ['* Access is denied by default.', policy]),
      errors: [{ messageId: 'noCost' }],
    })),
  ),
});

/**
 * A decision that weighs its choice right under the outcome heading, with no Consequences section:
 * MADR's polarity bullets, or "### Good" / "### Bad" sub-headings of the decision.
 */
const weighedInDecision = (dialect: Dialect, shape: 'bullets' | 'headings', cost: string) =>
  adr(
    ...recordHead(dialect, 'Move the services to JDK 21', { number: 3 }),
    '## Considered Options',
    '',
    '* Move to JDK 21',
    '* Stay on JDK 8',
    '',
    decisionHeading(dialect),
    '',
    'Chosen option: "Move to JDK 21", because it gets security fixes until 2031.',
    '',
    ...(shape === 'bullets'
      ? ['* Good, because virtual threads simplify the importer', `* ${cost}`]
      : ['### Good', '', '- Virtual threads simplify the importer.', '', '### Bad', '', `- ${cost}`]),
  );

ruleTester(tradeoffsNamed, {
  valid: DIALECTS.flatMap((dialect) => [
    {
      name: `${dialect}: a "Bad, for ..." bullet under the outcome is the choice's cost`,
      text: weighedInDecision(
        dialect,
        'bullets',
        'Bad, for users of the library, who must move to JDK 21 too',
      ),
    },
    {
      name: `${dialect}: a "Bad / Neutral because" bullet under the outcome is the choice's cost`,
      text: weighedInDecision(dialect, 'bullets', 'Bad / Neutral because the DTOs need a day of rework'),
    },
    {
      name: `${dialect}: a line under the decision's "### Bad" sub-heading is the choice's cost`,
      text: weighedInDecision(dialect, 'headings', 'Every build image has to be rebuilt once.'),
    },
  ]),
  invalid: DIALECTS.flatMap((dialect) => [
    {
      name: `${dialect}: only a "Good" bullet under the outcome names no cost`,
      text: weighedInDecision(
        dialect,
        'bullets',
        'Good, for maintenance, as newer language features attract contributors',
      ),
      errors: [{ messageId: 'noCost' }],
    },
    {
      name: `${dialect}: a "### Bad" sub-heading holding only a placeholder names no cost`,
      text: weighedInDecision(dialect, 'headings', '…'),
      errors: [{ messageId: 'noCost' }],
    },
  ]),
});

/** A clean-up record in `dialect` whose consequences are `consequences`, after `decision`. */
const previewCleanup = (
  dialect: Dialect,
  consequences: string[],
  decision = "Preview environments are deleted 7 days after their pull request's last push.",
) =>
  adr(
    ...recordHead(dialect, 'Delete preview environments after 7 days', { number: 16 }),
    '## Context',
    '',
    'Every pull request gets a preview environment, and 140 of them are still running.',
    '',
    decisionHeading(dialect),
    '',
    decision,
    '',
    '## Consequences',
    '',
    ...consequences,
  );

ruleTester(tradeoffsNamed, {
  valid: DIALECTS.flatMap((dialect) =>
    [
      'We will have to maintain the cleanup job ourselves.',
      'We have to tell users, and a reviewer will have to redeploy a preview older than a week.',
      'We will need to migrate all 30 preview pipelines.',
      'We need to write a runbook for bringing back a deleted preview.',
    ].map((consequence) => ({
      name: `${dialect}: work the decision keeps costing is its price: ${consequence}`,
      text: previewCleanup(dialect, [consequence]),
    })),
  ),
  invalid: DIALECTS.flatMap((dialect) =>
    [
      ['We have to communicate this policy to users.', 'The CI has to implement a cleanup job.'],
      ['We will need to announce the change in the engineering channel.'],
      ['We need to tell reviewers about the new limit.'],
      ['The CI configuration will need to be updated to call the cleanup job.'],
    ].map((consequences) => ({
      name: `${dialect}: a step to carry the decision out is no price of it: ${consequences[0]}`,
      text: previewCleanup(dialect, consequences),
      errors: [{ messageId: 'noCost' }],
    })),
  ),
});

/** A record in `dialect` that chose Postgres and argues, under a sub-heading of the decision, against Elasticsearch. */
const arguedAgainst = (dialect: Dialect, against: string, consequences: string[]) =>
  adr(
    ...recordHead(dialect, 'Full-text search for support tickets', { number: 9 }),
    '## Considered Options',
    '',
    '* Postgres full-text search',
    '* Elasticsearch',
    '',
    decisionHeading(dialect),
    '',
    'Chosen option: "Postgres full-text search", because the tickets already live in Postgres.',
    '',
    `### ${against}`,
    '',
    '* **Operations**: one more cluster to run, and harder to upgrade than a library.',
    '* **Spend**: a managed cluster is more expensive than the database we already pay for.',
    '',
    '## Consequences',
    '',
    ...consequences,
  );

ruleTester(tradeoffsNamed, {
  valid: DIALECTS.map((dialect) => ({
    name: `${dialect}: a cost of the choice named beside the case against the alternative`,
    text: arguedAgainst(dialect, 'Decision against "Elasticsearch", because', [
      '* Tuning the ranking of results is harder than it would be in Elasticsearch.',
    ]),
  })),
  invalid: DIALECTS.flatMap((dialect) =>
    [
      'Decision against "Elasticsearch", because',
      'Why not Elasticsearch?',
      'Reasons against Elasticsearch',
    ].map((heading) => ({
      name: `${dialect}: the costs under "${heading}" are the alternative's, not the choice's`,
      text: arguedAgainst(dialect, heading, ['* Ticket search works the same day the change ships.']),
      errors: [{ messageId: 'noCost' }],
    })),
  ),
});

ruleTester(tradeoffsNamed, {
  valid: DIALECTS.flatMap((dialect) =>
    [
      ['Reviewers will not be able to open a preview older than a week.'],
      ['Tracing a deleted preview back to its pull request is harder to debug from the logs alone.'],
      [
        '### Negative Consequences',
        '',
        '- There are some downsides: a preview reopened after 7 days is rebuilt.',
      ],
      ['### Positive Consequences', '', '- Fewer idle environments, but reopening an old preview is slower.'],
    ].map((consequences) => ({
      name: `${dialect}: a cost is named: ${consequences.at(-1)}`,
      text: previewCleanup(dialect, consequences),
    })),
  ),
  invalid: DIALECTS.flatMap((dialect) =>
    [
      ['The preview URLs will not change, though the cleanup schedule may.'],
      ["Existing pipelines won't be affected by the cleanup job."],
      ['The cleanup job can handle more complex retention rules later, if needed.'],
      ['Labels let the job support more complicated schedules per repository.'],
      ['Previews become harder to leak, since old links stop working after a week.'],
      [
        '### Positive Consequences',
        '',
        '- It is more difficult to introduce drift between previews and main.',
      ],
      ['### Negative Consequences', '', "- I'm sure there are some..."],
      ['### Negative Consequences', '', '- There will probably be a few.'],
      ['### Negative Consequences', '', '- To be determined.'],
      ['### Negative Consequences', '', '- Unknown at this stage.'],
      // A GitHub issue form writes "_No response_" where a field was left empty.
      [
        '### Positive Consequences',
        '',
        '- Fewer idle environments.',
        '',
        '### Negative Consequences',
        '',
        '_No response_',
      ],
    ].map((consequences) => ({
      name: `${dialect}: no cost is named: ${consequences.at(-1)}`,
      text: previewCleanup(dialect, consequences),
      errors: [{ messageId: 'noCost' }],
    })),
  ),
});

ruleTester(tradeoffsNamed, {
  valid: DIALECTS.flatMap((dialect) =>
    [
      'The cleanup job bypasses the deploy audit log, acceptable only while previews hold no customer data.',
      'Preview configurations are tightly coupled to the main pipeline.',
      'However, we have not added any checks that a preview is really idle before it goes.',
      'There is no guarantee that a reviewer sees the preview before it is deleted.',
      'Old previews need to be recreated by hand by reviewers.',
      'Expired previews must be manually restored by the platform team.',
      // A burden that grows: usage, load or effort going up.
      'CI runner usage will go up by about a third.',
      'There will be increased operational effort in running the cleanup job.',
      // A mismatch between two places that should behave alike.
      'There may be a mismatch in behaviour between a preview and production once they run different images.',
      'Retention becomes inconsistent between repositories that opt out and those that do not.',
      // Something people will find hard to grasp is a usability price.
      'The 7-day limit may not be intuitive to a reviewer coming back to an old pull request.',
    ].map((consequence) => ({
      name: `${dialect}: a cost written without a cost word is named: ${consequence}`,
      text: previewCleanup(dialect, [consequence]),
    })),
  ),
  invalid: DIALECTS.flatMap((dialect) =>
    [
      'Preview configurations are no longer tightly coupled to the main pipeline.',
      'Reviewers will no longer need to delete previews by hand.',
      'We added checks that a preview is idle before it goes.',
      'CI runner usage will go down by about a third.',
      'The cleanup job avoids inconsistent state between closed pull requests and running previews.',
      'The rule is intuitive: a preview lives as long as its pull request is active.',
    ].map((consequence) => ({
      name: `${dialect}: a cost removed or a check added is no price: ${consequence}`,
      text: previewCleanup(dialect, [consequence]),
      errors: [{ messageId: 'noCost' }],
    })),
  ),
});

/** A clean-up record in `dialect` whose decision is `decision` and whose one consequence is a benefit. */
const cleanupDecidedAs = (dialect: Dialect, decision: string) =>
  previewCleanup(dialect, ['* The cluster runs 100 fewer idle environments.'], decision);

ruleTester(tradeoffsNamed, {
  valid: DIALECTS.flatMap((dialect) =>
    [
      'Previews are deleted 7 days after the last push. If reviewers want an older preview, they will need to redeploy it.',
      'Previews are deleted 7 days after the last push. Maintainers will need to re-run the pipeline to bring one back.',
      'Previews share one database (which requires disabling per-preview migrations).',
      'Previews are deleted 7 days after the last push.\n\nIt may be that the cost or runtime of the cleanup job grows with every repository we add.',
    ].map((decision) => ({
      name: `${dialect}: the decision states the price it pays: ${decision}`,
      text: cleanupDecidedAs(dialect, decision),
    })),
  ),
  invalid: DIALECTS.flatMap((dialect) =>
    [
      'Previews are deleted 7 days after the last push. Reviewers will no longer need to delete them by hand.',
      'Previews run on the shared cluster (which requires no changes in the pipelines).',
    ].map((decision) => ({
      name: `${dialect}: the decision states no price: ${decision}`,
      text: cleanupDecidedAs(dialect, decision),
      errors: [{ messageId: 'noCost' }],
    })),
  ),
});

/** A record in `dialect` weighing two log shippers; `chosen` are the lines under the chosen one. */
const shipperWeighed = (dialect: Dialect, chosen: string[]) =>
  adr(
    ...recordHead(dialect, 'Log shipping agent', { number: 18 }),
    dialect === 'nygard' ? '## Options' : '## Considered Options',
    '',
    '### Fluent Bit',
    '',
    ...chosen,
    '',
    '### Vector',
    '',
    '- `+` Transforms written in a small scripting language',
    '- `-` Nobody on the team has run it in production',
    '',
    decisionHeading(dialect),
    '',
    dialect === 'madr'
      ? 'Chosen option: "Fluent Bit", because the platform team already runs it.'
      : 'We will use Fluent Bit, because the platform team already runs it.',
  );

ruleTester(tradeoffsNamed, {
  valid: DIALECTS.flatMap((dialect) => [
    {
      name: `${dialect}: a "\`-\`" item under the chosen option is its con, whatever its words`,
      text: shipperWeighed(dialect, [
        '- `+` Ships a single static binary for every node',
        '- `-` Plugins are written in C and reviewed by the vendor only',
      ]),
    },
    {
      name: `${dialect}: a "(Con)" item under the chosen option is its con`,
      text: shipperWeighed(dialect, [
        '- (Pro) Ships a single static binary for every node',
        '- (Con) Plugins are written in C and reviewed by the vendor only',
      ]),
    },
    {
      name: `${dialect}: a "(Neutral)" consequence that states a price names the cost`,
      text: previewCleanup(dialect, [
        '* (Good) The cluster runs 100 fewer idle environments.',
        '* (Neutral) Each pipeline needs a retention label (i.e., a number of days), which may not be intuitive to every team.',
      ]),
    },
  ]),
  invalid: DIALECTS.flatMap((dialect) => [
    {
      name: `${dialect}: "\`+\`" items alone name no cost of the chosen option`,
      text: shipperWeighed(dialect, [
        '- `+` Ships a single static binary for every node',
        '- `+` Plugins are written in C and reviewed by the vendor only',
      ]),
      errors: [{ messageId: 'noConsequences' }],
    },
    {
      name: `${dialect}: a "(Good)" consequence is a benefit even where its words sound like a price`,
      text: previewCleanup(dialect, [
        '* (Good) Idle previews no longer run up a bill that grows every week.',
      ]),
      errors: [{ messageId: 'noCost' }],
    },
  ]),
});
