import { Inflate } from 'fflate';
import {
  type ZipEntry,
  ZipError,
  LOCAL,
  checkZipSizes,
  isZip,
  readCentralDirectory,
  view,
} from '../xlsx/zip';

/**
 * The parts of a .docx (a zip). Until the shared guarded zip layer lands, this is the one place
 * that opens the archive: the central directory is checked from its declared sizes first, then
 * each part is inflated with the bytes actually produced counted, so a part that lies about its
 * size is refused too. fflate works in Node, the browser and a worker alike; Node callers pass
 * zlib's inflater (../xlsx/zip-inflate.ts, capped the same way), which is several times faster.
 */
export interface DocxArchive {
  has(path: string): boolean;
  /** A part as UTF-8 text, or null when the archive has no such part. */
  text(path: string): string | null;
}

/** Compressed bytes handed to the inflater at a time: bounds what one step can produce. */
const STEP = 4096;

/** Inflates one entry, never past its declared size; throws ZipError otherwise. */
export type Inflater = (bytes: Uint8Array, entry: ZipEntry) => Uint8Array;

export const inflatePortable: Inflater = (bytes, entry) => {
  const dv = view(bytes);
  const p = entry.localOffset;
  if (p + 30 > bytes.length || dv.getUint32(p, true) !== LOCAL)
    throw new ZipError(`the zip archive is corrupt (bad local header of ${entry.name})`);
  const start = p + 30 + dv.getUint16(p + 26, true) + dv.getUint16(p + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length < entry.compressedSize) throw new ZipError(`the zip archive is truncated (${entry.name})`);
  if (entry.method === 0) return data;
  if (entry.method !== 8)
    throw new ZipError(`${entry.name} uses an unsupported compression (${entry.method})`);
  const out = new Uint8Array(entry.size);
  let size = 0;
  const inflater = new Inflate((chunk) => {
    if (size + chunk.length > entry.size)
      throw new ZipError(
        `refused as a zip bomb: ${entry.name} inflates beyond its declared ${entry.size} bytes`,
      );
    out.set(chunk, size);
    size += chunk.length;
  });
  try {
    for (let i = 0; i < data.length; i += STEP)
      inflater.push(data.subarray(i, i + STEP), i + STEP >= data.length);
  } catch (e) {
    if (e instanceof ZipError) throw e;
    throw new ZipError(`the zip archive is corrupt (${entry.name}: ${(e as Error).message})`);
  }
  return out.subarray(0, size);
};

/** Opens the archive; throws ZipError for anything that is not a safe zip. */
export function openDocxArchive(bytes: Uint8Array, inflate: Inflater = inflatePortable): DocxArchive {
  if (!isZip(bytes)) throw new ZipError('not a .docx document (it is not a zip file)');
  const entries = readCentralDirectory(bytes);
  checkZipSizes(entries);
  const decoder = new TextDecoder();
  return {
    has: (path) => entries.has(path),
    text: (path) => {
      const entry = entries.get(path);
      return entry ? decoder.decode(inflate(bytes, entry)) : null;
    },
  };
}
