import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { type AnalyseOptions, type FileOutcome, analyseFile } from './analyse-file';

export interface PoolOptions {
  /** Worker threads to use; 0 analyses in this thread. Default: one per core. */
  workers?: number;
  /** Called after each finished batch with the number of files done. */
  onProgress?: (done: number, total: number) => void;
}

/** Below this many files no worker thread is started. */
const SMALL_PORTFOLIO = 32;

/** The bundled worker (scripts/build-cli.mjs) sits beside the bundled CLI. */
export const WORKER_BUNDLE = join(__dirname, 'portfolio-worker.cjs');

/** Outcomes in the order of `files`, analysed across worker threads when the worker bundle is built. */
export async function analyseAll(
  files: readonly string[],
  options: AnalyseOptions,
  pool: PoolOptions = {},
): Promise<FileOutcome[]> {
  const wanted = pool.workers ?? availableParallelism();
  // A worker costs a bundle load (~0.1 s); a file ~1 ms: a handful of files is faster here.
  const threads =
    files.length < SMALL_PORTFOLIO ? 0 : Math.min(wanted, Math.ceil(files.length / SMALL_PORTFOLIO));
  // Run from TypeScript sources (tests, tsx) there is no bundle: analyse in this thread.
  if (threads < 1 || !existsSync(WORKER_BUNDLE)) return analyseHere(files, options, pool);
  return analyseInWorkers(files, options, threads, pool);
}

async function analyseHere(
  files: readonly string[],
  options: AnalyseOptions,
  pool: PoolOptions,
): Promise<FileOutcome[]> {
  const out: FileOutcome[] = [];
  for (const f of files) {
    out.push(analyseFile(f, options));
    pool.onProgress?.(out.length, files.length);
    // Let timers (the progress bar) and I/O run between files.
    if (out.length % 64 === 0) await new Promise((r) => setImmediate(r));
  }
  return out;
}

function analyseInWorkers(
  files: readonly string[],
  options: AnalyseOptions,
  threads: number,
  pool: PoolOptions,
): Promise<FileOutcome[]> {
  // Small batches keep both threads busy to the end; not so small that messaging dominates.
  const batch = Math.max(1, Math.min(32, Math.ceil(files.length / (threads * 16))));
  const out: FileOutcome[] = new Array(files.length);
  let next = 0;
  let done = 0;
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    const finish = (error?: Error) => {
      for (const w of workers) void w.terminate();
      if (error) reject(error);
      else resolve(out);
    };
    const feed = (w: Worker, from: { start: number }) => {
      if (next >= files.length) return false;
      from.start = next;
      w.postMessage(files.slice(next, next + batch));
      next += batch;
      return true;
    };
    for (let t = 0; t < threads; t++) {
      const w = new Worker(WORKER_BUNDLE, { workerData: options });
      const at = { start: 0 };
      workers.push(w);
      w.on('message', (results: FileOutcome[]) => {
        results.forEach((r, i) => (out[at.start + i] = r));
        done += results.length;
        pool.onProgress?.(done, files.length);
        if (done === files.length) finish();
        else feed(w, at);
      });
      w.on('error', (e) => finish(e));
      feed(w, at);
    }
  });
}
