#!/usr/bin/env node
// Checks that `docket lint`'s worker threads change nothing: lints generated records (the bench's
// generator, fixed seed) on the main thread alone, then spread over worker threads in both ways
// the run can be split (main thread + a worker, workers only), both with the texts read first and
// with records given by path (read by the thread that lints them, as `docket lint` does), and fails
// unless every finding is the same. Needs `pnpm build` (the worker runs the compiled module). Used by .ci/run.
// usage: node scripts/threads-check.mjs [--records n]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { lintFiles } from '../packages/cli/dist/lint-files.js';
import { writeCorpus } from './bench/corpus.mjs';

const { values } = parseArgs({ options: { records: { type: 'string', default: '200' } } });
const count = Number(values.records);
if (!Number.isInteger(count) || count < 128 || count >= 256) {
  console.error(
    'threads-check: --records must be a whole number from 128 to 255, so both ways of splitting a run are used',
  );
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), 'docket-threads-'));
try {
  const paths = writeCorpus(join(dir, 'docs/adr'), count);
  const sources = paths.map((path) => ({ path, text: readFileSync(path, 'utf8') }));
  const config = { today: '2026-01-15' };
  const unread = paths.map((path) => ({ path }));
  const run = async (threads, records = sources) => {
    const { results } = await lintFiles(records, config, { version: 'threads-check', threads });
    return JSON.stringify(results);
  };
  const single = await run(1);
  const findings = JSON.parse(single).reduce((n, r) => n + r.findings.length, 0);
  // 2 threads: two workers, the main thread only hands out batches; 4 threads over fewer than
  // 256 records: a worker per 64 records and the main thread linting too.
  for (const threads of [1, 2, 4]) {
    for (const [records, how] of [
      [sources, 'read first'],
      [unread, 'given by path'],
    ]) {
      if ((await run(threads, records)) !== single) {
        console.error(
          `threads-check: linting records ${how} on ${threads} threads gave different findings than on one`,
        );
        process.exit(1);
      }
    }
  }
  console.log(
    `threads-check: ${count} records, ${findings} findings, the same on 1, 2 and 4 threads, read first or by path`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
