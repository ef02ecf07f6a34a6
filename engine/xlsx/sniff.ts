import type { UnreadableCode } from '../model/unreadable';

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function utf16(name: string): Uint8Array {
  const out = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) out[i * 2] = name.charCodeAt(i);
  return out;
}
const ENCRYPTION_INFO = utf16('EncryptionInfo');

/**
 * What a file that is not a zip is, when we can tell: an Office compound file (CFB) is either a
 * password-protected .xlsx (it holds an EncryptionInfo stream) or an old .xls.
 */
export function sniffNonZip(bytes: Uint8Array): UnreadableCode {
  if (bytes.length < 512 || CFB.some((b, i) => bytes[i] !== b)) return 'not-a-zip';
  const sectorSize = 1 << (bytes[0x1e]! | (bytes[0x1f]! << 8));
  if (sectorSize !== 512 && sectorSize !== 4096) return 'legacy-xls';
  // Directory entries are 128 bytes, sector-aligned; the name is UTF-16 with its byte length at 0x40.
  for (let at = sectorSize; at + 128 <= bytes.length; at += 128) {
    if (bytes[at + 0x40] !== ENCRYPTION_INFO.length + 2) continue;
    if (ENCRYPTION_INFO.every((b, i) => bytes[at + i] === b)) return 'encrypted';
  }
  return 'legacy-xls';
}

/** A zip that is not an .xlsx, from its entries: what the user gave instead. */
export function packageKind(names: readonly string[], mimetype: string | null): string {
  if (mimetype?.includes('opendocument.spreadsheet') || names.includes('content.xml')) return 'ods';
  if (names.some((n) => n.startsWith('word/'))) return 'docx';
  if (names.some((n) => n.startsWith('ppt/'))) return 'pptx';
  return 'zip';
}
