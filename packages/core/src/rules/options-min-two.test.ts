import { auditTrailWays } from '../../test/counted-ways.js';
import { DIALECTS, type Dialect, decisionHeading, recordHead } from '../../test/dialects.js';
import { adr, ruleTester } from '../../test/rule-tester.js';
import { unfilledRecord } from '../../test/unfilled-templates.js';
import { yStatement, yStatementAlone, yStatementRecord } from '../../test/y-statements.js';
import { optionsMinTwo } from './options-min-two.js';

/** A decision matrix under a heading of the caller's: the options scored in a table. */
const scoredTable = (dialect: Dialect, heading: string) =>
  adr(
    ...recordHead(dialect, 'Choose a CI system', { number: 3 }),
    `## ${heading}`,
    '',
    '| Option | Cost | Speed | Total |',
    '|---|---|---|---|',
    '| GitHub Actions | 4 | 4 | 8 |',
    '| Jenkins | 5 | 2 | 7 |',
    '',
    decisionHeading(dialect),
    '',
    'We chose GitHub Actions, which scored highest in the matrix.',
  );

ruleTester(optionsMinTwo, {
  valid: [
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: the rows of a "Decision Matrix" table are the options`,
      text: scoredTable(dialect, 'Decision Matrix'),
    })),
    {
      name: "Tyree and Akerman's template: the positions are the options",
      text: adr(
        '# 4. Archive audit logs',
        '',
        '## Status',
        '',
        'Accepted',
        '',
        '## Issue',
        '',
        'Audit logs must be kept for 7 years at about 2 TB a year.',
        '',
        '## Decision',
        '',
        'We archive audit logs to S3 Glacier.',
        '',
        '## Positions',
        '',
        '- S3 Glacier',
        '- Tapes in the off-site vault',
        '',
        '## Argument',
        '',
        'Glacier costs a tenth of the vault contract.',
        '',
        '## Implications',
        '',
        'Restoring a year of logs takes up to 12 hours.',
      ),
    },
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: a record that is a Y-statement alone, before any heading, names the options it neglected`,
      text: yStatementAlone(
        dialect,
        yStatement({ neglected: 'Cassandra', accepting: 'writes stop during a failover' }),
      ),
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: a Y-statement names the options it neglected`,
      text: yStatementRecord(
        dialect,
        yStatement({
          neglected: 'Cassandra',
          achieve: 'one transaction per payment',
          accepting: 'writes stop during a failover',
        }),
      ),
    })),
    {
      name: 'home-grown: candidates as sub-headings of the context, each with its Pros/Cons lists',
      text: adr(
        '# 57. RPC protocol',
        '',
        '## Context',
        '',
        '### JSON over HTTP',
        '',
        '**Pros:**',
        '',
        '- Readable in a browser',
        '',
        '### gRPC',
        '',
        '**Cons:**',
        '',
        '- Needs a gateway for browsers',
        '',
        '## Decision',
        '',
        'Serve gRPC with a JSON gateway.',
      ),
    },
    {
      name: 'home-grown: the candidates are the columns of a table that compares them',
      text: adr(
        '# Our own CSV reader',
        '',
        '## Decision',
        '',
        'Our own reader stays; we do not adopt a library.',
        '',
        '## Rationale',
        '',
        'The table compares our own reader with the fastcsv library:',
        '',
        '|  | Own reader | fastcsv library |',
        '|---|---|---|',
        '| upkeep | one file we know | a new dependency to follow |',
        '| speed | 80 MB/s | 200 MB/s |',
      ),
    },
    {
      name: 'Nygard: "X was considered as an alternative" in the decision names a second option',
      text: adr(
        '# 3. Load tests with k6',
        '',
        '## Status',
        '',
        'Accepted',
        '',
        '## Decision',
        '',
        'We write load tests in k6. Locust was considered as an alternative, but it needs a Python toolchain.',
      ),
    },
    {
      name: 'MADR 4: considered options list, chosen option and pros/cons headings',
      text: adr(
        '---',
        'status: accepted',
        'date: 2024-03-11',
        'decision-makers: [Ines Carvalho, Ravi Menon]',
        '---',
        '# Store uploaded invoices in object storage',
        '',
        '## Context and Problem Statement',
        '',
        'Invoices arrive as PDFs of up to 20 MB, about 40,000 a day.',
        '',
        '## Considered Options',
        '',
        '* S3-compatible object storage',
        '* PostgreSQL large objects',
        '* Shared NFS volume',
        '',
        '## Decision Outcome',
        '',
        'Chosen option: "S3-compatible object storage", because it scales past our volume without a storage team.',
        '',
        '## Pros and Cons of the Options',
        '',
        '### S3-compatible object storage',
        '',
        '* Good, because durability is the provider job.',
        '* Bad, because egress is billed per GB.',
        '',
        '### PostgreSQL large objects',
        '',
        '* Bad, because backups grow by 800 GB a year.',
      ),
    },
    {
      name: 'MADR 4: option sub-headings under Considered Options',
      text: adr(
        '---',
        'status: accepted',
        '---',
        '# Search engine for the catalogue',
        '',
        '## Considered Options',
        '',
        '### Option 1: Elasticsearch',
        '',
        'Full-text search with facets.',
        '',
        '### Option 2: PostgreSQL full-text search',
        '',
        'No new service to run.',
        '',
        '## Decision Outcome',
        '',
        'Chosen option: "PostgreSQL full-text search", because we can ship it this month.',
      ),
    },
    {
      name: 'MADR 4: options only as headings under Pros and Cons of the Options',
      text: adr(
        '---',
        'status: accepted',
        '---',
        '# Search engine for the catalogue',
        '',
        '## Decision Outcome',
        '',
        'Chosen option: "Meilisearch", because it is a single binary.',
        '',
        '## Pros and Cons of the Options',
        '',
        '### Meilisearch',
        '',
        '* Good, because one process to run.',
        '* Bad, because no clustering.',
        '',
        '### OpenSearch',
        '',
        '* Good, because it clusters.',
        '* Bad, because it needs three nodes.',
      ),
    },
    {
      name: 'MADR 2: bullets under the title and a considered options list',
      text: adr(
        '# Use Keycloak for single sign-on',
        '',
        '* Status: accepted',
        '* Deciders: Hanna Weber, Luis Ortega',
        '* Date: 2021-06-14',
        '',
        '## Context and Problem Statement',
        '',
        'Four internal tools each keep their own password table.',
        '',
        '## Considered Options',
        '',
        '* Keycloak',
        '* Auth0',
        '',
        '## Decision Outcome',
        '',
        'Chosen option: "Keycloak", because it runs inside our network and costs no per-user fee.',
        '',
        '### Positive Consequences',
        '',
        '* One login for every internal tool.',
        '',
        '### Negative Consequences',
        '',
        '* We must patch and upgrade Keycloak ourselves.',
      ),
    },
    {
      name: 'log4brains: dash bullets, no frontmatter, three options',
      text: adr(
        '# Publish the docs site with GitHub Pages',
        '',
        '- Status: accepted',
        '- Date: 2022-01-10',
        '',
        '## Context and Problem Statement',
        '',
        'The docs are built by hand and uploaded from a laptop.',
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
    },
    {
      name: 'Nygard: the decision plus a "we also considered" sentence in the context',
      text: adr(
        '# 7. Use RabbitMQ for background jobs',
        '',
        'Date: 2019-08-02',
        '',
        '## Status',
        '',
        'Accepted',
        '',
        '## Context',
        '',
        'Thumbnail generation blocks web requests for up to four seconds.',
        'We also considered Amazon SQS, but it would tie the job format to one cloud vendor.',
        '',
        '## Decision',
        '',
        'We will move thumbnail generation to workers that read jobs from RabbitMQ.',
        '',
        '## Consequences',
        '',
        'Operations has one more broker to run and upgrade.',
      ),
    },
    {
      name: 'Nygard: "an alternative would be X" in the consequences',
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
        'An alternative would be Amazon SQS, which we rejected because it ties us to one vendor.',
      ),
    },
    {
      name: 'Nygard: alternatives as prose paragraphs of an Alternatives section',
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
        'A single-page app with code splitting still ships the charting library up front.',
        '',
        'Static pre-rendering cannot show numbers that change every minute.',
      ),
    },
    {
      name: 'home-grown: a table whose first column names the options',
      text: adr(
        '# Message broker for order events',
        '',
        'Status: Proposed',
        '',
        '## Problem',
        '',
        'Order events are polled from a database table every 30 seconds.',
        '',
        '## Alternatives Considered',
        '',
        '| Option | Cost per month | Ops effort |',
        '|---|---|---|',
        '| Kafka (managed) | $1,200 | low |',
        '| NATS JetStream | $300 | medium |',
        '| Keep polling | $0 | none |',
        '',
        '## Decision',
        '',
        'Kafka (managed), because replay of old events matters more than the price.',
      ),
    },
    {
      name: 'home-grown: **X** — ... paragraphs under Options',
      text: adr(
        '# Feature flags',
        '',
        'Status: accepted',
        '',
        '## Options',
        '',
        '**Flag table in our database** — cheap, but we would build the targeting UI ourselves.',
        '',
        '**Hosted flag service** — costs $400 a month, comes with targeting and audit logs.',
        '',
        '## Decision',
        '',
        'Hosted flag service, because nobody wants to build a targeting UI.',
      ),
    },
    {
      name: 'home-grown: **Option A: name** — ... paragraphs under Options',
      text: adr(
        '# Feature flags',
        '',
        'Status: accepted',
        '',
        '## Options',
        '',
        '**Option A: flag table** — build a flag table in our own database.',
        '',
        '**Option B: hosted service** — buy a hosted flag service.',
        '',
        '## Decision',
        '',
        'Option B, because nobody wants to build a targeting UI.',
      ),
    },
    {
      name: '"Do nothing" written as a listed option counts',
      text: adr(
        '---',
        'status: proposed',
        '---',
        '# Add a read replica for reporting',
        '',
        '## Considered Options',
        '',
        '* Add a read replica',
        '* Do nothing',
        '',
        '## Decision Outcome',
        '',
        'Chosen option: "Add a read replica", because reports slow down checkout today.',
      ),
    },
    {
      name: '"Keep the status quo" written as an option in Nygard prose counts',
      text: adr(
        '# 3. Add a read replica for reporting',
        '',
        '## Status',
        '',
        'Proposed',
        '',
        '## Decision',
        '',
        'We will add a read replica and point the reporting jobs at it.',
        '',
        '## Consequences',
        '',
        'Keeping the status quo was the other option; finance needs the reports by 9 am, so it lost.',
      ),
    },
  ],
  invalid: [
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: a table under a heading that names no comparison ("Traceability matrix") holds no options`,
      text: scoredTable(dialect, 'Traceability matrix'),
      errors: [{ messageId: 'onlyOne' }],
    })),
    ...DIALECTS.map((dialect) => ({
      name: `${dialect}: a record that is a Y-statement alone and neglects nothing considered one option`,
      text: yStatementAlone(
        dialect,
        yStatement({ achieve: 'one transaction per payment', accepting: 'writes stop during a failover' }),
      ),
      errors: [{ messageId: 'onlyOne', data: { option: 'PostgreSQL' } }],
    })),
    {
      name: 'Nygard: a Y-statement that neglects nothing considered one option',
      text: yStatementRecord(
        'nygard',
        yStatement({ achieve: 'one transaction per payment', accepting: 'writes stop during a failover' }),
      ),
      errors: [{ messageId: 'onlyOne', line: 11, data: { option: 'PostgreSQL' } }],
    },
    {
      name: 'Nygard: no decision and no options at all, reported at the title',
      text: adr(
        '# 9. Structured logging',
        '',
        'Date: 2020-05-04',
        '',
        '## Status',
        '',
        'Accepted',
        '',
        '## Context',
        '',
        'Logs are plain text and hard to search.',
        '',
        '## Consequences',
        '',
        'Searching logs gets easier.',
      ),
      errors: [{ messageId: 'none', line: 1, column: 1 }],
    },
    {
      name: 'MADR 4: an empty Considered Options section, reported at its heading',
      text: adr(
        '---',
        'status: accepted',
        '---',
        '# Cache sessions',
        '',
        '## Considered Options',
        '',
        '## Decision Outcome',
        '',
        'Chosen option: "Redis", because it is fast.',
      ),
      errors: [{ messageId: 'none', line: 6 }],
    },
    {
      name: 'MADR 4: a single considered option',
      text: adr(
        '---',
        'status: accepted',
        'decision-makers: [Ana]',
        '---',
        '# Event bus',
        '',
        '## Considered Options',
        '',
        '* Use Kafka',
        '',
        '## Decision Outcome',
        '',
        'Chosen option: "Use Kafka", because the data team already runs it.',
      ),
      errors: [{ messageId: 'onlyOne', line: 9, column: 1, data: { option: 'Use Kafka' } }],
    },
    {
      name: 'MADR 2: a single considered option',
      text: adr(
        '# Use Keycloak for single sign-on',
        '',
        '* Status: accepted',
        '* Date: 2021-06-14',
        '',
        '## Considered Options',
        '',
        '* Keycloak',
        '',
        '## Decision Outcome',
        '',
        'Chosen option: "Keycloak", because it runs inside our network.',
        '',
        '### Negative Consequences',
        '',
        '* We must patch Keycloak ourselves.',
      ),
      errors: [{ messageId: 'onlyOne', line: 8, data: { option: 'Keycloak' } }],
    },
    {
      name: 'log4brains: a single considered option',
      text: adr(
        '# Publish the docs site with GitHub Pages',
        '',
        '- Status: accepted',
        '- Date: 2022-01-10',
        '',
        '## Considered Options',
        '',
        '- GitHub Pages',
        '',
        '## Decision Outcome',
        '',
        'Chosen option: "GitHub Pages", because the repository already lives on GitHub.',
      ),
      errors: [{ messageId: 'onlyOne', line: 8, data: { option: 'GitHub Pages' } }],
    },
    {
      name: 'Nygard: only the decision; technologies mentioned in passing do not count',
      text: adr(
        '# 4. Use PostgreSQL for the ledger',
        '',
        '## Status',
        '',
        'Accepted',
        '',
        '## Context',
        '',
        'Our team already runs MySQL and Redis for other services.',
        '',
        '## Decision',
        '',
        'We will use PostgreSQL for the ledger.',
      ),
      errors: [
        { messageId: 'onlyOne', line: 13, data: { option: 'We will use PostgreSQL for the ledger.' } },
      ],
    },
    {
      name: 'MADR 4: one listed option and a technology named in passing in the context',
      text: adr(
        '---',
        'status: accepted',
        '---',
        '# Cache sessions',
        '',
        '## Context and Problem Statement',
        '',
        'The billing service already uses Memcached for rate limits.',
        '',
        '## Considered Options',
        '',
        '* Redis',
        '',
        '## Decision Outcome',
        '',
        'Chosen option: "Redis", because it is fast.',
      ),
      errors: [{ messageId: 'onlyOne', line: 12, data: { option: 'Redis' } }],
    },
    {
      name: 'duplicate option names count once',
      text: adr(
        '---',
        'status: accepted',
        '---',
        '# Cache sessions',
        '',
        '## Considered Options',
        '',
        '* Redis',
        '* Redis',
        '',
        '## Decision Outcome',
        '',
        'Chosen option: "Redis", because it is fast.',
      ),
      errors: [{ messageId: 'onlyOne', line: 8, data: { option: 'Redis' } }],
    },
    {
      name: 'duplicates that differ only in "use", case and emphasis count once',
      text: adr(
        '---',
        'status: accepted',
        '---',
        '# Cache sessions',
        '',
        '## Considered Options',
        '',
        '* Use Redis',
        '* Redis',
        '* **redis**',
        '',
        '## Decision Outcome',
        '',
        'Chosen option: "Redis", because it is fast.',
      ),
      errors: [{ messageId: 'onlyOne', line: 8, data: { option: 'Use Redis' } }],
    },
    {
      name: 'home-grown: a table with a single option row',
      text: adr(
        '# Message broker',
        '',
        'Status: Proposed',
        '',
        '## Alternatives Considered',
        '',
        '| Option | Cost per month |',
        '|---|---|',
        '| Kafka (managed) | $1,200 |',
        '',
        '## Decision',
        '',
        'Kafka (managed), because replay of old events matters.',
      ),
      errors: [{ messageId: 'onlyOne', line: 9, data: { option: 'Kafka (managed)' } }],
    },
  ],
});

