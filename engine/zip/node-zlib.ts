import { constants, crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { type OpenPieceDeflate, type PieceDeflate, usePieceDeflate } from './deflate';
import { type OneShotInflate, useOneShotInflate } from './one-shot';
import { type DeflateHandle, type InflateHandle, openDeflateHandle, openInflateHandle } from './zlib-handle';

/** zlib's public one-call inflate: what Node gives when its internals are not as expected. */
export const inflateRawOnce: OneShotInflate = (data, limit) => {
  try {
    // One output buffer of the right size: zlib's default 16 KB chunk per call was most of the
    // garbage a portfolio run made, and a small part then filled a fraction of it.
    return inflateRawSync(data, { maxOutputLength: limit, chunkSize: Math.max(64, limit + 1) });
  } catch (e) {
    // Past the limit: what a longer stream means to the caller is exactly `limit` bytes.
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return new Uint8Array(limit);
    throw e;
  }
};

/**
 * The same inflate on one native zlib handle kept for the thread (each thread loads this module
 * afresh), or undefined where Node's internals differ. inflateRawSync builds a whole stream per
 * call (two stream states, native init and close): over a portfolio's ~8 000 small parts that
 * was a third of the inflating time. npm's minizlib drives the same internals; a handle that
 * reported an error is closed and the next entry gets a new one.
 */
export function reusedHandleInflate(): OneShotInflate | undefined {
  let handle: InflateHandle | undefined = openInflateHandle();
  if (!handle) return undefined;
  return (data, limit) => {
    if (!handle?.usable) handle = openInflateHandle();
    return handle ? handle.inflate(data, limit) : inflateRawOnce(data, limit);
  };
}

/** Level 3: on a 1 000-grant report (3.2 MB of XML) 12 ms instead of 32 ms at level 6, 14 % larger. */
const REPORT_LEVEL = 3;

/**
 * Each piece deflated on its own by zlib's public one-call deflate (a stream object and zlib's
 * state built per call): what Node gives when its internals are not as expected.
 */
export const pieceDeflateOnce: PieceDeflate = (piece, final) =>
  deflateRawSync(piece, {
    level: REPORT_LEVEL,
    finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH,
  });

/**
 * Entries deflated on one native zlib handle kept for the thread (reset after each entry's last
 * piece; an entry begun while another is open gets a handle of its own), or each piece on its own
 * where Node's internals differ.
 */
export function reusedHandleDeflate(): OpenPieceDeflate {
  let idle: DeflateHandle | undefined;
  return () => {
    const handle = idle?.usable ? idle : openDeflateHandle(REPORT_LEVEL);
    idle = undefined;
    if (!handle) return pieceDeflateOnce;
    return (piece, final) => {
      const bytes = handle.deflate(piece, final);
      if (final) idle = handle;
      return bytes;
    };
  };
}

/**
 * Node's zlib for the zip layer, in Node only: inflating entries (stopping as soon as the output
 * passes the limit) and deflating the reports Esep writes. Native code needs no warming up: in a
 * portfolio run fflate's inflate, still interpreted for the first hundreds of files, cost more
 * even on the smallest parts.
 */
export function useNodeZlib(): void {
  useOneShotInflate(reusedHandleInflate() ?? inflateRawOnce);
  usePieceDeflate(
    reusedHandleDeflate(),
    // zlib's crc32 came with Node 20.15; before it, fflate's stays.
    typeof crc32 === 'function' ? crc32 : undefined,
  );
}
