import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { Cell, Grid, Merge } from '../grid/grid';

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

const MAIN_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

interface CellBuild {
  span: number;
  vMerge: 'restart' | 'continue' | null;
  paras: string[];
}
interface RowBuild {
  cells: CellBuild[];
  gridBefore: number;
  deleted: boolean;
}
interface TableBuild {
  name: string;
  rows: RowBuild[];
  nested: number;
  cellOpen: boolean;
}

/** Raised for XML that is not a Word body (malformed, or with a DTD). */
export class WordXmlError extends Error {}

/** The w:val of an element as a count, the fallback when absent or unreadable. */
function count(tag: SaxesTagPlain, w: string, fallback: number): number {
  const n = Number(tag.attributes[`${w}val`]);
  return Number.isInteger(n) && n >= 0 ? n : fallback;
}

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

/** Tracked changes of properties keep the old properties inside: those are not the document's. */
const PROPERTY_CHANGE = /Change$/;

export function parseWordBody(xml: string): WordBody {
  // No DTD and no entities beyond XML's own: a document.xml never has them, a hostile one might.
  const parser = new SaxesParser({ xmlns: false, position: false });
  let w = 'w:';
  const tables: TableBuild[] = [];
  const stack: TableBuild[] = [];
  const paragraphs: string[] = [];
  const paraStack: string[][] = [];
  const names: string[] = [];
  const sdtPlaceholder: boolean[] = [];
  let topLevel = 0;
  /** > 0 inside content that is not text of the accepted document. */
  let mute = 0;
  /** > 0 inside the old properties of a tracked property change. */
  let oldProperties = 0;
  let inText = false;

  const parent = () => names[names.length - 2] ?? '';
  const append = (s: string) => {
    if (mute === 0) paraStack[paraStack.length - 1]?.push(s);
  };
  const MUTED = new Set(['del', 'moveFrom', 'delText', 'instrText', 'delInstrText']);

  parser.on('doctype', () => {
    throw new WordXmlError('the document declares a DTD, which a Word document never does');
  });
  parser.on('opentag', (tag) => {
    names.push(tag.name);
    if (names.length === 1) {
      // The main namespace's prefix is "w" in every Word file, but the XML allows any.
      for (const [k, v] of Object.entries(tag.attributes))
        if (v === MAIN_NS && k.startsWith('xmlns:')) w = `${k.slice(6)}:`;
      return;
    }
    if (tag.name === 'mc:Fallback') {
      mute++;
      return;
    }
    if (!tag.name.startsWith(w)) return;
    const local = tag.name.slice(w.length);
    const table = stack[stack.length - 1];
    if (PROPERTY_CHANGE.test(local)) oldProperties++;
    if (oldProperties > 0) return;
    switch (local) {
      case 'tbl': {
        const outer = stack[stack.length - 1];
        const name = outer ? `${outer.name}.${++outer.nested}` : `Table ${++topLevel}`;
        const t: TableBuild = { name, rows: [], nested: 0, cellOpen: false };
        tables.push(t);
        stack.push(t);
        break;
      }
      case 'tr':
        table?.rows.push({ cells: [], gridBefore: 0, deleted: false });
        break;
      case 'gridBefore': {
        const row = table?.rows[table.rows.length - 1];
        if (row && parent() === `${w}trPr`) row.gridBefore = count(tag, w, 0);
        break;
      }
      case 'tc':
        if (table) {
          table.rows[table.rows.length - 1]?.cells.push({ span: 1, vMerge: null, paras: [] });
          table.cellOpen = true;
        }
        break;
      case 'gridSpan':
      case 'vMerge': {
        const row = table?.rows[table.rows.length - 1];
        const cell = row?.cells[row.cells.length - 1];
        if (!cell || parent() !== `${w}tcPr`) break;
        if (local === 'gridSpan') cell.span = Math.max(1, count(tag, w, 1));
        else cell.vMerge = tag.attributes[`${w}val`] === 'restart' ? 'restart' : 'continue';
        break;
      }
      case 'p':
        paraStack.push([]);
        break;
      case 't':
        inText = true;
        break;
      case 'tab':
        if (parent() === `${w}r`) append('\t');
        break;
      case 'br':
      case 'cr':
        append('\n');
        break;
      case 'noBreakHyphen':
        append('-');
        break;
      case 'sdt':
        sdtPlaceholder.push(false);
        break;
      case 'showingPlcHdr':
        if (sdtPlaceholder.length > 0) sdtPlaceholder[sdtPlaceholder.length - 1] = true;
        break;
      case 'sdtContent':
        if (sdtPlaceholder[sdtPlaceholder.length - 1]) mute++;
        break;
      default:
        if (MUTED.has(local)) {
          // A deleted table row is marked inside its properties: the row goes, not just text.
          if (local === 'del' && parent() === `${w}trPr`) {
            const row = table?.rows[table.rows.length - 1];
            if (row) row.deleted = true;
          }
          mute++;
        }
    }
  });
  parser.on('text', (text) => {
    if (inText) append(text);
  });
  parser.on('closetag', (tag) => {
    names.pop();
    if (tag.name === 'mc:Fallback') {
      mute--;
      return;
    }
    if (!tag.name.startsWith(w)) return;
    const local = tag.name.slice(w.length);
    if (PROPERTY_CHANGE.test(local)) {
      oldProperties--;
      return;
    }
    if (oldProperties > 0) return;
    switch (local) {
      case 'tbl':
        stack.pop();
        break;
      case 'tc': {
        const table = stack[stack.length - 1];
        if (table) table.cellOpen = false;
        break;
      }
      case 'p': {
        const text = (paraStack.pop() ?? []).join('');
        const table = stack[stack.length - 1];
        if (table?.cellOpen) {
          const row = table.rows[table.rows.length - 1];
          row?.cells[row.cells.length - 1]?.paras.push(text);
        } else if (!table && text.trim() !== '') paragraphs.push(text.trim());
        break;
      }
      case 't':
        inText = false;
        break;
      case 'sdt':
        sdtPlaceholder.pop();
        break;
      case 'sdtContent':
        if (sdtPlaceholder[sdtPlaceholder.length - 1]) mute--;
        break;
      default:
        if (MUTED.has(local)) mute--;
    }
  });
  try {
    parser.write(lighten(xml)).close();
  } catch (e) {
    if (e instanceof WordXmlError) throw e;
    throw new WordXmlError(`word/document.xml is not well-formed XML (${(e as Error).message})`);
  }
  return { tables: tables.map(toGrid), paragraphs };
}

