import { Inflate } from 'fflate';
import { ReadError } from '../unreadable/error';
import { type ZipEntry } from './central-directory';
import { INFLATE_STEP, ONE_SHOT } from './limits';
import { inflateOneShot } from './one-shot';

/** An entry small enough to inflate in one call and hold whole (see ONE_SHOT). */
export function inflatesInOneCall(entry: ZipEntry): boolean {
  return entry.compressedSize <= ONE_SHOT.maxCompressed && entry.declaredSize <= ONE_SHOT.maxSize;
}

/**
 * Whether inflateEntry inflates this deflated entry in one call, into `entry.declaredSize + 1`
 * bytes: what another thread may do ahead of it (engine/zip/inflate-ahead.ts).
 */
export function inflatedWhole(entry: ZipEntry, maxEntry: number): boolean {
  return inflatesInOneCall(entry) && entry.declaredSize <= maxEntry;
}

/** Inflated bytes counted across the entries of one archive. */
export interface Budget {
  used: number;
  readonly limit: number;
}

/**
 * Streams one entry's bytes to `onData`, counting what is actually produced: stops at the
 * entry's declared size (the headers lied), at `maxEntry`, or when the archive's budget is spent.
 * fflate runs the same in Node, browsers and workers.
 */
export function inflateEntry(
  data: Uint8Array,
  entry: ZipEntry,
  maxEntry: number,
  budget: Budget,
  onData: (chunk: Uint8Array) => void,
): void {
  let produced = 0;
  const take = (chunk: Uint8Array) => {
    produced += chunk.length;
    budget.used += chunk.length;
    if (produced > entry.declaredSize)
      throw new ReadError('zip-bomb', { entry: entry.name, declared: entry.declaredSize });
    if (produced > maxEntry) throw new ReadError('zip-bomb', { entry: entry.name, limit: maxEntry });
    if (budget.used > budget.limit)
      throw new ReadError('zip-bomb', { entry: entry.name, limit: budget.limit });
    if (chunk.length > 0) onData(chunk);
  };
  // Zip's own encryption (flag bit 0): the password is not ours to guess.
  if (entry.flags & 1) throw new ReadError('encrypted');
  if (entry.method === 0) {
    for (let at = 0; at < data.length; at += INFLATE_STEP) take(data.subarray(at, at + INFLATE_STEP));
    return;
  }
  if (entry.method !== 8)
    throw new ReadError('unsupported-zip', { detail: `${entry.name}: compression method ${entry.method}` });
  if (data.length === 0) {
    if (entry.declaredSize > 0) throw new ReadError('corrupt-zip', { detail: `${entry.name}: truncated` });
    return;
  }
  try {
    if (inflatedWhole(entry, maxEntry)) {
      // One byte more than declared: a longer stream fills it, and the lie is seen by `take`.
      take(inflateOneShot(data, entry.declaredSize + 1));
      if (produced < entry.declaredSize)
        throw new ReadError('corrupt-zip', { detail: `${entry.name}: truncated` });
      return;
    }
    const inflater = new Inflate((chunk) => take(chunk));
    for (let at = 0; at < data.length; at += INFLATE_STEP) {
      const end = Math.min(data.length, at + INFLATE_STEP);
      inflater.push(data.subarray(at, end), end === data.length);
    }
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw new ReadError('corrupt-zip', { detail: `${entry.name}: ${(e as Error).message}` });
  }
  if (produced < entry.declaredSize)
    throw new ReadError('corrupt-zip', { detail: `${entry.name}: truncated` });
}
