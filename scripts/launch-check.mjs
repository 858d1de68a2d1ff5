#!/usr/bin/env node
// Checks the V8 settings the installed command (packages/cli/dist/docket.mjs) runs under, which no
// unit test can see: they are the process's own and the launcher sets them before anything runs.
// 1. A short lint runs without V8's optimising compiler and a long one turns it back on, unless
//    the user gave node a setting of their own (src/v8-flags.ts).
// 2. The code cache saved after a long lint, which changed that setting mid-run, is used by the
//    next short lint: V8 refuses a cache made under other flags, and every start would then pay
//    to compile the whole command again and save a new cache.
// Needs `pnpm build`. Used by .ci/run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './bench/corpus.mjs';

const dist = fileURLToPath(new URL('../packages/cli/dist/', import.meta.url));
const failures = [];
const expect = (ok, what) => {
  console.log(`${ok ? 'ok' : 'FAILED'}: ${what}`);
  if (!ok) failures.push(what);
};

// %GetOptimizationStatus bit for code made by turbofan (V8's runtime-test.h, OptimizationStatus).
const TURBOFANNED = 1 << 6;
const probe = `
const { setLaunchFlags, optimiseLongRun } = await import(${JSON.stringify(join(dist, 'v8-flags.js'))});
const optimised = () => {
  const hot = (n) => { let s = 0; for (let i = 0; i < n; i++) s += i % 7; return s; };
  %PrepareFunctionForOptimization(hot); hot(9); hot(9); %OptimizeFunctionOnNextCall(hot); hot(9);
  return (%GetOptimizationStatus(hot) & ${TURBOFANNED}) !== 0;
};
setLaunchFlags();
const atLaunch = optimised();
optimiseLongRun(3);
const short = optimised();
optimiseLongRun(1000);
console.log(JSON.stringify({ atLaunch, short, long: optimised() }));`;
function compilerStates(nodeFlags) {
  const run = spawnSync(
    process.execPath,
    ['--allow-natives-syntax', ...nodeFlags, '--input-type=module', '-e', probe],
    {
      encoding: 'utf8',
    },
  );
  if (run.status !== 0) throw new Error(`probe failed: ${run.stderr}`);
  return JSON.parse(run.stdout);
}
const own = compilerStates([]);
expect(
  !own.atLaunch && !own.short && own.long,
  `turbofan off at launch and for a short run, on for a long one (${JSON.stringify(own)})`,
);
const users = compilerStates(['--no-turbofan']);
expect(!users.long, `node --no-turbofan stays off for a long run (${JSON.stringify(users)})`);

const dir = mkdtempSync(join(tmpdir(), 'docket-launch-'));
const cacheFolder = join(dist, 'compile-cache');
try {
  const paths = writeCorpus(join(dir, 'docs/adr'), 80);
  const lint = (targets) =>
    spawnSync(process.execPath, [join(dist, 'docket.mjs'), 'lint', '--no-config', ...targets]).status;
  rmSync(cacheFolder, { recursive: true, force: true });
  const longStatus = lint([join(dir, 'docs/adr')]);
  const saved = readdirSync(cacheFolder, { withFileTypes: true }).filter((e) => e.isFile());
  expect(
    (longStatus === 0 || longStatus === 1) && saved.length === 1,
    `a lint of ${paths.length} records saves one code cache`,
  );
  if (saved.length === 1) {
    const cacheFile = join(cacheFolder, saved[0].name);
    const before = statSync(cacheFile);
    const shortStatus = lint([paths[0]]);
    const after = statSync(cacheFile);
    // The cache is replaced atomically (a new file renamed over it): a new inode means it was saved again.
    expect(
      (shortStatus === 0 || shortStatus === 1) &&
        after.ino === before.ino &&
        after.mtimeMs === before.mtimeMs,
      'the next one-file lint uses that cache and does not save another',
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (failures.length > 0) {
  console.error(`launch-check: ${failures.length} failed`);
  process.exit(1);
}