interface OpenMerge extends Merge {
  continued: boolean;
}

/** Rows and cells on the table's own grid: gridSpan and vMerge become merged ranges. */
function toGrid(table: TableBuild): Grid {
  const cells: (Cell | null)[][] = [];
  const merges: Merge[] = [];
  const open = new Map<number, OpenMerge>();
  const close = (left: number) => {
    const m = open.get(left);
    if (!m) return;
    open.delete(left);
    if (m.bottom > m.top || m.right > m.left)
      merges.push({ top: m.top, left: m.left, bottom: m.bottom, right: m.right });
  };
  for (const row of table.rows) {
    if (row.deleted) continue;
    const r = cells.length;
    const line: (Cell | null)[] = [];
    for (let c = 0; c < row.gridBefore; c++) line.push(null);
    for (const m of open.values()) m.continued = false;
    let col = row.gridBefore;
    for (const cell of row.cells) {
      const below = open.get(col);
      if (cell.vMerge === 'continue' && below) {
        below.bottom = r;
        below.continued = true;
        for (let k = 0; k < cell.span; k++) line.push(null);
      } else {
        for (let k = col; k < col + cell.span; k++) close(k);
        const text = cell.paras.join('\n').trim();
        line.push(text === '' ? null : { value: text });
        for (let k = 1; k < cell.span; k++) line.push(null);
        const right = col + cell.span - 1;
        if (cell.vMerge === 'restart')
          open.set(col, { top: r, left: col, bottom: r, right, continued: true });
        else if (right > col) merges.push({ top: r, left: col, bottom: r, right });
      }
      col += cell.span;
    }
    // A vertical merge goes on only through cells that say "continue".
    for (const m of [...open.values()]) if (!m.continued) close(m.left);
    while (line.length > 0 && line[line.length - 1] === null) line.pop();
    cells.push(line);
  }
  for (const left of [...open.keys()]) close(left);
  merges.sort((a, b) => a.top - b.top || a.left - b.left);
  return { name: table.name, origin: 'A1', cells, merges };
}
