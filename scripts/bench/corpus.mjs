// A deterministic synthetic corpus of realistic ADRs for the benchmark: MADR-style records with
// frontmatter, Nygard-style records with a Status section, options with pros and cons, comparison
// tables, code blocks and consequences, 3–8 KB each. About one record in six has the gaps real
// collections have (one option, no failure story, TODO markers, a reused number), so the linter
// has findings to report and format.
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** mulberry32: a small, fast, seeded generator; the same seed gives the same corpus everywhere. */
export function generator(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = [
  ['message broker for order events', ['Kafka', 'RabbitMQ', 'Amazon SQS with SNS', 'NATS JetStream']],
  ['primary database for the billing service', ['PostgreSQL', 'MySQL', 'CockroachDB', 'DynamoDB']],
  ['cache for the product catalogue', ['Redis', 'Memcached', 'an in-process LRU cache']],
  ['CI runners', ['GitHub-hosted runners', 'self-hosted runners on spot instances', 'Buildkite agents']],
  ['feature flag service', ['LaunchDarkly', 'Unleash', 'flags in the config repository']],
  ['search engine for the help centre', ['OpenSearch', 'Typesense', 'PostgreSQL full-text search']],
  ['container orchestration', ['Kubernetes on EKS', 'ECS on Fargate', 'Nomad']],
  ['secret storage', ['HashiCorp Vault', 'AWS Secrets Manager', 'sealed secrets in git']],
  ['tracing backend', ['Jaeger', 'Grafana Tempo', 'Honeycomb']],
  ['API gateway', ['Kong', 'Envoy with a control plane', 'AWS API Gateway']],
  ['frontend state management', ['Redux Toolkit', 'Zustand', 'React Query with local state']],
  ['job scheduler', ['Temporal', 'Sidekiq with cron', 'Kubernetes CronJobs']],
];
const PEOPLE = [
  'Ana Souza',
  'Ben Okafor',
  'Chen Wei',
  'Dana Levi',
  'Erik Lund',
  'Fatima Zahra',
  'Gus Moreau',
];
const TEAMS = ['platform', 'payments', 'search', 'identity', 'data', 'mobile'];
const STATUSES = ['accepted', 'accepted', 'accepted', 'proposed', 'superseded', 'deprecated', 'draft'];
const PROS = [
  'the team already runs it in production and knows its failure modes',
  'it scales horizontally without a re-partitioning step',
  'it has a managed offering in our cloud region with a 99.95% SLA',
  'its client libraries cover Go, Java and TypeScript',
  'p99 latency stayed under 12 ms in the load test at 3,000 requests per second',
  'it needs no new on-call rotation',
];
const CONS = [
  'it costs about $1,200 a month more than the current setup',
  'nobody on the team has operated it before, so we budget two weeks of training',
  'upgrades need a maintenance window of about 30 minutes',
  'it ties us to one cloud vendor',
  'its storage grows by about 40 GB a month at current traffic',
  'the open-source edition lacks single sign-on',
];
const CONTEXT = [
  'Traffic grew from 400 to 2,600 requests per second over the last two quarters, and the current setup paged the on-call engineer 9 times in September.',
  'The service is owned by a team of four engineers who also run two other services, so anything we adopt must be cheap to operate.',
  'Our compliance review requires that customer data stays in the EU region and that access is audited.',
  'Three incidents this year (INC-2041, INC-2088, INC-2113) traced back to this component, each costing between 20 minutes and 2 hours of degraded checkout.',
  'The current contract ends on 31 March, which gives us one quarter to migrate if we change vendors.',
  'Load tests on the staging cluster show the present design saturating at about 1,800 requests per second with 8 vCPUs.',
];

function pick(random, list) {
  return list[Math.floor(random() * list.length)];
}

function slug(text) {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Sentences from the pool with their figures varied, so no two records read alike. */
function paragraph(random, sentences) {
  return Array.from({ length: sentences }, () =>
    pick(random, CONTEXT).replace(/\d+/g, (digits) =>
      String(Math.max(1, Math.round(Number(digits) * (0.5 + random())))),
    ),
  ).join(' ');
}

function prosCons(random, option) {
  const lines = [`### ${option}`, ''];
  for (let i = 0; i < 2 + Math.floor(random() * 2); i++) lines.push(`* Good, because ${pick(random, PROS)}.`);
  for (let i = 0; i < 1 + Math.floor(random() * 2); i++) lines.push(`* Bad, because ${pick(random, CONS)}.`);
  return lines.join('\n');
}

function comparisonTable(random, options) {
  const rows = ['| Option | Monthly cost | p99 latency | Operational effort |', '|---|---|---|---|'];
  for (const option of options) {
    const cost = 200 + Math.floor(random() * 2000);
    const latency = 3 + Math.floor(random() * 40);
    rows.push(`| ${option} | $${cost} | ${latency} ms | ${pick(random, ['low', 'medium', 'high'])} |`);
  }
  return rows.join('\n');
}

function codeBlock(random, team) {
  const replicas = 2 + Math.floor(random() * 4);
  return [
    '```yaml',
    `service: ${team}-gateway`,
    `replicas: ${replicas}`,
    'resources:',
    `  cpu: ${250 * replicas}m`,
    `  memory: ${256 * replicas}Mi`,
    'healthCheck:',
    '  path: /healthz',
    '  intervalSeconds: 10',
    '```',
  ].join('\n');
}

/** One record; `flaw` names the gap this record has, or null for a complete one. */
function record(random, number, flaw) {
  const [subject, allOptions] = pick(random, SUBJECTS);
  const count = flaw === 'one-option' ? 1 : 2 + Math.floor(random() * (allOptions.length - 1));
  const options = allOptions.slice(0, count);
  const chosen = options[0];
  const team = pick(random, TEAMS);
  const status = pick(random, STATUSES);
  const title = `Use ${chosen} as the ${subject}`;
  const nygard = random() < 0.3;
  const out = [];
  if (!nygard) {
    out.push(
      '---',
      `status: ${status}`,
      `date: 2024-${String(1 + (number % 12)).padStart(2, '0')}-${String(1 + (number % 28)).padStart(2, '0')}`,
      'decision-makers:',
      `  - ${pick(random, PEOPLE)}`,
      `  - ${pick(random, PEOPLE)}`,
      `owner: ${team} team`,
      `reversibility: ${pick(random, ['two-way', 'one-way', 'costly'])}`,
      '---',
      '',
    );
  }
  out.push(`# ${nygard ? `${number}. ` : ''}${title}`, '');
  if (nygard) out.push('## Status', '', status[0].toUpperCase() + status.slice(1), '');
  out.push('## Context and Problem Statement', '', paragraph(random, 3), '', paragraph(random, 2), '');
  if (flaw === 'placeholder') out.push('TODO: add the numbers from the load test.', '');
  out.push('## Decision Drivers', '');
  for (let i = 0; i < 3; i++) out.push(`* ${pick(random, PROS).replace(/^it /, 'the option ')}`);
  out.push('', '## Considered Options', '');
  for (const option of options) out.push(`* ${option}`);
  out.push('', comparisonTable(random, options), '');
  out.push('## Decision Outcome', '');
  out.push(`Chosen option: "${chosen}", because ${pick(random, PROS)}, and ${pick(random, PROS)}.`, '');
  out.push('### Consequences', '');
  for (let i = 0; i < 2; i++) out.push(`* Good, because ${pick(random, PROS)}.`);
  out.push(`* Bad, because ${pick(random, CONS)}.`, '');
  if (random() < 0.6) out.push('The deployment looks like this:', '', codeBlock(random, team), '');
  out.push('## Pros and Cons of the Options', '');
  for (const option of options) out.push(prosCons(random, option), '');
  if (flaw !== 'no-failure') {
    out.push(
      '## Failure Story',
      '',
      `If ${chosen} becomes unavailable, requests fail over to the standby within 30 seconds; users see a "please retry" banner and the ${team} on-call engineer is paged and follows the runbook.`,
      '',
    );
  }
  out.push(
    '## Reversibility',
    '',
    `Two-way: the ${subject} sits behind an interface, so switching back takes about two sprints.`,
    '',
    '## Revisit Triggers',
    '',
    `* When traffic exceeds ${3 + Math.floor(random() * 8)},000 requests per second.`,
    `* By 2026-${String(1 + (number % 12)).padStart(2, '0')}-01 at the latest.`,
    '',
  );
  // Notes until the record reaches its target size: real records range from short to long.
  const target = 3000 + Math.floor(random() * 5000);
  let text = out.join('\n');
  if (text.length < target) text += '\n## Notes\n\n';
  while (text.length < target) text += `${paragraph(random, 2 + Math.floor(random() * 3))}\n\n`;
  return { name: `${String(number).padStart(4, '0')}-${slug(title).slice(0, 60)}.md`, text };
}

const FLAWS = ['one-option', 'no-failure', 'placeholder'];

/**
 * Writes `count` records into `dir` (created if needed) and returns their paths. The same count
 * and seed give byte-identical files.
 */
export function writeCorpus(dir, count, seed = 7) {
  mkdirSync(dir, { recursive: true });
  const random = generator(seed);
  const paths = [];
  for (let i = 1; i <= count; i++) {
    const flaw = random() < 0.17 ? pick(random, FLAWS) : null;
    // Every 250th record reuses its predecessor's number: the merge accident number-unique catches.
    const number = i % 250 === 0 ? i - 1 : i;
    const { name, text } = record(random, number, flaw);
    const path = join(
      dir,
      paths.length > 0 && name === basename(paths[paths.length - 1]) ? `${name.slice(0, -3)}-b.md` : name,
    );
    writeFileSync(path, text);
    paths.push(path);
  }
  return paths;
}
