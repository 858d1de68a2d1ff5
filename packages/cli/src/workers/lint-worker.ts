// Worker-thread entry for `docket lint`: resolves the run's configuration once, then answers each
// batch of records with their findings and repository slices, reading the records not read yet
// (see lint-batch.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { allRules, type DocketConfig, resolveConfig } from '@docket/core';
import type { LintSource } from '../sources.js';
import { lintBatch } from './lint-batch.js';

const port = parentPort;
if (!port) throw new Error('lint-worker.js runs as a worker thread');
const resolved = resolveConfig((workerData as { config: DocketConfig }).config, allRules);
port.on('message', (batch: LintSource[]) => {
  port.postMessage(lintBatch(batch, resolved));
});
