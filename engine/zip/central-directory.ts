import { ReadError } from '../unreadable/error';

/** One entry as the central directory describes it (sizes are claims, checked while inflating). */
export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  declaredSize: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
export const LOCAL = 0x04034b50;

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4;
}

export function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Decoding a whole name keeps no state, so one decoder serves every archive. */
const utf8 = new TextDecoder();

const corrupt = (detail: string) => new ReadError('corrupt-zip', { detail });

function findEnd(bytes: Uint8Array, dv: DataView): number {
  // The end record is within the last 22 + 65 535 (comment) bytes.
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--)
    if (dv.getUint32(i, true) === EOCD) return i;
  throw corrupt('truncated: no central directory');
}

/** The entries of the central directory, by name; walks only what lies inside the file. */
export function readCentralDirectory(bytes: Uint8Array): Map<string, ZipEntry> {
  const dv = view(bytes);
  const eocd = findEnd(bytes, dv);
  const count = dv.getUint16(eocd + 10, true);
  const offset = dv.getUint32(eocd + 16, true);
  if (offset === 0xffffffff || count === 0xffff) throw new ReadError('unsupported-zip', { detail: 'zip64' });
  const entries = new Map<string, ZipEntry>();
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || dv.getUint32(p, true) !== CENTRAL) throw corrupt('bad central directory');
    const nameLength = dv.getUint16(p + 28, true);
    const extraLength = dv.getUint16(p + 30, true);
    const commentLength = dv.getUint16(p + 32, true);
    if (p + 46 + nameLength > bytes.length) throw corrupt('bad central directory');
    const name = utf8.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    entries.set(name, {
      name,
      flags: dv.getUint16(p + 8, true),
      method: dv.getUint16(p + 10, true),
      compressedSize: dv.getUint32(p + 20, true),
      declaredSize: dv.getUint32(p + 24, true),
      localOffset: dv.getUint32(p + 42, true),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Where an entry's compressed bytes are, from its local header. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const dv = view(bytes);
  const p = entry.localOffset;
  if (p + 30 > bytes.length || dv.getUint32(p, true) !== LOCAL)
    throw corrupt(`bad local header of ${entry.name}`);
  const start = p + 30 + dv.getUint16(p + 26, true) + dv.getUint16(p + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw corrupt(`truncated: ${entry.name}`);
  return bytes.subarray(start, end);
}
