import { entryData, isZip, readCentralDirectory } from './central-directory';
import { inflatedWhole } from './inflate';
import { DEFAULT_ZIP_LIMITS } from './limits';
import { inflateOneShot } from './one-shot';

/** One part inflated ahead: where its compressed bytes start from the archive's first byte, their length, the limit and the result. */
export interface PartAhead {
  offset: number;
  length: number;
  limit: number;
  bytes: Uint8Array;
}

/**
 * Parts the readers never open: the document's properties, themes, pictures. Inflating them
 * would only cost the reading-ahead thread time.
 */
const UNREAD = /^(docProps\/|customXml\/|\w+\/(theme|media|printerSettings|embeddings)\/)/;

/**
 * The parts of the archive in `bytes` that the zip layer will inflate in one call (inflateEntry),
 * inflated exactly as it would (the same function, the same limit), at most `maxParts` parts of
 * `most` bytes in all. Nothing is checked or refused here: a part that cannot be inflated, a
 * corrupt directory or a file that is no zip is simply left out, and the reading thread,
 * inflating it itself, meets the error and reports it.
 */
export function inflateAhead(bytes: Uint8Array, most: number, maxParts: number): PartAhead[] {
  const parts: PartAhead[] = [];
  if (!isZip(bytes)) return parts;
  let size = 0;
  try {
    for (const entry of readCentralDirectory(bytes).values()) {
      if (entry.flags & 1 || entry.method !== 8 || UNREAD.test(entry.name)) continue;
      if (!inflatedWhole(entry, DEFAULT_ZIP_LIMITS.maxEntryBytes)) continue;
      if (parts.length === maxParts) break;
      if (size + entry.declaredSize + 1 > most) continue;
      try {
        const data = entryData(bytes, entry);
        if (data.length === 0) continue;
        const limit = entry.declaredSize + 1;
        const inflated = inflateOneShot(data, limit);
        parts.push({
          offset: data.byteOffset - bytes.byteOffset,
          length: data.length,
          limit,
          bytes: inflated,
        });
        size += inflated.length;
      } catch {
        // Left to the reading thread, which reports it.
      }
    }
  } catch {
    // A directory that cannot be read: the reading thread reports it.
  }
  return parts;
}
