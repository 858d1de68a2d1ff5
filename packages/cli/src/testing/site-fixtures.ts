// Decision logs in the layouts teams keep, for the site tests: an adr-tools folder, MADR 2, 3 and
// 4 folders, and a log4brains project. Our own writing, shaped the way each tool writes records.

/** adr-tools: `.adr-dir`, Nygard records, supersession written by `adr new -s` in both records. */
export const adrToolsRepo: Record<string, string> = {
  '.adr-dir': 'doc/architecture/decisions\n',
  'doc/architecture/decisions/0001-record-architecture-decisions.md': `# 1. Record architecture decisions

Date: 2024-03-01

## Status

Accepted

## Context

We need to record the architectural decisions made on this project.

## Decision

We will use Architecture Decision Records, as described by Michael Nygard.

## Consequences

See Michael Nygard's article, linked above. For a lightweight ADR toolset, see adr-tools.
`,
  'doc/architecture/decisions/0002-keep-orders-in-postgresql.md': `# 2. Keep orders in PostgreSQL

Date: 2024-03-04

## Status

Superseded by [3. Move orders to an event store](0003-move-orders-to-an-event-store.md)

## Context

Orders arrive at about 40 a minute and the finance team reads them with plain SQL.

## Decision

We will keep orders in the shared PostgreSQL instance.

## Consequences

Reporting stays simple; replaying an order's history is not possible.
`,
  'doc/architecture/decisions/0003-move-orders-to-an-event-store.md': `# 3. Move orders to an event store

Date: 2024-09-12

## Status

Accepted

Supersedes [2. Keep orders in PostgreSQL](0002-keep-orders-in-postgresql.md)

## Context

Support needs the full history of every order; disputes take days to reconstruct.

## Decision

We will append order events to an event store and project them into PostgreSQL for reporting.

## Consequences

Projections lag by up to two seconds, and the team must learn event versioning.
`,
  'doc/architecture/decisions/0004-render-receipts-on-the-server.md': `# 4. Render receipts on the server

Date: 2024-10-01

## Status

Proposed

## Context

Receipts are printed from the browser today <script>window.__docketPwned = true</script>
and the layout breaks on narrow printers. <img src="missing.png" onerror="window.__docketPwned = true">

## Decision

We will render receipts as PDF on the server with a fixed-width template.

<script>window.__docketPwned = true</script>

## Consequences

Printing needs one request more; the template lives with the billing service.
`,
};

/** MADR 2: bullet metadata under the title, options and a chosen option. */
export const madr2Repo: Record<string, string> = {
  'docs/adr/0001-use-markdown-architectural-decision-records.md': `# Use Markdown Architectural Decision Records

* Status: accepted
* Deciders: Anna Lindqvist, Ben Okafor
* Date: 2021-02-11

Technical Story: decide how the team writes decisions down

## Context and Problem Statement

We want to record architectural decisions made in this project. Which format and structure should these records follow?

## Considered Options

* MADR 2.1.2
* Michael Nygard's template
* Formless wiki pages

## Decision Outcome

Chosen option: "MADR 2.1.2", because it is lean and lists the options we considered.

### Negative Consequences

* Bad, because the team has to learn the template.
`,
  'docs/adr/0002-host-the-shop-on-heroku.md': `# Host the shop on Heroku

* Status: superseded by [ADR-0003](0003-host-the-shop-on-kubernetes.md)
* Date: 2021-03-02

## Context and Problem Statement

Where do we run the shop with two developers and no operations staff?

## Considered Options

* Heroku
* Kubernetes

## Decision Outcome

Chosen option: "Heroku", because nobody has to operate servers.
`,
  'docs/adr/0003-host-the-shop-on-kubernetes.md': `# Host the shop on Kubernetes

* Status: accepted
* Date: 2022-06-20

## Context and Problem Statement

Traffic grew tenfold and the Heroku bill passed 4,000 euros a month. Replaces [ADR-0002](0002-host-the-shop-on-heroku.md).

## Considered Options

* Heroku with bigger dynos
* Managed Kubernetes

## Decision Outcome

Chosen option: "Managed Kubernetes", because it costs a third of the Heroku bill at our load.
`,
};

/** MADR 3: YAML frontmatter with status, date and deciders. */
export const madr3Repo: Record<string, string> = {
  'docs/decisions/0001-use-openapi-for-public-apis.md': `---
status: accepted
date: 2023-05-08
deciders: Priya Raman, Tomás Ortega
---
# Use OpenAPI for public APIs

## Context and Problem Statement

Partners integrate with three public APIs whose documentation drifts from the code.

## Considered Options

* OpenAPI 3.1 generated from code
* Hand-written reference pages

## Decision Outcome

Chosen option: "OpenAPI 3.1 generated from code", because the documentation can no longer drift.

### Consequences

* Good, because partners can generate clients.
* Bad, because every endpoint needs annotations.
`,
  'docs/decisions/0002-version-apis-in-the-url.md': `---
status: proposed
date: 2023-06-01
deciders: Priya Raman
---
# Version APIs in the URL

## Context and Problem Statement

Breaking changes to the OpenAPI contracts (see [ADR 1](0001-use-openapi-for-public-apis.md)) need a versioning scheme.

## Considered Options

* \`/v2/\` in the path
* An \`Accept-Version\` header

## Decision Outcome

Chosen option: "\`/v2/\` in the path", because partners can see the version in their logs.
`,
};

/** MADR 4: frontmatter with decision-makers, consulted and informed. */
export const madr4Repo: Record<string, string> = {
  'docs/decisions/0001-queue-emails-through-sqs.md': `---
status: accepted
date: 2025-02-17
decision-makers: Jonas Berg
consulted: SRE team
informed: Support team
---

# Queue e-mails through SQS

## Context and Problem Statement

Password-reset e-mails are lost when the mail provider times out, about 30 a day.

## Considered Options

* Amazon SQS with a worker
* Retrying inside the web request

## Decision Outcome

Chosen option: "Amazon SQS with a worker", because a message survives a provider outage of up to 14 days.

### Consequences

* Good, because no reset e-mail is lost.
* Bad, because e-mails now arrive up to a minute later.
`,
};

/** log4brains: `.log4brains.yml`, date-named files, dash bullets with tags. */
export const log4brainsRepo: Record<string, string> = {
  '.log4brains.yml': 'project:\n  name: shop\n  tz: Europe/Berlin\n  adrFolder: ./docs/adr\n',
  'docs/adr/20240105-use-log4brains-to-manage-the-adrs.md': `# Use Log4brains to manage the ADRs

- Status: accepted
- Date: 2024-01-05
- Tags: dev-tools, doc

## Context and Problem Statement

We want to record architectural decisions and browse them as a static site.

## Decision Outcome

Chosen option: "Log4brains", because it previews the log while we write.
`,
  'docs/adr/20240212-deploy-the-knowledge-base-to-github-pages.md': `# Deploy the knowledge base to GitHub Pages

- Status: draft
- Date: 2024-02-12
- Tags: doc, ci

## Context and Problem Statement

The knowledge base built by [Log4brains](20240105-use-log4brains-to-manage-the-adrs.md) needs a public home.

## Decision Outcome

Chosen option: "GitHub Pages", because the repository already lives on GitHub.
`,
};
