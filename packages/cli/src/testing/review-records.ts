// Test support (not built): records for the review-meeting commands' tests.

/** A MADR-style record; `extra` lines go into the frontmatter. */
export function record(title: string, status: string, extra: string[] = []): string {
  return [
    '---',
    `status: ${status}`,
    ...extra,
    '---',
    '',
    `# ${title}`,
    '',
    '## Context',
    '',
    'Checkout serves 300 orders a minute. The budget is €2,000 a month.',
    '',
    '## Considered Options',
    '',
    '* Postgres',
    '* DynamoDB',
    '',
    '## Decision Outcome',
    '',
    'Chosen option: "Postgres", because the team of 4 engineers knows it.',
    '',
    '## Pros and Cons of the Options',
    '',
    '### Postgres',
    '',
    '* Bad, because we run failover ourselves.',
    '',
    '### DynamoDB',
    '',
    '* Bad, because its query model does not fit our reports.',
    '',
  ].join('\n');
}
