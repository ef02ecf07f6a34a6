import { inflateSync } from 'fflate';
import { inflateRawSync } from 'node:zlib';
import { useOneShotInflate } from './one-shot';

/**
 * Below this many bytes out, fflate is faster than a call into zlib (whose set-up costs ~10 µs);
 * most parts of a grant workbook are this small.
 */
const SMALL = 4096;

/** zlib for larger entries, in Node only: stops as soon as the output passes the limit. */
export function useNodeInflate(): void {
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
}
