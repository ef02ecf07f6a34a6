import { type PartAhead } from '../zip/inflate-ahead';
import type { InflatedAhead } from '../zip/one-shot';

/**
 * The memory the reading-ahead thread hands files over in (engine/portfolio/read-ahead.ts): SLOTS
 * slots, filled in turn by that thread and emptied in the same turn by the analysing one. A slot
 * holds a file's bytes and after them its inflated parts; its numbers (which file, how many bytes,
 * where each part is) are in a table beside. Shared memory, not messages: receiving a message with
 * its buffers took the analysing thread almost half of what reading ahead spared it. The other
 * thread is woken when half the slots are free and fills them in one go: woken for every file, it
 * often ran on the analysing thread's core, which then waited its turn.
 */
export const SLOTS = 64;
/** Bytes of a slot: a grant's workbook and its parts take a fraction; a larger file is read by the analysing thread. */
export const SLOT_BYTES = 256 * 1024;
/** Parts a slot describes at most (a workbook of 40 sheets); further parts are inflated by the analysing thread. */
export const MAX_PARTS = 48;

/** Per slot: the file's index, its length (-1: not read ahead), the number of parts, then four numbers a part. */
const HEAD = 3;
const PART = 4;
const META = HEAD + PART * MAX_PARTS;

export interface RingMemory {
  bytes: SharedArrayBuffer;
  table: SharedArrayBuffer;
}

/**
 * Counters both threads share: the next file of the list (either thread takes it), the slots
 * the reading-ahead thread has filled and those the analysing thread has freed, and whether the
 * reading-ahead thread has finished.
 */
export const SYNC = { next: 0, posted: 1, freed: 2, finished: 3 } as const;

/** What the reading-ahead thread is started with. */
export interface ReadAheadData {
  files: readonly string[];
  sync: SharedArrayBuffer;
  ring: RingMemory;
}

export function ringMemory(): RingMemory {
  return {
    bytes: new SharedArrayBuffer(SLOTS * SLOT_BYTES),
    table: new SharedArrayBuffer(SLOTS * META * Float64Array.BYTES_PER_ELEMENT),
  };
}

/** What the analysing thread finds in a slot: the file, and its bytes and parts when it was read ahead. */
export interface SlotContent {
  index: number;
  bytes?: Uint8Array;
  inflated?: InflatedAhead;
}

export class Ring {
  private readonly bytes: Uint8Array;
  private readonly table: Float64Array;

  constructor(private readonly memory: RingMemory) {
    this.bytes = new Uint8Array(memory.bytes);
    this.table = new Float64Array(memory.table);
  }

  /** Puts file `index` in `slot`: its bytes and parts when they fit, else only its index. */
  put(slot: number, index: number, file: Uint8Array | null, parts: readonly PartAhead[]): void {
    const at = slot * META;
    this.table[at] = index;
    this.table[at + 1] = -1;
    this.table[at + 2] = 0;
    if (file === null || file.length > SLOT_BYTES) return;
    const base = slot * SLOT_BYTES;
    this.bytes.set(file, base);
    let used = file.length;
    let n = 0;
    for (const part of parts) {
      // The table has room for MAX_PARTS parts a slot: the rest are inflated by the analysing thread.
      if (n === MAX_PARTS) break;
      if (used + part.bytes.length > SLOT_BYTES) continue;
      this.bytes.set(part.bytes, base + used);
      this.table.set([part.offset, part.length, part.limit, part.bytes.length], at + HEAD + PART * n++);
      used += part.bytes.length;
    }
    this.table[at + 1] = file.length;
    this.table[at + 2] = n;
  }

  /** What `slot` holds; its bytes are views of the slot, valid until the slot is filled again. */
  get(slot: number): SlotContent {
    const at = slot * META;
    const index = this.table[at]!;
    const length = this.table[at + 1]!;
    if (length < 0) return { index };
    const base = slot * SLOT_BYTES;
    const bytes = this.bytes.subarray(base, base + length);
    const parts = new Map<number, { length: number; limit: number; bytes: Uint8Array }>();
    let used = base + length;
    for (let p = at + HEAD, end = p + PART * this.table[at + 2]!; p < end; p += PART) {
      const size = this.table[p + 3]!;
      // Offsets in the archive's buffer: the archive starts at `base` of the shared one.
      parts.set(base + this.table[p]!, {
        length: this.table[p + 1]!,
        limit: this.table[p + 2]!,
        bytes: this.bytes.subarray(used, used + size),
      });
      used += size;
    }
    return { index, bytes, inflated: { buffer: this.memory.bytes, parts } };
  }
}