/** One choice, with a comparison in the caller's section: in the decision it names an alternative, among the consequences an effect. */
const comparedIn = (
  dialect: Dialect,
  section: 'decision' | 'consequences',
  comparison = 'Reading cache entries with SQL tools is simpler than inspecting Memcached contents.',
) => {
  return adr(
    ...recordHead(dialect, 'Same cache backend everywhere', { number: 12 }),
    decisionHeading(dialect),
    '',
    'Development environments use the same cache backend as production.',
    ...(section === 'decision' ? ['', comparison] : []),
    '',
    '## Consequences',
    '',
    'Bugs that only show with a memory cache appear before production.',
    ...(section === 'consequences' ? ['', comparison] : []),
  );
};

ruleTester(optionsMinTwo, {
  valid: DIALECTS.map((dialect) => ({
    name: `${dialect}: "simpler than X" in the decision names X as the alternative`,
    text: comparedIn(dialect, 'decision'),
  })),
  invalid: DIALECTS.map((dialect) => ({
    name: `${dialect}: "simpler than X" among the consequences compares effects and names no alternative`,
    text: comparedIn(dialect, 'consequences'),
    errors: [{ messageId: 'onlyOne' }],
  })),
});

/** Template prompts are no options: "[option 1]", "{title of option 1}". */
ruleTester(optionsMinTwo, {
  valid: DIALECTS.map((dialect) => ({
    name: `${dialect}: two real options beside the template's "option 3" prompt`,
    text: unfilledRecord(dialect, { options: ['Redis', 'Memcached'], chosen: 'Redis' }),
  })),
  invalid: DIALECTS.flatMap((dialect) => [
    {
      name: `${dialect}: an unfilled template's option prompts are no options`,
      text: unfilledRecord(dialect),
      errors: [{ messageId: 'none' }],
    },
    {
      name: `${dialect}: one real option beside the template's prompts is one option`,
      text: unfilledRecord(dialect, { options: ['Redis'], chosen: 'Redis' }),
      errors: [{ messageId: 'onlyOne', data: { option: 'Redis' } }],
    },
  ]),
});

