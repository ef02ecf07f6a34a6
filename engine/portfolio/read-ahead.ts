import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { readInputFile } from '../xlsx/read-file';

/** The bundled reading thread (scripts/build-cli.mjs) sits beside the bundled CLI. */
export const READ_AHEAD_BUNDLE = join(__dirname, 'read-ahead-worker.cjs');

/** What the reading thread is told: the files in the order they will be taken, and how far the analysis is. */
export interface ReadAheadData {
  files: readonly string[];
  /** [0]: files taken so far (an Int32Array over a SharedArrayBuffer). */
  taken: Int32Array;
}

/** Bytes of files `start`, `start + 1`, …; null where the file could not be read there. */
export interface ReadAheadBatch {
  start: number;
  bytes: (Uint8Array | null)[];
}

/**
 * Files read on a side thread, in the order the analysis takes them: opening and reading a small
 * file costs about 60 µs of system calls here, 6 % of a 1 000-grant run on the thread that analyses.
 * The analysis never waits for it: a file not read yet, or refused there, is read here as before,
 * so a refusal's reason is the one it always was.
 */
export class ReadAhead {
  private readonly ready = new Map<number, Uint8Array>();
  private readonly taken = new Int32Array(new SharedArrayBuffer(4));
  private worker: Worker | null;

  /** Null where there is no bundle to run (the engine run from its TypeScript sources). */
  static start(files: readonly string[]): ReadAhead | null {
    return existsSync(READ_AHEAD_BUNDLE) ? new ReadAhead(files) : null;
  }

  private constructor(private readonly files: readonly string[]) {
    const workerData: ReadAheadData = { files, taken: this.taken };
    this.worker = new Worker(READ_AHEAD_BUNDLE, { workerData });
    this.worker.on('message', ({ start, bytes }: ReadAheadBatch) => {
      // What the analysis already read itself is dropped.
      bytes.forEach((b, i) => {
        if (b !== null && start + i >= Atomics.load(this.taken, 0)) this.ready.set(start + i, b);
      });
    });
    // A failed reading thread costs only its speed: every file is still read here.
    this.worker.on('error', () => this.close());
    this.worker.unref();
  }

  /** The bytes of file `index`; files are taken in order. */
  take(index: number): Uint8Array {
    const bytes = this.ready.get(index);
    this.ready.delete(index);
    Atomics.store(this.taken, 0, index + 1);
    Atomics.notify(this.taken, 0);
    return bytes ?? readInputFile(this.files[index]!);
  }

  close(): void {
    void this.worker?.terminate();
    this.worker = null;
    this.ready.clear();
  }
}
