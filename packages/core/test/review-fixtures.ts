// Records for the review pack's tests: one that answers every question, one that answers none,
// and one that tries to smuggle markup and script into the pack.
import { adr } from './rule-tester.js';

/** Answers every review question; line numbers matter to the tests. */
export const ANSWERED = adr(
  '---', // 1
  'status: proposed',
  'decision-makers: [Ana Lima, Bo Chen]',
  'owner: Search team (pager rotation "search")',
  'reversibility: one-way', // 5
  'revisit-by: 2027-03-31',
  '---',
  '',
  '# Move product search to OpenSearch',
  '', // 10
  '## Context',
  '',
  'Search serves 1,200 queries/s at peak over 40 GB of listings.',
  'We must ship by 2026-11-01, before the holiday sale.',
  'The budget is €4,000 a month. The team is 3 engineers who know Elasticsearch.', // 15
  '',
  '## Considered Options',
  '',
  '* OpenSearch',
  '* PostgreSQL full-text search', // 20
  '* Algolia',
  '',
  '## Decision Outcome',
  '',
  'Chosen option: "OpenSearch", because it handles our query load and the team knows it.', // 25
  '',
  '## Pros and Cons of the Options',
  '',
  '### OpenSearch',
  '', // 30
  '* Good, because relevance tuning is built in.',
  '* Bad, because we run a three-node cluster ourselves.',
  '',
  '### PostgreSQL full-text search',
  '', // 35
  '* Bad, because it has no per-field boosting.',
  '',
  '### Algolia',
  '',
  '* Bad, because its price at our volume is €11,000 a month.', // 40
  '',
  '## Consequences',
  '',
  '* Bad, because reindexing takes 40 minutes.',
  '* At 10x the query volume the cluster needs 9 nodes, about €12,000 a month.', // 45
  '',
  '## Failure Story',
  '',
  'If the cluster fails, users see the "search is slow" banner and results fall back to PostgreSQL; the on-call engineer follows the search runbook.',
  '', // 50
  '## Reversibility',
  '',
  'One-way: the ranking model is trained on OpenSearch scores.',
  '',
  '## Revisit Triggers', // 55
  '',
  '* If peak load passes 5,000 queries/s.',
  '',
  '## Evidence',
  '', // 60
  'A two-week proof of concept served replayed traffic at p99 80 ms.',
);

/** A proposal that answers nothing: one option, no costs, no failure story. */
export const BARE = adr(
  '# Use Kafka for events',
  '',
  '## Status',
  '',
  'Proposed',
  '',
  '## Context',
  '',
  'We need events.',
  '',
  '## Decision',
  '',
  'We will use Kafka.',
);

/** Markup and script in every place the pack shows text from a record. */
export const HOSTILE = adr(
  '---',
  'status: proposed',
  'decision-makers: ["<img src=x onerror=alert(1)>"]',
  'owner: "<script>document.title=\'owned\'</script>"',
  '---',
  '',
  '# Use <script>window.__pwned = true</script> **bold** [link](javascript:alert(1))',
  '',
  '## Considered Options',
  '',
  '* <b>Tag</b> option | with pipe',
  '* `code` option',
  '',
  '## Decision Outcome',
  '',
  'Chosen option: "<b>Tag</b> option | with pipe", because <script>window.__pwned = true</script>.',
  '',
  '## Pros and Cons of the Options',
  '',
  '### `code` option',
  '',
  '* Bad, because <iframe src="https://example.com"></iframe> & more.',
  '* Bad, because `<script>window.__pwned = true; document.title = "owned"</script>` runs in the page.',
);
