import { ReadError, asUnreadable } from '../unreadable/error';
import { type ZipEntry, entryData, isZip, readCentralDirectory } from './central-directory';
import { type Budget, inflateEntry, inflatesInOneCall } from './inflate';
import { DEFAULT_ZIP_LIMITS, type ZipLimits } from './limits';
import { joinBytes } from './join-bytes';

export { DEFAULT_ZIP_LIMITS, isZip, type ZipLimits };

/**
 * An archive opened for reading. Every failure is an UnreadableFileError naming the file, with
 * a code (corrupt-zip, zip-bomb, …). Entries absent from the central directory are never seen.
 */
export interface OpenedZip {
  readonly file: string;
  /** Entry names as the central directory lists them. */
  names(): string[];
  has(name: string): boolean;
  /** The entry's bytes, or null when there is no such entry. */
  bytes(name: string): Uint8Array | null;
  /** The entry as UTF-8 text, or null when there is no such entry. */
  text(name: string): string | null;
  /**
   * The entry as UTF-8 text in pieces, without holding it whole, `last` on the final piece (a small
   * entry comes whole, in one piece); false when there is no such entry.
   */
  streamText(name: string, onText: (text: string, last: boolean) => void): boolean;
}

/** Decoding a whole entry keeps no state between calls, so one decoder serves all. */
const utf8 = new TextDecoder();

export function openZip(bytes: Uint8Array, file: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): OpenedZip {
  const guard = <T>(run: () => T): T => {
    try {
      return run();
    } catch (e) {
      throw asUnreadable(file, e);
    }
  };
  if (!isZip(bytes)) throw asUnreadable(file, new ReadError('not-a-zip'));
  const entries = guard(() => readCentralDirectory(bytes));
  const budget: Budget = { used: 0, limit: limits.maxTotalBytes };
  const each = (entry: ZipEntry, onData: (chunk: Uint8Array) => void) =>
    guard(() => inflateEntry(entryData(bytes, entry), entry, limits.maxEntryBytes, budget, onData));
  const inflated = (entry: ZipEntry): Uint8Array => {
    const chunks: Uint8Array[] = [];
    each(entry, (c) => chunks.push(c));
    return chunks.length === 1 ? chunks[0]! : joinBytes(chunks);
  };
  const bytesOf = (name: string): Uint8Array | null => {
    const entry = entries.get(name);
    return entry ? inflated(entry) : null;
  };
  return {
    file,
    names: () => [...entries.keys()],
    has: (name) => entries.has(name),
    bytes: bytesOf,
    text(name) {
      const b = bytesOf(name);
      return b === null ? null : utf8.decode(b);
    },
    streamText(name, onText) {
      const entry = entries.get(name);
      if (!entry) return false;
      // Inflated in one call anyway: decoded whole.
      if (inflatesInOneCall(entry)) {
        const text = utf8.decode(inflated(entry));
        guard(() => onText(text, true));
        return true;
      }
      const decoder = new TextDecoder();
      each(entry, (c) => onText(decoder.decode(c, { stream: true }), false));
      guard(() => onText(decoder.decode(), true));
      return true;
    },
  };
}
