#!/usr/bin/env node
// Build time of `docket site build` for 1,000 records. Uses the corpus named by --corpus (or the
// DOCKET_BENCH_CORPUS variable `pnpm bench` sets), else generates a synthetic one from a fixed seed:
// MADR records with options, pros and cons, consequences, tags, supersessions and links between
// records. Measures a cold build into an empty folder (wall and CPU time; CPU time is the steadier
// figure on a shared machine) and a rebuild with nothing changed, each the
// median of --rounds runs. Figures are printed, never asserted.
// usage: node scripts/bench-site.mjs [--corpus <dir>] [--count n] [--rounds n] [--keep]
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { generator } from './bench/corpus.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

function fail(message) {
  console.error(`bench-site: ${message}`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    options: {
      corpus: { type: 'string' },
      count: { type: 'string', default: '1000' },
      rounds: { type: 'string', default: '3' },
      keep: { type: 'boolean', default: false },
    },
  }).values;
} catch (error) {
  fail(
    `${error.message}\nusage: node scripts/bench-site.mjs [--corpus <dir>] [--count n] [--rounds n] [--keep]`,
  );
}
const whole = (name) => {
  const value = Number(args[name]);
  if (!Number.isInteger(value) || value < 1) fail(`--${name} must be a whole number ≥ 1`);
  return value;
};
const count = whole('count');
const rounds = whole('rounds');

const buildModule = join(root, 'packages/cli/dist/site/build.js');
if (!existsSync(buildModule)) fail(`${buildModule} does not exist; run \`pnpm build\` first`);
const { buildSite } = await import(pathToFileURL(buildModule).href);

const SUBJECTS = [
  ['the order event broker', ['Kafka', 'RabbitMQ', 'Amazon SQS', 'NATS JetStream']],
  ['the billing database', ['PostgreSQL', 'MySQL', 'CockroachDB']],
  ['the catalogue cache', ['Redis', 'Memcached', 'an in-process LRU cache']],
  ['CI runners', ['hosted runners', 'self-hosted runners on spot instances', 'Buildkite agents']],
  ['feature flags', ['LaunchDarkly', 'Unleash', 'flags in the config repository']],
  ['help centre search', ['OpenSearch', 'Typesense', 'PostgreSQL full-text search']],
  ['secret storage', ['Vault', 'AWS Secrets Manager', 'sealed secrets']],
  ['tracing', ['Jaeger', 'Grafana Tempo', 'Honeycomb']],
];
const TAGS = ['data', 'infra', 'security', 'frontend', 'ci', 'observability', 'payments', 'search'];
const STATUSES = ['accepted', 'accepted', 'accepted', 'proposed', 'draft', 'deprecated', 'rejected'];
const WORDS =
  'latency throughput budget team on-call outage migration contract region tenant replica queue backlog quota'.split(
    ' ',
  );

