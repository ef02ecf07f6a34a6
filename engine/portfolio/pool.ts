import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { type AnalyseOptions, type FileOutcome, analyseFile } from './analyse-file';
import { ReadAhead } from './read-ahead';

export interface PoolOptions {
  /** Threads to analyse in, this one included; 1 analyses in this thread only. Default: threadsFor(). */
  threads?: number;
  /** Called after each finished batch with the number of files done. */
  onProgress?: (done: number, total: number) => void;
  /** Called once before reading starts, with the number of threads that will read (this one included). */
  onThreads?: (threads: number) => void;
  /**
   * Called once a thread started beside this one runs (one reading ahead, engine/portfolio/read-ahead.ts):
   * V8 has then made its heap, and making a heap sets the young generation's growth to at least twice.
   */
  onThreadRunning?: () => void;
}

/** Below this many files no worker thread is started: a worker costs a bundle load (~0.1 s). */
const SMALL_PORTFOLIO = 32;

/** Files per thread from which a thread's warming up (its first few hundred files run slower) is paid back. */
const WARM_SHARE = 2000;

/** The bundled worker (scripts/build-cli.mjs) sits beside the bundled CLI. */
export const WORKER_BUNDLE = join(__dirname, 'portfolio-worker.cjs');

/**
 * How many threads read `files` files on `cores` cores. One core is left to V8's own threads
 * (the optimising compiler and the garbage collector run beside the JavaScript): measured on 2
 * cores, 1 000 workbooks took 1.67 s in one thread and 1.92 s in two, 10 000 took 11.1 s and 8.0 s.
 * Only when every thread has thousands of files does the last core read too.
 */
export function threadsFor(files: number, cores: number): number {
  const usable = files >= cores * WARM_SHARE ? cores : cores - 1;
  return Math.max(1, Math.min(usable, Math.ceil(files / SMALL_PORTFOLIO)));
}

/**
 * Outcomes in the order of `files`. This thread analyses too (it has the engine loaded and would
 * otherwise wait), beside worker threads when threadsFor() says so and the worker bundle is built.
 */
export async function analyseAll(
  files: readonly string[],
  options: AnalyseOptions,
  pool: PoolOptions = {},
): Promise<FileOutcome[]> {
  const wanted = (pool.threads ?? threadsFor(files.length, availableParallelism())) - 1;
  // Run from TypeScript sources (tests, tsx) there is no bundle: analyse in this thread only.
  const workers = wanted > 0 && existsSync(WORKER_BUNDLE) ? wanted : 0;
  pool.onThreads?.(workers + 1);
  return new Shared(files, options, pool, workers).run();
}

/** Files handed out in batches to this thread and the workers, whoever is free first. */
class Shared {
  private readonly out: FileOutcome[];
  private next = 0;
  private done = 0;

  constructor(
    private readonly files: readonly string[],
    private readonly options: AnalyseOptions,
    private readonly pool: PoolOptions,
    private readonly workers: number,
  ) {
    this.out = new Array<FileOutcome>(files.length);
  }

  /**
   * The next files, at most `size`: batches shrink with what is left (guided self-scheduling), so
   * all threads finish together and no one waits on another's last big batch.
   */
  private take(max: number): { start: number; files: string[] } | null {
    const left = this.files.length - this.next;
    if (left <= 0) return null;
    const size = Math.max(1, Math.min(max, Math.ceil(left / (4 * (this.workers + 1)))));
    const start = this.next;
    this.next = Math.min(this.files.length, start + size);
    return { start, files: this.files.slice(start, this.next) };
  }

  private store(start: number, results: readonly FileOutcome[]): void {
    results.forEach((r, i) => (this.out[start + i] = r));
    this.done += results.length;
    this.pool.onProgress?.(this.done, this.files.length);
  }

  async run(): Promise<FileOutcome[]> {
    const threads: Worker[] = [];
    const finished = new Promise<void>((resolve, reject) => {
      for (let t = 0; t < this.workers; t++) threads.push(this.startWorker(resolve, reject));
    });
    // A worker's failure is reported once this thread's share is done, not as an unhandled rejection.
    finished.catch(() => undefined);
    try {
      await this.analyseHere();
      if (this.done < this.files.length) await finished;
    } finally {
      for (const w of threads) void w.terminate();
    }
    return this.out;
  }

  /**
   * A few files at a time, yielding between them so the workers' answers are taken and new batches
   * sent. Alone, this thread does not yield: on 1 000 workbooks the 250 turns of the event loop
   * served no one and let V8 run its minor-GC task, which collects the young generation before it
   * is full (22 of 58 scavenges came early; 39 ms in all, README "Performance"). Alone with
   * enough files, it takes them from a thread that reads and inflates them ahead (read-ahead.ts).
   */
  private async analyseHere(): Promise<void> {
    const ahead =
      this.workers === 0 ? ReadAhead.start(this.files, { onRunning: this.pool.onThreadRunning }) : undefined;
    if (ahead) {
      try {
        for (let f = ahead.next(); f !== null; f = ahead.next())
          this.store(f.index, [analyseFile(this.files[f.index]!, this.options, f)]);
      } finally {
        ahead.stop();
      }
      return;
    }
    for (let part = this.take(4); part !== null; part = this.take(4)) {
      this.store(
        part.start,
        part.files.map((f) => analyseFile(f, this.options)),
      );
      if (this.workers > 0) await new Promise((r) => setImmediate(r));
    }
  }

  private startWorker(resolve: () => void, reject: (e: Error) => void): Worker {
    const w = new Worker(WORKER_BUNDLE, { workerData: this.options });
    // Two batches in flight: the worker starts its next one while this thread is busy reading.
    // Up to 32 files a message: messages then cost little beside the reading.
    const inFlight: number[] = [];
    const send = () => {
      const part = this.take(32);
      if (part === null) return;
      inFlight.push(part.start);
      w.postMessage(part.files);
    };
    w.on('message', (results: FileOutcome[]) => {
      this.store(inFlight.shift()!, results);
      if (this.done === this.files.length) resolve();
      else send();
    });
    w.on('error', reject);
    send();
    send();
    return w;
  }
}
