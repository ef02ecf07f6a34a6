/**
 * Just enough of the zip format for .xlsx: the central directory and deflated entries.
 * Reading the central directory first lets a zip bomb be refused from its declared sizes,
 * before anything is inflated; inflation is then capped at the declared size, so a lying
 * header cannot bomb either.
 */
export class ZipError extends Error {}

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export interface ZipLimits {
  /** Sum of the declared uncompressed sizes. */
  maxTotal: number;
  /** Compression ratio above which a large entry is refused (real sheet XML stays far below). */
  maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxTotal: 256 * 1024 * 1024, maxRatio: 400 };
/** Entries smaller than this are never refused for their ratio: a tiny file can compress very well. */
const RATIO_FLOOR = 1024 * 1024;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
export const LOCAL = 0x04034b50;

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b;
}

export function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The entries of the central directory, by name. */
export function readCentralDirectory(bytes: Uint8Array): Map<string, ZipEntry> {
  const dv = view(bytes);
  // The end record is within the last 22 + 65 535 (comment) bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (dv.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError('the zip archive is truncated or corrupt (no central directory)');
  const count = dv.getUint16(eocd + 10, true);
  const offset = dv.getUint32(eocd + 16, true);
  if (offset === 0xffffffff || count === 0xffff) throw new ZipError('zip64 archives are not supported');
  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder();
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || dv.getUint32(p, true) !== CENTRAL)
      throw new ZipError('the zip archive is corrupt (bad central directory)');
    const nameLength = dv.getUint16(p + 28, true);
    const extraLength = dv.getUint16(p + 30, true);
    const commentLength = dv.getUint16(p + 32, true);
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    entries.set(name, {
      name,
      method: dv.getUint16(p + 10, true),
      compressedSize: dv.getUint32(p + 20, true),
      size: dv.getUint32(p + 24, true),
      localOffset: dv.getUint32(p + 42, true),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Refuses archives whose declared sizes are too large to inflate safely; says why. */
export function checkZipSizes(entries: Map<string, ZipEntry>, limits: ZipLimits = DEFAULT_ZIP_LIMITS): void {
  let total = 0;
  for (const e of entries.values()) {
    total += e.size;
    const ratio = e.size / Math.max(1, e.compressedSize);
    if (e.size > RATIO_FLOOR && ratio > limits.maxRatio)
      throw new ZipError(
        `refused as a zip bomb: ${e.name} would inflate ${e.compressedSize} bytes to ${e.size} (ratio ${Math.round(ratio)}:1)`,
      );
  }
  if (total > limits.maxTotal)
    throw new ZipError(
      `refused as a zip bomb: ${total} bytes uncompressed in total (limit ${limits.maxTotal})`,
    );
}