/** Comparisons that set the choice against an alternative in the decision, and one effect against another among the consequences. */
const CONTRASTS = [
  'Developers run Memcached on their laptops rather than a database cache table.',
  'Developers run Memcached on their laptops instead of the database cache backend.',
  'Laptops move away from the database cache backend that they use today.',
];

ruleTester(optionsMinTwo, {
  valid: DIALECTS.flatMap((dialect) =>
    CONTRASTS.map((comparison) => ({
      name: `${dialect}: "${comparison}" in the decision names an alternative`,
      text: comparedIn(dialect, 'decision', comparison),
    })),
  ),
  invalid: DIALECTS.flatMap((dialect) =>
    CONTRASTS.map((comparison) => ({
      name: `${dialect}: "${comparison}" among the consequences compares effects`,
      text: comparedIn(dialect, 'consequences', comparison),
      errors: [{ messageId: 'onlyOne' }],
    })),
  ),
});

/** A record whose context holds `sentence` and whose decision picks neither of its ways by name. */
const eitherIn = (dialect: Dialect, sentence: string) =>
  adr(
    ...recordHead(dialect, 'Keep uploaded images outside the database', { number: 14 }),
    '## Context',
    '',
    `Profile pictures arrive as uploads of up to 5 MB. ${sentence}`,
    '',
    decisionHeading(dialect),
    '',
    'Uploads go to a bucket and the database keeps only their key.',
    '',
    '## Consequences',
    '',
    'Restores now span two systems, which makes them slower.',
  );

