#!/usr/bin/env node
// The performance benchmark: generates synthetic ADR corpora (1,000 and 10,000 records) in a
// temporary folder and measures whole processes — wall time, CPU time and peak memory — of
// `docket lint` (cold, warm with --cache, one file), markdownlint-cli2 on the same files, a
// read-only floor and `node -e 0`. The commands alternate, round after round, so a burst of load
// on the machine hits all of them; it prints medians and the ratios issue 7 sets as targets.
// Figures are printed, never asserted: they depend on the machine and its load.
// usage: pnpm bench [--rounds n] [--large-rounds n] [--large n] [--keep]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { writeCorpus } from './bench/corpus.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    options: {
      rounds: { type: 'string', default: '5' },
      'large-rounds': { type: 'string', default: '1' },
      large: { type: 'string', default: '10000' },
      keep: { type: 'boolean', default: false },
    },
  }).values;
} catch (error) {
  fail(`${error.message}\nusage: pnpm bench [--rounds n] [--large-rounds n] [--large n] [--keep]`);
}
const count = (name, min) => {
  const value = Number(args[name]);
  if (!Number.isInteger(value) || value < min) fail(`--${name} must be a whole number ≥ ${min}`);
  return value;
};
const rounds = count('rounds', 1);
const largeRounds = count('large-rounds', 0);
const largeSize = count('large', 0);

const cliPackage = JSON.parse(readFileSync(join(root, 'packages/cli/package.json'), 'utf8'));
const docketBin = resolve(root, 'packages/cli', cliPackage.bin.docket);
if (!existsSync(docketBin)) fail(`${docketBin} does not exist; run \`pnpm build\` first`);
// Its package.json is not exported; the package folder is found from the workspace's node_modules.
const markdownlintDir = join(root, 'node_modules/markdownlint-cli2');
if (!existsSync(markdownlintDir)) fail('markdownlint-cli2 is not installed; run `pnpm install`');
const markdownlintBin = join(
  markdownlintDir,
  JSON.parse(readFileSync(join(markdownlintDir, 'package.json'), 'utf8')).bin['markdownlint-cli2'],
);
const rusagePreload = pathToFileURL(join(root, 'scripts/bench/rusage.mjs')).href;
const readFloor = join(root, 'scripts/bench/read-floor.mjs');

