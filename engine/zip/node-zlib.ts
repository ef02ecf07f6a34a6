import { inflateSync } from 'fflate';
import { constants, deflateRawSync, inflateRawSync } from 'node:zlib';
import { usePieceDeflate } from './deflate';
import { useOneShotInflate } from './one-shot';

/**
 * Below this many bytes out, fflate is faster than a call into zlib (whose set-up costs ~10 µs);
 * most parts of a grant workbook are this small.
 */
const SMALL = 4096;

/**
 * Node's zlib for the zip layer, in Node only: inflating larger entries (stopping as soon as the
 * output passes the limit) and deflating the reports Esep writes.
 */
export function useNodeZlib(): void {
  useOneShotInflate((data, limit) => {
    if (limit <= SMALL) return inflateSync(data, { out: new Uint8Array(limit) });
    try {
      return inflateRawSync(data, { maxOutputLength: limit });
    } catch (e) {
      // Past the limit: what a longer stream means to the caller is exactly `limit` bytes.
      if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return new Uint8Array(limit);
      throw e;
    }
  });
  // A sync flush ends a piece on a byte boundary without the final bit; the last piece finishes.
  usePieceDeflate((piece, final) =>
    deflateRawSync(piece, { level: 6, finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH }),
  );
}