ruleTester(optionsMinTwo, {
  valid: DIALECTS.flatMap((dialect) => [
    {
      name: `${dialect}: "we can either A or we can B" weighs two ways`,
      text: eitherIn(
        dialect,
        'We can either store them with `bytea` columns or we can push them to a bucket.',
      ),
    },
    {
      name: `${dialect}: "we could either A, or B" weighs two ways`,
      text: eitherIn(dialect, 'We could either keep them as blobs, or hand them to an object store.'),
    },
  ]),
  invalid: DIALECTS.flatMap((dialect) => [
    {
      name: `${dialect}: "if ..., we can either A or B" plans for a case, it weighs no ways`,
      text: eitherIn(dialect, 'If the bucket fills up, we can either raise the quota or prune old pictures.'),
      errors: [{ messageId: 'onlyOne' }],
    },
    {
      name: `${dialect}: "you can either A or B" tells a reader how to use it`,
      text: eitherIn(dialect, 'You can either upload a picture or pick one of the stock avatars.'),
      errors: [{ messageId: 'onlyOne' }],
    },
  ]),
});

/** A record whose context lists `items` after `lead`, and whose decision names its choice in other words. */
const weighedIn = (dialect: Dialect, lead: string, items: string[]) =>
  adr(
    ...recordHead(dialect, 'Licence for the partner SDK', { number: 15 }),
    '## Context',
    '',
    'Partners ship the SDK inside closed products.',
    '',
    lead,
    '',
    ...items.map((item) => `- ${item}`),
    '',
    decisionHeading(dialect),
    '',
    'The SDK is released under the Apache v2 licence, so partners can ship it without opening their code.',
    '',
    '## Consequences',
    '',
    'Anyone may fork the SDK and sell it, which is a cost we accept.',
  );

