import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { type ReadAheadData, Ring, SLOTS, SYNC, type SlotContent, ringMemory } from './read-ahead-ring';

/** The bundled reading-ahead thread (scripts/build-cli.mjs) sits beside the bundled CLI. */
export const READ_AHEAD_BUNDLE = join(__dirname, 'read-ahead-worker.cjs');

/**
 * Below this many files no thread is started for reading ahead: its start (a Node and a V8 heap
 * of its own, while the optimising compiler is busiest) costs about what it saves on 300 files
 * (20 interleaved pairs: 724 against 715 ms), more on fewer; on 1 000 it saves 66 ms (1 236
 * against 1 302 ms).
 */
export const READ_AHEAD_FROM = 300;

/** How long the analysing thread waits for a file the other thread has taken before reading it itself. */
const PATIENCE_MS = 250;

/** The next file to analyse: its index, and when it was read ahead, its bytes and inflated parts. */
export type NextFile = SlotContent;

/**
 * A second thread that reads the files of a portfolio and inflates their parts while the one
 * thread analysing them is busy with the ones before: on a 2-core machine that thread's time is
 * what a run waits for, and opening, reading and inflating files (native code, nothing to warm
 * up) took about 130 of its 1 200 ms on 1 000 workbooks. Nothing is decided there: a part it did
 * not inflate, or a file it could not read, is read here as if it had not been there, with the
 * same checks and the same errors. Files are taken from one shared list by whichever thread is
 * free, so this thread starts at once and goes on alone if the other falls behind or stops.
 */
export class ReadAhead {
  private readonly sync = new Int32Array(new SharedArrayBuffer(4 * Int32Array.BYTES_PER_ELEMENT));
  private readonly ring: Ring;
  private readonly worker: Worker;
  private readonly handedOut: Uint8Array;
  private handed = 0;
  /** Slots emptied so far, the one handed out last included. */
  private taken = 0;
  /** Whether the file handed out last is in a slot, which is freed when the next one is asked for. */
  private holding = false;
  /** Every file before this one has been handed out (where a file is looked for when the other thread stops). */
  private firstLeft = 0;

  private constructor(
    private readonly files: readonly string[],
    bundle: string,
    private onRunning?: () => void,
  ) {
    this.handedOut = new Uint8Array(files.length);
    const memory = ringMemory();
    this.ring = new Ring(memory);
    const workerData: ReadAheadData = { files, sync: this.sync.buffer as SharedArrayBuffer, ring: memory };
    this.worker = new Worker(bundle, { workerData });
    // A failing thread only stops reading ahead: its files are read here (see next()).
    this.worker.on('error', () => undefined);
    this.worker.unref();
  }

  /**
   * Reading ahead for `files`, or undefined where it would not pay: a handful of files, one core
   * (the other thread would only take this one's turns), or no bundle built to run it (tests run
   * the sources). `onRunning` is called once the other thread runs (when its first file comes).
   */
  static start(
    files: readonly string[],
    { onRunning, bundle = READ_AHEAD_BUNDLE }: { onRunning?: () => void; bundle?: string } = {},
  ): ReadAhead | undefined {
    if (files.length < READ_AHEAD_FROM || availableParallelism() < 2 || !existsSync(bundle)) return undefined;
    return new ReadAhead(files, bundle, onRunning);
  }

  /**
   * The next file to analyse, read ahead when the other thread has it ready; null when all are
   * handed out. The bytes of the file handed out before are no longer valid.
   */
  next(): NextFile | null {
    const { sync, files } = this;
    if (this.holding) this.free();
    for (;;) {
      const posted = Atomics.load(sync, SYNC.posted);
      if (this.taken < posted) {
        if (this.onRunning) {
          this.onRunning();
          this.onRunning = undefined;
        }
        const content = this.ring.get(this.taken % SLOTS);
        this.taken++;
        // Read here already, when the other thread was too slow with it.
        if (this.handedOut[content.index]) {
          this.free();
          continue;
        }
        this.holding = true;
        return this.hand(content);
      }
      if (this.handed === files.length) return null;
      const own = Atomics.add(sync, SYNC.next, 1);
      if (own < files.length) return this.hand({ index: own });
      // Every file is taken and the other thread still has some: wait for them, but not forever.
      const finished = Atomics.load(sync, SYNC.finished) === 1;
      if (!finished && Atomics.wait(sync, SYNC.posted, posted, PATIENCE_MS) !== 'timed-out') continue;
      if (Atomics.load(sync, SYNC.posted) !== posted) continue;
      // It stopped or is stuck on a file: the first file not handed out is read here (if it comes later, it is dropped).
      while (this.handedOut[this.firstLeft]) this.firstLeft++;
      return this.hand({ index: this.firstLeft });
    }
  }

  /** Stops the other thread (it takes no more files) and lets it go. */
  stop(): void {
    Atomics.store(this.sync, SYNC.next, this.files.length);
    Atomics.store(this.sync, SYNC.freed, Atomics.load(this.sync, SYNC.posted));
    Atomics.notify(this.sync, SYNC.freed);
    void this.worker.terminate();
  }

  /**
   * Frees the oldest slot taken. The other thread, waiting with every slot full, is woken when
   * half are free, and fills them in one go: each time it wakes, Linux may run it on this
   * thread's core for a while.
   */
  private free(): void {
    this.holding = false;
    const freed = Atomics.add(this.sync, SYNC.freed, 1) + 1;
    if (Atomics.load(this.sync, SYNC.posted) - freed === SLOTS / 2) Atomics.notify(this.sync, SYNC.freed);
  }

  private hand(content: NextFile): NextFile {
    this.handedOut[content.index] = 1;
    this.handed++;
    return content;
  }
}
