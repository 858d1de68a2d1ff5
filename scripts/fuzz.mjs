#!/usr/bin/env node
// The property-based tests of packages/core/src/engine/properties.test.ts, and the check that the
// bundle's edited parser gives the published parser's trees (packages/cli/scripts/
// dependency-edits.test.ts), run longer: a nightly-style fuzz run. The same properties run with a
// few hundred to a few thousand cases in `pnpm test`.
// usage: pnpm fuzz [--runs N] [--corpus DIR] [--seed N]
//   --runs N      cases per property (default 20000; DOCKET_FUZZ_RUNS works too)
//   --corpus DIR  also mutate every markdown file under DIR (e.g. ../shared/corpus)
//   --seed N      replay a run (fast-check prints the seed of a failing run)
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));

function fail(message) {
  console.error(`fuzz: ${message}`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: { runs: { type: 'string' }, corpus: { type: 'string' }, seed: { type: 'string' } },
  }));
} catch (error) {
  fail(`${error.message}; usage: pnpm fuzz [--runs N] [--corpus DIR] [--seed N]`);
}
const runs = values.runs ?? process.env.DOCKET_FUZZ_RUNS ?? '20000';
if (!/^[1-9]\d*$/.test(runs)) fail(`--runs: "${runs}" is not a positive whole number`);
if (values.seed !== undefined && !/^-?\d+$/.test(values.seed))
  fail(`--seed: "${values.seed}" is not a whole number`);
const env = { ...process.env, DOCKET_FUZZ_RUNS: runs };
// A new seed each run explores new cases; the test suite keeps its own fixed one.
env.DOCKET_FUZZ_SEED = values.seed ?? String(Math.floor(Math.random() * 2 ** 31));
if (values.corpus !== undefined) {
  const corpus = resolve(values.corpus);
  if (!existsSync(corpus) || !statSync(corpus).isDirectory()) fail(`--corpus: no directory at ${corpus}`);
  env.DOCKET_FUZZ_CORPUS = corpus;
}
console.log(
  `fuzz: ${runs} cases per property, seed ${env.DOCKET_FUZZ_SEED}${env.DOCKET_FUZZ_CORPUS ? `, mutating ${env.DOCKET_FUZZ_CORPUS}` : ''}`,
);
const result = spawnSync(
  'pnpm',
  [
    'exec',
    'vitest',
    'run',
    'packages/core/src/engine/properties.test.ts',
    'packages/cli/scripts/dependency-edits.test.ts',
  ],
  {
    cwd: root,
    env,
    stdio: 'inherit',
  },
);
process.exit(result.status ?? 2);