const LICENCES = [
  '[GNU GPL 3.0](https://www.gnu.org/licenses/gpl-3.0.html)',
  '[Mozilla Public License 2.0](https://www.mozilla.org/MPL/2.0/)',
  '[Apache License 2.0](https://www.apache.org/licenses/LICENSE-2.0)',
];

ruleTester(optionsMinTwo, {
  valid: DIALECTS.map((dialect) => ({
    name: `${dialect}: "licences were taken into account:" leads into the candidates`,
    text: weighedIn(dialect, 'Three well-known open source licences were taken into account:', LICENCES),
  })),
  invalid: DIALECTS.flatMap((dialect) => [
    {
      name: `${dialect}: "requirements have been taken into account:" lists yardsticks, not candidates`,
      text: weighedIn(dialect, 'The following requirements have been taken into account:', [
        'GDPR',
        'PCI DSS',
        'SOC 2',
      ]),
      errors: [{ messageId: 'onlyOne' }],
    },
    {
      name: `${dialect}: items that read as concerns are no candidates after "taken into account:"`,
      text: weighedIn(dialect, 'The following have been taken into account:', [
        'partner legal reviews',
        'patent grants',
        'attribution in binaries',
      ]),
      errors: [{ messageId: 'onlyOne' }],
    },
  ]),
});