const work = mkdtempSync(join(tmpdir(), 'docket-bench-'));
const rusageFile = join(work, 'rusage.json');

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs one command to completion: wall time from here, CPU and peak memory from the preload. */
function measure(command) {
  rmSync(rusageFile, { force: true });
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--import', rusagePreload, ...command.args], {
    cwd: command.cwd,
    env: { ...process.env, DOCKET_BENCH_RUSAGE: rusageFile, NO_COLOR: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallMs = performance.now() - started;
  // docket and markdownlint-cli2 exit 1 when they report findings; 2 or more is a failure.
  if (result.status === null || result.status > 1 || !existsSync(rusageFile)) {
    const why = result.error?.message ?? result.stderr?.toString().trim().split('\n').slice(-3).join(' | ');
    throw new Error(`${command.name} failed (exit ${result.status ?? result.signal}): ${why}`);
  }
  const usage = JSON.parse(readFileSync(rusageFile, 'utf8'));
  return { wallMs, cpuMs: usage.cpuMs, maxRssMb: usage.maxRssKb / 1024 };
}

/** Runs every command `n` times, rotating the order each round; returns medians by name. */
function runRounds(commands, n) {
  const samples = new Map(commands.map((c) => [c.name, []]));
  for (let round = 0; round < n; round++) {
    const order = commands.map((_, i) => commands[(i + round) % commands.length]);
    for (const command of order) {
      try {
        samples.get(command.name).push(measure(command));
      } catch (error) {
        console.error(`bench: ${error.message}`);
      }
    }
    process.stderr.write(`  round ${round + 1}/${n} done\n`);
  }
  const medians = new Map();
  for (const [name, list] of samples) {
    if (list.length === 0) continue;
    medians.set(name, {
      runs: list.length,
      wallMs: median(list.map((s) => s.wallMs)),
      cpuMs: median(list.map((s) => s.cpuMs)),
      maxRssMb: median(list.map((s) => s.maxRssMb)),
    });
  }
  return medians;
}

function corpus(size) {
  const dir = join(work, `adr-${size}`);
  process.stderr.write(`bench: writing ${size} records to ${dir}\n`);
  const paths = writeCorpus(join(dir, 'docs/adr'), size);
  return { dir, paths };
}

/** The commands measured on one corpus. */
function commandsFor({ dir, paths }, withComparisons) {
  const cache = join(dir, '.docket-cache/lint.json');
  const docket = (name, ...rest) => ({ name, cwd: dir, args: [docketBin, 'lint', ...rest] });
  const warm = docket('docket lint --cache (warm)', '--cache', '--cache-location', cache, 'docs/adr');
  // The large corpus is there for memory and scaling: its cold run is what the targets ask for.
  const commands = [docket('docket lint (cold)', 'docs/adr')];
  if (withComparisons) {
    commands.push(
      warm,
      docket('docket lint one file', paths[Math.floor(paths.length / 2)]),
      { name: 'markdownlint-cli2', cwd: dir, args: [markdownlintBin, 'docs/adr/**/*.md'] },
      { name: 'read-only floor', cwd: dir, args: [readFloor, 'docs/adr'] },
      { name: 'node -e 0', cwd: dir, args: ['-e', '0'] },
    );
  }
  return { commands, prime: withComparisons ? warm : null };
}

/** Fills the cache the warm runs read. */
function prime(command) {
  if (!command) return;
  try {
    measure(command);
  } catch (error) {
    console.error(`bench: priming the cache: ${error.message}`);
  }
}

const ms = (value) => `${Math.round(value).toLocaleString('en-US')} ms`;
function printTable(title, medians) {
  console.log(`\n${title}`);
  console.log(
    `  ${'command'.padEnd(28)} ${'wall'.padStart(10)} ${'cpu'.padStart(10)} ${'peak rss'.padStart(10)}`,
  );
  for (const [name, m] of medians) {
    console.log(
      `  ${name.padEnd(28)} ${ms(m.wallMs).padStart(10)} ${ms(m.cpuMs).padStart(10)} ${`${Math.round(m.maxRssMb)} MB`.padStart(10)}`,
    );
  }
}

/** One target line: the measured value, the bound, whether it is met, and the CPU ratio for context. */
function target(label, value, bound, unit, cpuRatio) {
  if (value === undefined || Number.isNaN(value)) return console.log(`  ?    ${label}: not measured`);
  const shown = unit === '×' ? `${value.toFixed(2)}×` : `${Math.round(value)} ${unit}`;
  const cpu = cpuRatio === undefined || Number.isNaN(cpuRatio) ? '' : ` [cpu ${cpuRatio.toFixed(2)}×]`;
  console.log(
    `  ${value <= bound ? 'ok  ' : 'MISS'} ${label}: ${shown} (target ≤ ${bound}${unit === '×' ? '×' : ` ${unit}`})${cpu}`,
  );
}

try {
  console.log(
    `bench: node ${process.version}, ${availableParallelism()} cores, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  const small = corpus(1000);
  const smallSet = commandsFor(small, true);
  prime(smallSet.prime);
  process.stderr.write(`bench: 1,000 records, ${rounds} rounds\n`);
  const smallMedians = runRounds(smallSet.commands, rounds);
  printTable(`1,000 records (medians of ${rounds} rounds)`, smallMedians);

  let largeMedians = new Map();
  if (largeSize > 0 && largeRounds > 0) {
    const large = corpus(largeSize);
    const largeSet = commandsFor(large, false);
    prime(largeSet.prime);
    process.stderr.write(`bench: ${largeSize} records, ${largeRounds} rounds\n`);
    largeMedians = runRounds(largeSet.commands, largeRounds);
    printTable(
      `${largeSize.toLocaleString('en-US')} records (medians of ${largeRounds} rounds)`,
      largeMedians,
    );
  }

  const get = (medians, name) => medians.get(name) ?? { wallMs: NaN, cpuMs: NaN, maxRssMb: NaN };
  const ratio = (a, b, field) => a[field] / b[field];
  const cold = get(smallMedians, 'docket lint (cold)');
  const warm = get(smallMedians, 'docket lint --cache (warm)');
  const one = get(smallMedians, 'docket lint one file');
  const markdownlint = get(smallMedians, 'markdownlint-cli2');
  const floor = get(smallMedians, 'read-only floor');
  const bare = get(smallMedians, 'node -e 0');
  console.log('\ntargets (wall time; the CPU-time ratio in brackets, steadier on a loaded machine)');
  target(
    'cold lint vs markdownlint-cli2',
    ratio(cold, markdownlint, 'wallMs'),
    0.5,
    '×',
    ratio(cold, markdownlint, 'cpuMs'),
  );
  target(
    'warm --cache lint vs read-only floor',
    ratio(warm, floor, 'wallMs'),
    3,
    '×',
    ratio(warm, floor, 'cpuMs'),
  );
  target('one-file lint', one.wallMs, 200, 'ms');
  target('one-file lint vs node -e 0', ratio(one, bare, 'wallMs'), 3, '×', ratio(one, bare, 'cpuMs'));
  if (largeMedians.size > 0) {
    const largeCold = get(largeMedians, 'docket lint (cold)');
    target(`${largeSize} records: peak memory`, largeCold.maxRssMb, 300, 'MB');
    target(
      `${largeSize} records: time vs 1,000`,
      ratio(largeCold, cold, 'wallMs'),
      11,
      '×',
      ratio(largeCold, cold, 'cpuMs'),
    );
  }
  console.log(
    `load average at the end: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );

  const siteBench = join(root, 'scripts/bench-site.mjs');
  if (existsSync(siteBench)) {
    console.log('\nscripts/bench-site.mjs');
    const site = spawnSync(process.execPath, [siteBench], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, DOCKET_BENCH_CORPUS: join(small.dir, 'docs/adr') },
    });
    if (site.status !== 0) process.exitCode = 1;
  }
} finally {
  if (args.keep) console.log(`\ncorpora kept in ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
