import { inflateRawSync } from 'node:zlib';
import { LOCAL, type ZipEntry, ZipError, view } from './zip';

/**
 * The bytes of one entry, never more than its declared size. Node only (zlib): the browser's
 * task pane reads workbooks through exceljs and needs just the size check in ./zip.
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry): Buffer {
  const dv = view(bytes);
  const p = entry.localOffset;
  if (p + 30 > bytes.length || dv.getUint32(p, true) !== LOCAL)
    throw new ZipError(`the zip archive is corrupt (bad local header of ${entry.name})`);
  const start = p + 30 + dv.getUint16(p + 26, true) + dv.getUint16(p + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length < entry.compressedSize) throw new ZipError(`the zip archive is truncated (${entry.name})`);
  if (entry.method === 0) return Buffer.from(data);
  if (entry.method !== 8)
    throw new ZipError(`${entry.name} uses an unsupported compression (${entry.method})`);
  if (entry.size === 0) return Buffer.alloc(0);
  try {
    return inflateRawSync(data, { maxOutputLength: entry.size });
  } catch (e) {
    const tooLarge = (e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
    throw new ZipError(
      tooLarge
        ? `refused as a zip bomb: ${entry.name} inflates beyond its declared ${entry.size} bytes`
        : `the zip archive is corrupt (${entry.name}: ${(e as Error).message})`,
    );
  }
}