/** A record whose decision adds `sentence` after stating its one choice. */
const contrastedIn = (dialect: Dialect, sentence: string) =>
  adr(
    ...recordHead(dialect, 'Tenant id from the access token', { number: 16 }),
    '## Context',
    '',
    'Clients send a tenant id with every request, and some send the wrong one.',
    '',
    decisionHeading(dialect),
    '',
    `The gateway takes the tenant id from the signed access token. ${sentence}`,
    '',
    '## Consequences',
    '',
    'Clients that act for several tenants need one token per tenant, which is more work for them.',
  );

ruleTester(optionsMinTwo, {
  valid: DIALECTS.flatMap((dialect) => [
    {
      name: `${dialect}: "rather than <participle> <noun>" names an alternative`,
      text: contrastedIn(dialect, 'Tokens come from our own issuer rather than hosted Auth0 tenants.'),
    },
    {
      name: `${dialect}: "instead of manually <verb>ing" names an alternative`,
      text: contrastedIn(
        dialect,
        'Support staff map tenants in the admin tool instead of manually editing a file.',
      ),
    },
  ]),
  invalid: DIALECTS.flatMap((dialect) => [
    {
      name: `${dialect}: "rather than supplied in ..." says where a value comes from`,
      text: contrastedIn(dialect, 'The id is read from the claims rather than supplied in the query string.'),
      errors: [{ messageId: 'onlyOne' }],
    },
    {
      name: `${dialect}: "instead of failing in ..." is a malfunction avoided`,
      text: contrastedIn(
        dialect,
        'A mismatch is answered with a clear error instead of failing in confusing ways.',
      ),
      errors: [{ messageId: 'onlyOne' }],
    },
    {
      name: `${dialect}: "rather than silently <verb>ing" is a malfunction avoided`,
      text: contrastedIn(
        dialect,
        'A mismatch is refused rather than silently ignoring the id that was sent.',
      ),
      errors: [{ messageId: 'onlyOne' }],
    },
  ]),
});

/** A Y-statement whose choice is stated by `verb` ("decided to prefer"), with or without what it neglected. */
const preferredIn = (dialect: Dialect, verb: string, neglected: boolean) =>
  yStatementRecord(
    dialect,
    [
      'In the context of the checkout service, facing sessions lost on every deploy,',
      `we ${verb} Redis`,
      neglected ? 'and neglected sticky sessions and signed cookies,' : ',',
      'to achieve deploys that keep users logged in, accepting one more service to run.',
    ].join(' '),
  );

ruleTester(optionsMinTwo, {
  valid: DIALECTS.flatMap((dialect) => [
    {
      name: `${dialect}: a Y-statement that "decided to prefer" one option and neglected two weighed three`,
      text: preferredIn(dialect, 'decided to prefer', true),
    },
    {
      name: `${dialect}: a Y-statement that "decided to use" one option and neglected two weighed three`,
      text: preferredIn(dialect, 'decided to use', true),
    },
  ]),
  invalid: DIALECTS.map((dialect) => ({
    name: `${dialect}: a Y-statement that "decided to prefer" one option and neglected none weighed one`,
    text: preferredIn(dialect, 'decided to prefer', false),
    errors: [{ messageId: 'onlyOne' }],
  })),
});

/** A record whose decision is the one paragraph `decision`, after a context with no alternative in it. */
const decidedIn = (dialect: Dialect, decision: string) =>
  adr(
    ...recordHead(dialect, 'Store sensor readings', { number: 17 }),
    '## Context',
    '',
    'The gateway writes about 4,000 readings a second, and dashboards query the last 30 days.',
    '',
    decisionHeading(dialect),
    '',
    decision,
  );

