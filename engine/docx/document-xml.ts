import { SaxesParser } from 'saxes';
import type { Grid } from '../grid/grid';
import { addText, closeElement, newBodyState, openElement } from './body-events';
import { toGrid } from './word-table';

/**
 * `word/document.xml` → one grid per table plus the paragraphs outside tables, read as the
 * document shows once every tracked change is accepted: deleted runs and rows are dropped,
 * inserted ones kept. Content controls (w:sdt), hyperlinks, smart tags and custom XML are read
 * through; field codes, footnote marks, placeholder text of empty content controls and the
 * fallback copy of text boxes are not text. A table nested in a cell is its own grid,
 * "Table N.M", and not part of the cell's text.
 */
export interface WordBody {
  tables: Grid[];
  /** Paragraphs outside tables, in document order, empty ones left out. */
  paragraphs: string[];
}

/** Raised for XML that is not a Word body (malformed, or with a DTD). */
export class WordXmlError extends Error {}

/**
 * Formatting the reader never looks at, removed before parsing when the document uses the usual
 * "w" prefix: run and paragraph properties (with their tracked-change copies first, which nest
 * the same element), revision ids, bookmarks and proofing marks are most of a Word file's
 * markup. Only whole elements go, matched from their exact start tag: text cannot hold a "<",
 * so no text is ever touched, and the XML stays well-formed for the parser that follows.
 */
const FORMATTING = [
  /<w:(rPrChange|pPrChange)\b[\s\S]*?<\/w:\1>/g,
  /<w:(rPr|pPr)>[\s\S]*?<\/w:\1>|<w:(?:rPr|pPr)\/>/g,
  /<w:(?:proofErr|bookmarkStart|bookmarkEnd|lastRenderedPageBreak|tcW|noProof|lang)\b[^<>]*\/>/g,
  / w:rsid\w*="[0-9A-Fa-f]*"/g,
];
const W_DECLARED =
  /^[^]*?<w:document\b[^>]*\bxmlns:w="http:\/\/schemas\.openxmlformats\.org\/wordprocessingml\/2006\/main"/;

function lighten(xml: string): string {
  if (!W_DECLARED.test(xml.slice(0, 4096))) return xml;
  let out = xml;
  for (const re of FORMATTING) out = out.replace(re, '');
  return out;
}

export function parseWordBody(xml: string): WordBody {
  // No DTD and no entities beyond XML's own: a document.xml never has them, a hostile one might.
  const parser = new SaxesParser({ xmlns: false, position: false });
  const state = newBodyState();
  parser.on('doctype', () => {
    throw new WordXmlError('the document declares a DTD, which a Word document never does');
  });
  parser.on('opentag', (tag) => openElement(state, tag));
  parser.on('text', (text) => addText(state, text));
  parser.on('closetag', (tag) => closeElement(state, tag.name));
  try {
    parser.write(lighten(xml)).close();
  } catch (e) {
    if (e instanceof WordXmlError) throw e;
    throw new WordXmlError(`word/document.xml is not well-formed XML (${(e as Error).message})`);
  }
  return { tables: state.tables.map(toGrid), paragraphs: state.paragraphs };
}
