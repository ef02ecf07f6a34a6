import { inflateRawSync } from 'node:zlib';
import { useOneShotInflate } from './one-shot';

/** zlib for small entries, in Node only: stops as soon as the output passes the limit. */
export function useNodeInflate(): void {
  useOneShotInflate((data, limit) => {
    try {
      return inflateRawSync(data, { maxOutputLength: limit });
    } catch (e) {
      // Past the limit: what a longer stream means to the caller is exactly `limit` bytes.
      if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return new Uint8Array(limit);
      throw e;
    }
  });
}