ruleTester(optionsMinTwo, {
  valid: DIALECTS.flatMap((dialect) => [
    {
      name: `${dialect}: "other databases like A or B were considered, but ..." names A and B`,
      text: decidedIn(
        dialect,
        'Other databases like MySQL or InfluxDB were considered, but PostgreSQL was chosen because the team already runs it.',
      ),
    },
    {
      name: `${dialect}: "A and B were evaluated, and we will use C" names A and B`,
      text: decidedIn(
        dialect,
        'Cassandra and ScyllaDB were evaluated, and we will use PostgreSQL because the team already runs it.',
      ),
    },
  ]),
  invalid: DIALECTS.flatMap((dialect) => [
    {
      name: `${dialect}: "cost and latency were evaluated, and we chose X" names what was measured, not alternatives`,
      text: decidedIn(
        dialect,
        'Cost and latency were evaluated, and we chose PostgreSQL because the team already runs it.',
      ),
      errors: [{ messageId: 'onlyOne' }],
    },
  ]),
});

/** A record that moves a database to Aurora MySQL and then says `sentence`. */
const movedThen = (dialect: Dialect, sentence: string) =>
  adr(
    ...recordHead(dialect, 'Run the orders database on Aurora MySQL', { number: 18 }),
    '## Context',
    '',
    'The orders database runs on one EC2 host, and the last failover took 40 minutes.',
    '',
    decisionHeading(dialect),
    '',
    `We will move the orders database to Aurora MySQL, because it fails over in under a minute. ${sentence}`,
  );

ruleTester(optionsMinTwo, {
  valid: DIALECTS.flatMap((dialect) => [
    {
      name: `${dialect}: "X is still in preview, so we skipped it" names X as an alternative`,
      text: movedThen(dialect, 'Aurora PostgreSQL is still in preview, so we skipped it.'),
    },
    {
      name: `${dialect}: "A or B would ..." names A and B as alternatives`,
      text: movedThen(dialect, 'RDS for MySQL or PostgreSQL would take two minutes to fail over.'),
    },
  ]),
  invalid: DIALECTS.flatMap((dialect) => [
    {
      name: `${dialect}: "the nightly export was slow, so we dropped it" is a step dropped, not an alternative`,
      text: movedThen(dialect, 'The nightly export was slow, so we dropped it.'),
      errors: [{ messageId: 'onlyOne' }],
    },
    {
      name: `${dialect}: "Retries or timeouts would ..." names no alternatives`,
      text: movedThen(dialect, 'Retries or timeouts would hide a slow failover from clients.'),
      errors: [{ messageId: 'onlyOne' }],
    },
  ]),
});

/** A record whose context names three ways to report errors and whose decision has `bullets` after its choice. */
const approachesThenBullets = (dialect: Dialect, bullets: string[]) =>
  adr(
    ...recordHead(dialect, 'Report parse errors with result types', { number: 19 }),
    '## Context',
    '',
    'Three services call the parser. The usual approaches in C++ are exceptions, error codes, and result types.',
    '',
    decisionHeading(dialect),
    '',
    'We will return a result type from every public parse function.',
    '',
    ...bullets,
  );

ruleTester(optionsMinTwo, {
  valid: DIALECTS.map((dialect) => ({
    name: `${dialect}: approaches named together in the context and argued one by one in the decision were weighed`,
    text: approachesThenBullets(dialect, [
      '* Exceptions cross the C API boundary badly, and two services build without them.',
      '* Error codes make it harder to carry the line and column of the failure.',
      '* Result types have no standard implementation before C++23, so we vendor one.',
    ]),
  })),
  invalid: DIALECTS.map((dialect) => ({
    name: `${dialect}: approaches named together but not argued one by one describe the field, not a weighing`,
    text: approachesThenBullets(dialect, [
      '* Every caller checks the result before it uses the tree.',
      '* Exceptions cross the C API boundary badly.',
    ]),
    errors: [{ messageId: 'onlyOne' }],
  })),
});

/** A test-runner record whose context ends with `weighing`; the decision picks Jest. */
const testRunnerRecord = (dialect: Dialect, weighing: string) =>
  adr(
    ...recordHead(dialect, 'Test runner for the web client', { number: 7 }),
    '## Context',
    '',
    `The web client's 1,200 unit tests take 9 minutes on CI. ${weighing}`,
    '',
    decisionHeading(dialect),
    '',
    'We will use Jest for the unit tests, because its snapshot support is built in.',
  );

ruleTester(optionsMinTwo, {
  valid: DIALECTS.flatMap((dialect) =>
    ['Mocha and Jest were evaluated.', 'Vitest and Jest were compared.'].map((weighing) => ({
      name: `${dialect}: "${weighing}" names two options`,
      text: testRunnerRecord(dialect, weighing),
    })),
  ),
  invalid: DIALECTS.flatMap((dialect) =>
    ['Cost and latency were evaluated.', 'Security and Performance were evaluated.'].map((weighing) => ({
      name: `${dialect}: "${weighing}" weighs concerns, not options`,
      text: testRunnerRecord(dialect, weighing),
      errors: [{ messageId: 'onlyOne' }],
    })),
  ),
});

