import { UnreadableFileError } from '../unreadable/error';
import { isZip } from '../zip/central-directory';
import { sniffNonZip } from '../xlsx/sniff';

/** What a file given to Esep holds, decided from its first bytes and its name. */
export type DocumentKind = 'xlsx' | 'docx';

function startsWith(bytes: Uint8Array, text: string): boolean {
  for (let i = 0; i < text.length; i++) if (bytes[i] !== text.charCodeAt(i)) return false;
  return bytes.length >= text.length;
}

/** The zip's entry names, read from the local headers at the start (enough to tell the kinds apart). */
function zipHolds(bytes: Uint8Array, prefix: string): boolean {
  const probe = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 1 << 16)));
  if (probe.includes(prefix)) return true;
  // The central directory at the end lists every entry, also when the first ones are large.
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - (1 << 16))));
  return tail.includes(prefix);
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
  if (isZip(bytes)) {
    if (zipHolds(bytes, 'word/')) return 'docx';
    if (zipHolds(bytes, 'xl/')) return 'xlsx';
    if (zipHolds(bytes, 'application/vnd.oasis.opendocument') || zipHolds(bytes, 'content.xml')) {
      if (zipHolds(bytes, 'opendocument.spreadsheet') || ext === 'ods' || ext === 'xlsx')
        throw new UnreadableFileError(file, 'not-xlsx', { kind: 'ods' });
      throw refuse('opendocument');
    }
  }
  if (ext === 'doc' || ext === 'rtf' || ext === 'pdf') throw refuse(ext);
  if (ext === 'odt') throw refuse('opendocument');
  if (ext === 'docx' && !isZip(bytes)) throw refuse('not-docx');
  return ext === 'docx' ? 'docx' : 'xlsx';
}