function slug(text) {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Writes `total` records into `dir`; about one in eight supersedes an earlier one. */
function writeSyntheticCorpus(dir, total, seed) {
  const random = generator(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const names = [];
  const supersededBy = new Map();
  const records = [];
  for (let n = 1; n <= total; n++) {
    const [subject, options] = pick(SUBJECTS);
    const chosen = pick(options);
    const title = `Use ${chosen} for ${subject} (${n})`;
    const name = `${String(n).padStart(4, '0')}-${slug(title)}.md`;
    names.push(name);
    const supersedes = n > 10 && random() < 0.125 ? Math.floor(random() * (n - 1)) + 1 : null;
    if (supersedes !== null && !supersededBy.has(supersedes)) supersededBy.set(supersedes, n);
    const linked = n > 1 ? Math.floor(random() * (n - 1)) + 1 : null;
    const sentences = Array.from(
      { length: 6 + Math.floor(random() * 10) },
      () =>
        `The ${pick(WORDS)} of ${subject} grows by ${Math.floor(random() * 90) + 10}% when the ${pick(WORDS)} changes.`,
    );
    records[n] = {
      n,
      title,
      name,
      options,
      chosen,
      supersedes,
      linked,
      sentences,
      tags: [pick(TAGS), pick(TAGS)],
    };
  }
  mkdirSync(dir, { recursive: true });
  for (let n = 1; n <= total; n++) {
    const r = records[n];
    const successor = supersededBy.get(n);
    const status = successor ? 'superseded' : pick(STATUSES);
    const options = r.options.map((o) => `* ${o}`).join('\n');
    const pros = r.options
      .map(
        (o) =>
          `### ${o}\n\n* Good, because the team knows ${o}.\n* Bad, because ${o} costs ${Math.floor(random() * 900) + 100} euros a month.\n`,
      )
      .join('\n');
    const links = [
      r.supersedes && supersededBy.get(r.supersedes) === n
        ? `* Supersedes [ADR ${r.supersedes}](${names[r.supersedes - 1]})`
        : '',
      successor ? `* Superseded by [ADR ${successor}](${names[successor - 1]})` : '',
      r.linked ? `* See also [ADR ${r.linked}](${names[r.linked - 1]})` : '',
    ]
      .filter(Boolean)
      .join('\n');
    const text = `---
status: ${status}
date: 2024-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}
tags: [${[...new Set(r.tags)].join(', ')}]
---
# ${r.title}

## Context and Problem Statement

${r.sentences.join(' ')}

## Considered Options

${options}

## Decision Outcome

Chosen option: "${r.chosen}", because it meets the latency target at the lowest cost.

### Consequences

* Good, because ${subjectWord(r)} gets simpler.
* Bad, because the team must learn ${r.chosen}.

## Pros and Cons of the Options

${pros}
## Links

${links || '* None'}
`;
    writeFileSync(join(dir, r.name), text);
  }
}

function subjectWord(record) {
  return record.title.split(' for ')[1] ?? 'operation';
}

function folderSize(dir) {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = folderSize(path);
      bytes += inner.bytes;
      files += inner.files;
    } else {
      bytes += statSync(path).size;
      files++;
    }
  }
  return { bytes, files };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const work = mkdtempSync(join(tmpdir(), 'docket-bench-site-'));
try {
  const given = args.corpus ?? process.env.DOCKET_BENCH_CORPUS;
  let corpus;
  let described;
  if (given) {
    corpus = resolve(given);
    if (!existsSync(corpus)) fail(`no such folder: ${given}`);
    described = corpus;
  } else {
    corpus = join(work, 'docs/adr');
    writeSyntheticCorpus(corpus, count, 7);
    described = `synthetic, ${count} records, seed 7`;
  }
  const cold = [];
  const coldCpu = [];
  const warm = [];
  let result;
  let out;
  for (let round = 0; round < rounds; round++) {
    out = join(work, `site-${round}`);
    const build = () =>
      buildSite({ cwd: work, root: resolve(corpus, '..'), folders: [corpus], out, git: false });
    let started = performance.now();
    const cpu = process.cpuUsage();
    result = await build();
    cold.push(performance.now() - started);
    const used = process.cpuUsage(cpu);
    coldCpu.push((used.user + used.system) / 1000);
    started = performance.now();
    await build();
    warm.push(performance.now() - started);
  }
  const size = folderSize(out);
  const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
  console.log(`site build (${described})`);
  console.log(
    `  ${result.model.records.length} records, ${result.model.relations.length} relations, ${size.files} files, ${(size.bytes / 1e6).toFixed(1)} MB`,
  );
  console.log(
    `  cold build, median of ${rounds}: ${seconds(median(cold))} wall, ${seconds(median(coldCpu))} CPU (runs: ${cold.map(seconds).join(', ')})`,
  );
  console.log(`  rebuild with nothing changed, median of ${rounds}: ${seconds(median(warm))}`);
  console.log(
    `  load average: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
} finally {
  if (args.keep) console.log(`kept in ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
