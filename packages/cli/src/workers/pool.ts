// Spreads batches of work over worker threads and the main thread: each thread takes the next batch
// when it finishes one, so a slow batch does not hold the others up. Built for one run of a
// command, not a long-lived pool: workers start, drain the queue and are terminated.
import type { ResourceLimits, Worker } from 'node:worker_threads';

const BATCHES_QUEUED_PER_WORKER = 2;

export interface BatchRunner<I, O> {
  /** Worker script; each message it gets is one batch, and it answers with that batch's results. */
  workerUrl: URL;
  workerData: unknown;
  /** Worker threads to start besides the main thread. */
  workers: number;
  /** The same work on the main thread, which then takes batches too; absent: workers only. */
  local?: (batch: I) => O;
  /** Heap limits for each worker; absent: V8's defaults. */
  resourceLimits?: ResourceLimits;
}

/** Results in the order of `batches`. The first failure (a thrown batch or a dead worker) rejects. */
export async function runBatches<I, O>(batches: readonly I[], runner: BatchRunner<I, O>): Promise<O[]> {
  const results: O[] = new Array(batches.length);
  let next = 0;
  const threads: Worker[] = [];
  let failed = false;

  const runWorker = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      // Batches posted and not yet answered, oldest first: a worker answers in order.
      const inFlight: number[] = [];
      const feed = () => {
        if (failed || next >= batches.length) return;
        const index = next++;
        inFlight.push(index);
        worker.postMessage(batches[index]);
      };
      worker.on('message', (output: O) => {
        results[inFlight.shift() as number] = output;
        feed();
        if (inFlight.length === 0) resolve();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => {
        if (inFlight.length > 0 && !failed) {
          reject(new Error(`a lint worker stopped (exit code ${code}) before finishing its batch`));
        }
      });
      worker.once('online', () => {
        // Two batches queued: the next one is waiting in the worker while the main thread is busy
        // with a batch of its own and cannot hand out work.
        for (let i = 0; i < BATCHES_QUEUED_PER_WORKER; i++) feed();
        if (inFlight.length === 0) resolve();
      });
    });

  const runLocal = async (local: (batch: I) => O) => {
    while (!failed && next < batches.length) {
      const index = next++;
      results[index] = local(batches[index] as I);
      // Let worker messages in between batches, so idle workers get their next batch promptly.
      await new Promise((resolve) => setImmediate(resolve));
    }
  };

  try {
    // Loaded here, not with this module: node:worker_threads and the internals it brings take a few
    // milliseconds to load, and a lint of fewer than 64 records never starts a worker.
    const { Worker } = await import('node:worker_threads');
    for (let i = 0; i < runner.workers; i++) {
      threads.push(
        new Worker(runner.workerUrl, {
          workerData: runner.workerData,
          resourceLimits: runner.resourceLimits,
        }),
      );
    }
    const local = runner.local ? [runLocal(runner.local)] : [];
    await Promise.all([...threads.map(runWorker), ...local]);
    return results;
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    await Promise.all(threads.map((thread) => thread.terminate()));
  }
}
