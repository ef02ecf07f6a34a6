import { UnreadableFileError } from '../unreadable/error';
import { isZip, readCentralDirectory } from '../zip/central-directory';
import { sniffNonZip } from '../xlsx/sniff';

/** What a file given to Esep holds, decided from its first bytes and its name. */
export type DocumentKind = 'xlsx' | 'docx';

function startsWith(bytes: Uint8Array, text: string): boolean {
  for (let i = 0; i < text.length; i++) if (bytes[i] !== text.charCodeAt(i)) return false;
  return bytes.length >= text.length;
}

/** The zip's entry names from its central directory; null when it cannot be read (the reader then says why). */
function entryNames(bytes: Uint8Array): string[] | null {
  try {
    return [...readCentralDirectory(bytes).keys()];
  } catch {
    return null;
  }
}

/** Whether the first bytes hold `text` (an OpenDocument's `mimetype` entry is stored first, uncompressed). */
function headHolds(bytes: Uint8Array, text: string): boolean {
  const head = bytes.subarray(0, 256);
  let s = '';
  for (const b of head) s += String.fromCharCode(b);
  return s.includes(text);
}

/**
 * Tells a workbook from a Word document, whatever the file is named, and refuses formats Esep
 * does not read (a legacy .doc or .xls, an encrypted file, PDF, RTF, OpenDocument) with a code
 * and what to do instead.
 */
export function documentKind(bytes: Uint8Array, file: string): DocumentKind {
  const ext = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase() ?? '';
  const refuse = (format: string) => new UnreadableFileError(file, 'unsupported-format', { format });
  if (startsWith(bytes, '%PDF')) throw refuse('pdf');
  if (startsWith(bytes, '{\\rtf')) throw refuse('rtf');
  if (startsWith(bytes, '\xd0\xcf\x11\xe0')) {
    // An Office compound file: a password-protected .xlsx or .docx, or a 97–2003 file.
    if (sniffNonZip(bytes) === 'encrypted') throw new UnreadableFileError(file, 'encrypted');
    throw ext === 'xls' || ext === 'xlsx' ? new UnreadableFileError(file, 'legacy-xls') : refuse('doc');
  }
  const names = isZip(bytes) ? entryNames(bytes) : null;
  if (names !== null) {
    if (names.some((n) => n.startsWith('word/'))) return 'docx';
    if (names.some((n) => n.startsWith('xl/'))) return 'xlsx';
    if (names.includes('content.xml')) {
      if (headHolds(bytes, 'opendocument.spreadsheet') || ext === 'ods' || ext === 'xlsx')
        throw new UnreadableFileError(file, 'not-xlsx', { kind: 'ods' });
      throw refuse('opendocument');
    }
  }
  if (ext === 'doc' || ext === 'rtf' || ext === 'pdf') throw refuse(ext);
  if (ext === 'odt') throw refuse('opendocument');
  if (ext === 'docx' && !isZip(bytes)) throw refuse('not-docx');
  return ext === 'docx' ? 'docx' : 'xlsx';
}
