import type { WorkbookGrid } from '../grid/grid';
import { ReadError, asUnreadable } from '../unreadable/error';
import { openDocxArchive } from './docx-zip';
import { WordXmlError, parseWordBody } from './document-xml';

const OFFICE_DOCUMENT = /<Relationship\b[^>]*?Type="[^"]*\/officeDocument"[^>]*>/;

/** The main document part: where the package's relationships say, word/document.xml otherwise. */
function mainPart(rels: string | null): string {
  const rel = rels === null ? null : OFFICE_DOCUMENT.exec(rels);
  const target = rel ? /\bTarget="([^"]+)"/.exec(rel[0])?.[1] : undefined;
  return target ? target.replace(/^\//, '') : 'word/document.xml';
}

/**
 * Reads a Word document (.docx) from bytes into the shape every reader takes: one grid per
 * table ("Table 1", "Table 1.1" for a table nested in a cell), plus the paragraphs outside
 * tables. Anything that is not a readable .docx becomes an UnreadableFileError with a code.
 */
export function readDocx(bytes: Uint8Array, file: string): WorkbookGrid {
  try {
    const archive = openDocxArchive(bytes, file);
    const part = mainPart(archive.text('_rels/.rels'));
    const xml = archive.text(part);
    if (xml === null) throw new ReadError('missing-part', { part });
    const body = parseWordBody(xml);
    return { file, sheets: body.tables, names: [], paragraphs: body.paragraphs };
  } catch (e) {
    if (e instanceof WordXmlError)
      throw asUnreadable(file, new ReadError('corrupt-document', { detail: e.message }));
    throw asUnreadable(file, e);
  }
}
