import type { SaxesTagPlain } from 'saxes';
import type { RowBuild, TableBuild } from './word-table';

/**
 * What each element of `word/document.xml` does to the body being read, one step per parser
 * event over an explicit state (the parser in document-xml.ts only calls these in order).
 */
export interface BodyState {
  /** The main namespace's prefix with its colon: "w:" in every Word file, but the XML allows any. */
  w: string;
  /** Every table met, nested ones included, in document order. */
  tables: TableBuild[];
  /** The tables around the current element, innermost last. */
  openTables: TableBuild[];
  /** Paragraphs outside tables, trimmed, empty ones left out. */
  paragraphs: string[];
  /** The text of each open paragraph (a text box's paragraph nests in another), innermost last. */
  openParagraphs: string[][];
  /** The names of the open elements, root first. */
  names: string[];
  /** Per open content control: whether it shows its placeholder text. */
  sdtPlaceholder: boolean[];
  /** Top-level tables met so far ("Table N"). */
  topLevel: number;
  /** > 0 inside content that is not text of the accepted document. */
  mute: number;
  /** > 0 inside the old properties of a tracked property change. */
  oldProperties: number;
  inText: boolean;
}

export const newBodyState = (): BodyState => ({
  w: 'w:',
  tables: [],
  openTables: [],
  paragraphs: [],
  openParagraphs: [],
  names: [],
  sdtPlaceholder: [],
  topLevel: 0,
  mute: 0,
  oldProperties: 0,
  inText: false,
});

const MAIN_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
/** Deleted or moved-away content, field codes: inside them nothing is text of the document. */
const MUTED = new Set(['del', 'moveFrom', 'delText', 'instrText', 'delInstrText']);
/** Tracked changes of properties keep the old properties inside: those are not the document's. */
const PROPERTY_CHANGE = /Change$/;

const parentIs = (s: BodyState, local: string) => s.names[s.names.length - 2] === `${s.w}${local}`;
const innermost = <T>(list: T[]): T | undefined => list[list.length - 1];
const lastRow = (s: BodyState): RowBuild | undefined => {
  const table = innermost(s.openTables);
  return table ? innermost(table.rows) : undefined;
};

function append(s: BodyState, text: string): void {
  if (s.mute === 0) innermost(s.openParagraphs)?.push(text);
}

/** The count in an element's w:val, the fallback when absent or unreadable. */
function count(s: BodyState, tag: SaxesTagPlain, fallback: number): number {
  const n = Number(tag.attributes[`${s.w}val`]);
  return Number.isInteger(n) && n >= 0 ? n : fallback;
}

/** The root names the main namespace's prefix. */
function takePrefix(s: BodyState, root: SaxesTagPlain): void {
  for (const [k, v] of Object.entries(root.attributes))
    if (v === MAIN_NS && k.startsWith('xmlns:')) s.w = `${k.slice(6)}:`;
}

/** The element's name without the main prefix; null for another namespace. */
const localName = (s: BodyState, name: string): string | null =>
  name.startsWith(s.w) ? name.slice(s.w.length) : null;

export function openElement(s: BodyState, tag: SaxesTagPlain): void {
  s.names.push(tag.name);
  if (s.names.length === 1) {
    takePrefix(s, tag);
    return;
  }
  if (tag.name === 'mc:Fallback') {
    s.mute++;
    return;
  }
  const local = localName(s, tag.name);
  if (local === null) return;
  if (PROPERTY_CHANGE.test(local)) s.oldProperties++;
  if (s.oldProperties > 0) return;
  if (!openTablePart(s, local, tag)) openTextPart(s, local);
}

/** Tables, rows, cells and their layout properties; false when the element is none of them. */
function openTablePart(s: BodyState, local: string, tag: SaxesTagPlain): boolean {
  const table = innermost(s.openTables);
  const row = lastRow(s);
  const cell = row ? innermost(row.cells) : undefined;
  switch (local) {
    case 'tbl': {
      const name = table ? `${table.name}.${++table.nested}` : `Table ${++s.topLevel}`;
      const opened: TableBuild = { name, rows: [], nested: 0, cellOpen: false };
      s.tables.push(opened);
      s.openTables.push(opened);
      return true;
    }
    case 'tr':
      table?.rows.push({ cells: [], gridBefore: 0, deleted: false });
      return true;
    case 'gridBefore':
      if (row && parentIs(s, 'trPr')) row.gridBefore = count(s, tag, 0);
      return true;
    case 'tc':
      if (table) {
        row?.cells.push({ span: 1, vMerge: null, paras: [] });
        table.cellOpen = true;
      }
      return true;
    case 'gridSpan':
      if (cell && parentIs(s, 'tcPr')) cell.span = Math.max(1, count(s, tag, 1));
      return true;
    case 'vMerge':
      if (cell && parentIs(s, 'tcPr'))
        cell.vMerge = tag.attributes[`${s.w}val`] === 'restart' ? 'restart' : 'continue';
      return true;
    default:
      return false;
  }
}

/** Paragraphs, runs' text and the marks that stand for characters, content controls, muted content. */
function openTextPart(s: BodyState, local: string): void {
  switch (local) {
    case 'p':
      s.openParagraphs.push([]);
      break;
    case 't':
      s.inText = true;
      break;
    case 'tab':
      if (parentIs(s, 'r')) append(s, '\t');
      break;
    case 'br':
    case 'cr':
      append(s, '\n');
      break;
    case 'noBreakHyphen':
      append(s, '-');
      break;
    case 'sdt':
      s.sdtPlaceholder.push(false);
      break;
    case 'showingPlcHdr':
      if (s.sdtPlaceholder.length > 0) s.sdtPlaceholder[s.sdtPlaceholder.length - 1] = true;
      break;
    case 'sdtContent':
      if (innermost(s.sdtPlaceholder)) s.mute++;
      break;
    default:
      if (!MUTED.has(local)) break;
      // A deleted table row is marked inside its properties: the row goes, not just text.
      if (local === 'del' && parentIs(s, 'trPr')) {
        const row = lastRow(s);
        if (row) row.deleted = true;
      }
      s.mute++;
  }
}

export function addText(s: BodyState, text: string): void {
  if (s.inText) append(s, text);
}

export function closeElement(s: BodyState, name: string): void {
  s.names.pop();
  if (name === 'mc:Fallback') {
    s.mute--;
    return;
  }
  const local = localName(s, name);
  if (local === null) return;
  if (PROPERTY_CHANGE.test(local)) {
    s.oldProperties--;
    return;
  }
  if (s.oldProperties > 0) return;
  switch (local) {
    case 'tbl':
      s.openTables.pop();
      break;
    case 'tc': {
      const table = innermost(s.openTables);
      if (table) table.cellOpen = false;
      break;
    }
    case 'p':
      closeParagraph(s);
      break;
    case 't':
      s.inText = false;
      break;
    case 'sdt':
      s.sdtPlaceholder.pop();
      break;
    case 'sdtContent':
      if (innermost(s.sdtPlaceholder)) s.mute--;
      break;
    default:
      if (MUTED.has(local)) s.mute--;
  }
}

/** A paragraph's text goes to the open cell, or to the body's paragraphs outside any table. */
function closeParagraph(s: BodyState): void {
  const text = (s.openParagraphs.pop() ?? []).join('');
  const table = innermost(s.openTables);
  if (table?.cellOpen) {
    const row = innermost(table.rows);
    if (row) innermost(row.cells)?.paras.push(text);
  } else if (!table && text.trim() !== '') s.paragraphs.push(text.trim());
}
