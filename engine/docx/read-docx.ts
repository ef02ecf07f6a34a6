import type { WorkbookGrid } from '../grid/grid';
import { UnreadableFileError } from '../xlsx/unreadable';
import { ZipError } from '../xlsx/zip';
import { type Inflater, inflatePortable, openDocxArchive } from './docx-zip';
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
 * tables. Anything that is not a readable .docx becomes an UnreadableFileError. In Node, pass
 * zlib's inflater (../xlsx/zip-inflate.ts).
 */
export function readDocx(bytes: Uint8Array, file: string, inflate: Inflater = inflatePortable): WorkbookGrid {
  try {
    const archive = openDocxArchive(bytes, inflate);
    const xml = archive.text(mainPart(archive.text('_rels/.rels')));
    if (xml === null)
      throw new UnreadableFileError(file, 'not a Word document (the archive has no word/document.xml)');
    const body = parseWordBody(xml);
    return { file, sheets: body.tables, names: [], paragraphs: body.paragraphs };
  } catch (e) {
    if (e instanceof UnreadableFileError) throw e;
    if (e instanceof ZipError || e instanceof WordXmlError) throw new UnreadableFileError(file, e.message);
    throw new UnreadableFileError(file, `cannot be read as .docx (${(e as Error).message})`);
  }
}