/** A record that weighs its ways under `heading`, one sub-heading each with its pros and cons. */
const waysUnder = (dialect: Dialect, heading: string) =>
  adr(
    ...recordHead(dialect, 'Run the integration tests against PostgreSQL', { number: 12 }),
    '## Context',
    '',
    'The repository tests mock the database and miss migration bugs.',
    '',
    `## ${heading}`,
    '',
    '### Start a container per test run',
    '',
    'Pro:',
    '* It runs the same image as production',
    '',
    'Con:',
    '* CI needs Docker-in-Docker',
    '',
    '### Run an embedded PostgreSQL binary',
    '',
    'Pro:',
    '* No Docker needed',
    '',
    'Con:',
    '* The binary lags behind the production version',
    '',
    decisionHeading(dialect),
    '',
    'We start a container per test run, because it matches production.',
  );

ruleTester(optionsMinTwo, {
  valid: DIALECTS.flatMap((dialect) =>
    ['Solutions', 'Possible Approaches'].map((heading) => ({
      name: `${dialect}: "## ${heading}" with a sub-heading per way weighs two options`,
      text: waysUnder(dialect, heading),
    })),
  ),
  invalid: DIALECTS.map((dialect) => ({
    name: `${dialect}: "## Solutions" with one way under it weighs one option`,
    text: waysUnder(dialect, 'Solutions').replace(/### Run an embedded[\s\S]*?(?=## Decision)/, ''),
    errors: [{ messageId: 'onlyOne' }],
  })),
});

/** A record whose decision states its choice in `decision`, after a context that names no rival. */
const cliRecord = (dialect: Dialect, decision: string) =>
  adr(
    ...recordHead(dialect, 'Command-line parsing', { number: 6 }),
    '## Context',
    '',
    'The scripts parse their flags by hand, and subcommands are hard to add.',
    '',
    decisionHeading(dialect),
    '',
    decision,
  );

ruleTester(optionsMinTwo, {
  valid: DIALECTS.flatMap((dialect) => [
    {
      name: `${dialect}: what the decision gives up "in favour of" its choice is the second option`,
      text: cliRecord(dialect, 'We will remove the use of `optparse` in favour of Typer.'),
    },
    {
      name: `${dialect}: the decision's "X vs Y" weighs Y`,
      text: cliRecord(
        dialect,
        'We will parse flags with Typer vs hand-written parsers, as Typer adds help text.',
      ),
    },
  ]),
  invalid: DIALECTS.map((dialect) => ({
    name: `${dialect}: a decision that names no rival weighs one option`,
    text: cliRecord(dialect, 'We will parse flags with Typer.'),
    errors: [{ messageId: 'onlyOne' }],
  })),
});

ruleTester(optionsMinTwo, {
  valid: DIALECTS.map((dialect) => ({
    name: `${dialect}: "There are 2 ways of ..." and its numbered items, split by example code, are two options`,
    text: auditTrailWays(
      dialect,
      'This has the advantage that each audit table can keep a foreign key to its entity.',
    ),
  })),
  invalid: DIALECTS.map((dialect) => ({
    name: `${dialect}: the same record without its count of ways weighs one option`,
    text: auditTrailWays(dialect, '').replace(
      'There are 2 ways of storing the trail.',
      'The tables we keep today:',
    ),
    errors: [{ messageId: 'onlyOne' }],
  })),
});

ruleTester(optionsMinTwo, {
  valid: DIALECTS.map((dialect) => ({
    name: `${dialect}: a yes-or-no question in the context, answered by the decision, weighs two options`,
    text: adr(
      ...recordHead(dialect, 'Shared retry helper', { number: 8 }),
      '## Context',
      '',
      'The retry helper lives inside the billing service, should we move it into a shared library?',
      '',
      decisionHeading(dialect),
      '',
      'Move the retry helper into a shared library, so two other services can use it.',
    ),
  })),
  invalid: DIALECTS.map((dialect) => ({
    name: `${dialect}: a context that asks how, not whether, leaves the decision one option`,
    text: adr(
      ...recordHead(dialect, 'Shared retry helper', { number: 8 }),
      '## Context',
      '',
      'The retry helper lives inside the billing service. How should other services reuse it?',
      '',
      decisionHeading(dialect),
      '',
      'Move the retry helper into a shared library, so two other services can use it.',
    ),
    errors: [{ messageId: 'onlyOne' }],
  })),
});
