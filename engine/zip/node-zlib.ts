import { constants, deflateRawSync, inflateRawSync } from 'node:zlib';
import { usePieceDeflate } from './deflate';
import { useOneShotInflate } from './one-shot';

/**
 * Node's zlib for the zip layer, in Node only: inflating entries (stopping as soon as the output
 * passes the limit) and deflating the reports Esep writes. Native code needs no warming up: in a
 * portfolio run fflate's inflate, still interpreted for the first hundreds of files, cost more
 * even on the smallest parts.
 */
export function useNodeZlib(): void {
  useOneShotInflate((data, limit) => {
    try {
      // One output buffer of the right size: zlib's default 16 KB chunk per call was most of the
      // garbage a portfolio run made, and a small part then filled a fraction of it.
      return inflateRawSync(data, { maxOutputLength: limit, chunkSize: Math.max(64, limit + 1) });
    } catch (e) {
      // Past the limit: what a longer stream means to the caller is exactly `limit` bytes.
      if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return new Uint8Array(limit);
      throw e;
    }
  });
  // A sync flush ends a piece on a byte boundary without the final bit; the last piece finishes.
  // Level 3: on a 1 000-grant report (3.2 MB of XML) 12 ms instead of 32 ms at level 6, 14 % larger.
  usePieceDeflate((piece, final) =>
    deflateRawSync(piece, { level: 3, finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH }),
  );
}
