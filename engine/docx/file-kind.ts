import { UnreadableFileError } from '../xlsx/unreadable';
import { isZip } from '../xlsx/zip';

/** What a file given to Esep holds, decided from its first bytes and its name. */
export type DocumentKind = 'xlsx' | 'docx';

/** A format Esep does not read, with what to do instead; `format` lets a UI say it in its language. */
export class UnsupportedFormatError extends UnreadableFileError {
  constructor(
    file: string,
    readonly format: 'doc' | 'xls' | 'pdf' | 'rtf' | 'opendocument',
    reason: string,
  ) {
    super(file, reason);
  }
}

const SAVE_AS =
  'save it as .docx (Word: File → Save As → Word Document) or as .xlsx and run Esep on that file';

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
 * does not read (a legacy .doc or .xls, PDF, RTF, OpenDocument) with what to do instead.
 */
export function documentKind(bytes: Uint8Array, file: string): DocumentKind {
  const ext = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase() ?? '';
  if (startsWith(bytes, '%PDF'))
    throw new UnsupportedFormatError(
      file,
      'pdf',
      `a PDF file: Esep reads the forms from Word or Excel files; open the original document and ${SAVE_AS}`,
    );
  if (startsWith(bytes, '{\\rtf')) throw new UnsupportedFormatError(file, 'rtf', `an RTF file: ${SAVE_AS}`);
  if (startsWith(bytes, '\xd0\xcf\x11\xe0'))
    throw ext === 'xls'
      ? new UnsupportedFormatError(
          file,
          'xls',
          'an Excel 97–2003 workbook (.xls): save it as .xlsx (File → Save As → Excel Workbook)',
        )
      : new UnsupportedFormatError(file, 'doc', `a Word 97–2003 document (.doc): ${SAVE_AS}`);
  if (isZip(bytes)) {
    if (zipHolds(bytes, 'word/')) return 'docx';
    if (zipHolds(bytes, 'xl/')) return 'xlsx';
    if (zipHolds(bytes, 'application/vnd.oasis.opendocument') || zipHolds(bytes, 'content.xml'))
      throw new UnsupportedFormatError(file, 'opendocument', `an OpenDocument file (.odt/.ods): ${SAVE_AS}`);
  }
  if (ext === 'doc' || ext === 'odt' || ext === 'rtf' || ext === 'pdf')
    throw new UnsupportedFormatError(
      file,
      ext === 'odt' ? 'opendocument' : ext,
      `not a .docx document: ${SAVE_AS}`,
    );
  return ext === 'docx' ? 'docx' : 'xlsx';
}
