import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useTempRepos } from '../testing/fixtures.js';
import { runBatches } from './pool.js';

const repo = useTempRepos();

/** A worker that doubles every number of a batch and tags it, or dies on a negative one. */
const DOUBLER = `
import { parentPort, threadId } from 'node:worker_threads';
parentPort.on('message', (batch) => {
  if (batch.some((n) => n < 0)) process.exit(3);
  parentPort.postMessage(batch.map((n) => ({ value: n * 2, thread: threadId })));
});
`;

async function doubler(): Promise<URL> {
  const root = await repo({});
  const path = join(root, 'doubler.mjs');
  await writeFile(path, DOUBLER);
  return pathToFileURL(path);
}

/** A worker that answers only in pairs: it holds a batch until the next one arrives. */
const PAIRING = `
import { parentPort } from 'node:worker_threads';
let held = null;
parentPort.on('message', (batch) => {
  if (held === null) { held = batch; return; }
  for (const b of [held, batch]) parentPort.postMessage(b.map((n) => ({ value: n * 2, thread: 1 })));
  held = null;
});
`;

/** A worker that answers each batch with the young generation V8 was given for it. */
const LIMITS = `
import { parentPort, resourceLimits } from 'node:worker_threads';
parentPort.on('message', (batch) => {
  parentPort.postMessage(batch.map(() => ({ value: resourceLimits.maxYoungGenerationSizeMb, thread: 1 })));
});
`;

const local = (batch: number[]) => batch.map((n) => ({ value: n * 2, thread: 0 }));

describe('runBatches', () => {
  it('returns every batch’s results in order, shared between the main thread and workers', async () => {
    const batches = Array.from({ length: 40 }, (_, i) => [i * 2, i * 2 + 1]);
    const results = await runBatches(batches, {
      workerUrl: await doubler(),
      workerData: null,
      workers: 2,
      local,
    });
    expect(results.flat().map((r) => r.value)).toEqual(Array.from({ length: 80 }, (_, i) => i * 2));
    // The main thread takes the first batch while the workers start.
    expect(results[0]?.[0]?.thread).toBe(0);
  });

  it('starts each worker with the heap limits it is given', async () => {
    const root = await repo({});
    const path = join(root, 'limits.mjs');
    await writeFile(path, LIMITS);
    const run = (youngGenerationMb?: number) =>
      runBatches([[1]], {
        workerUrl: pathToFileURL(path),
        workerData: null,
        workers: 1,
        resourceLimits: youngGenerationMb ? { maxYoungGenerationSizeMb: youngGenerationMb } : undefined,
      });
    expect((await run(24)).flat()[0]?.value).toBe(24);
    expect((await run()).flat()[0]?.value).not.toBe(24);
  });

  it('keeps a second batch queued in each worker, so it never waits for the main thread to hand one out', async () => {
    const root = await repo({});
    const path = join(root, 'pairing.mjs');
    await writeFile(path, PAIRING);
    // With one batch at a time this worker would wait for ever; with two queued it answers them all.
    const results = await runBatches([[1], [2], [3], [4]], {
      workerUrl: pathToFileURL(path),
      workerData: null,
      workers: 1,
    });
    expect(results.map((r) => r[0]?.value)).toEqual([2, 4, 6, 8]);
  });

  it('runs on the main thread alone with no workers', async () => {
    const results = await runBatches([[1], [2]], {
      workerUrl: new URL('file:///nowhere.mjs'),
      workerData: null,
      workers: 0,
      local,
    });
    expect(results).toEqual([[{ value: 2, thread: 0 }], [{ value: 4, thread: 0 }]]);
  });

  it('rejects when a worker dies in the middle of a batch', async () => {
    // No work on the main thread, so the worker is sure to get the poisoned batch.
    const batches = Array.from({ length: 6 }, (_, i) => (i === 4 ? [-1] : [i]));
    await expect(
      runBatches(batches, { workerUrl: await doubler(), workerData: null, workers: 1 }),
    ).rejects.toThrow(/a lint worker stopped \(exit code 3\)/);
  });

  it('runs on workers alone when there is no main-thread runner', async () => {
    const results = await runBatches([[1], [2], [3]], {
      workerUrl: await doubler(),
      workerData: null,
      workers: 2,
    });
    expect(results.map((r) => r[0]?.value)).toEqual([2, 4, 6]);
    expect(results.every((r) => r[0]?.thread !== 0)).toBe(true);
  });

  it('rejects when the main thread’s batch throws', async () => {
    await expect(
      runBatches([[1]], {
        workerUrl: new URL('file:///nowhere.mjs'),
        workerData: null,
        workers: 0,
        local: () => {
          throw new Error('boom');
        },
      }),
    ).rejects.toThrow('boom');
  });
});
