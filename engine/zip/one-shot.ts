import { inflateSync } from 'fflate';

/**
 * Inflates a small entry in one call into at most `limit` bytes; returns what fits (a stream
 * longer than `limit` returns exactly `limit` bytes, which the caller sees as a lie).
 */
export type OneShotInflate = (data: Uint8Array, limit: number) => Uint8Array;

let oneShot: OneShotInflate = (data, limit) => inflateSync(data, { out: new Uint8Array(limit) });

/**
 * Node has zlib, several times faster than fflate: its entry points (the CLI, the portfolio's
 * threads) hand it in here. Browsers and workers keep fflate. Either stops at `limit`.
 */
export function useOneShotInflate(inflate: OneShotInflate): void {
  oneShot = inflate;
}

/**
 * What another thread inflated of one archive (engine/zip/inflate-ahead.ts): by the offset of an
 * entry's compressed bytes in the archive's buffer, their length, the limit and the result.
 */
export interface InflatedAhead {
  readonly buffer: ArrayBufferLike;
  readonly parts: ReadonlyMap<
    number,
    { readonly length: number; readonly limit: number; readonly bytes: Uint8Array }
  >;
}

/** The archive being read while `inflatingAhead` runs. */
let ahead: InflatedAhead | null = null;

/**
 * Runs `read` with the entries inflated ahead of it: an entry asked for with the same compressed
 * bytes of the same buffer and the same limit is the same inflate of the same bytes, so its result
 * is taken as it is; every other is inflated here. The zip layer's checks run on either.
 */
export function inflatingAhead<T>(inflated: InflatedAhead, read: () => T): T {
  ahead = inflated;
  try {
    return read();
  } finally {
    ahead = null;
  }
}

export function inflateOneShot(data: Uint8Array, limit: number): Uint8Array {
  if (ahead !== null && data.buffer === ahead.buffer) {
    const part = ahead.parts.get(data.byteOffset);
    if (part !== undefined && part.length === data.length && part.limit === limit) return part.bytes;
  }
  return oneShot(data, limit);
}
