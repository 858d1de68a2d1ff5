// Spreads batches of work over worker threads and the main thread: each thread takes the next batch
// when it finishes one, so a slow batch does not hold the others up. Built for one run of a
// command, not a long-lived pool: workers start, drain the queue and are terminated.
import { Worker } from 'node:worker_threads';

export interface BatchRunner<I, O> {
  /** Worker script; each message it gets is one batch, and it answers with that batch's results. */
  workerUrl: URL;
  workerData: unknown;
  /** Worker threads to start besides the main thread. */
  workers: number;
  /** The same work on the main thread, which then takes batches too; absent: workers only. */
  local?: (batch: I) => O;
}

/** Results in the order of `batches`. The first failure (a thrown batch or a dead worker) rejects. */
export async function runBatches<I, O>(batches: readonly I[], runner: BatchRunner<I, O>): Promise<O[]> {
  const results: O[] = new Array(batches.length);
  let next = 0;
  const threads: Worker[] = [];
  let failed = false;

  const runWorker = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      let current = -1;
      const feed = () => {
        if (failed || next >= batches.length) return resolve();
        current = next++;
        worker.postMessage(batches[current]);
      };
      worker.on('message', (output: O) => {
        results[current] = output;
        feed();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => {
        if (current !== -1 && results[current] === undefined && !failed) {
          reject(new Error(`a lint worker stopped (exit code ${code}) before finishing its batch`));
        }
      });
      worker.once('online', feed);
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
    for (let i = 0; i < runner.workers; i++) {
      threads.push(new Worker(runner.workerUrl, { workerData: runner.workerData }));
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
