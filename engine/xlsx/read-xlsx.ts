import type { DefinedName, Grid, WorkbookGrid } from '../grid/grid';
import { ReadError, UnreadableFileError, asUnreadable } from '../unreadable/error';
import { type OpenedZip, openZip } from '../zip/open-zip';
import { isZip } from '../zip/central-directory';
import { READ_LIMITS, type ReadLimits } from './limits';
import { valueStyles } from './number-formats';
import { SheetParser, type WorkbookContext, storeText } from './sheet-xml';
import { packageKind, sniffNonZip } from './sniff';
import { Unprefixer, unprefixed } from './unprefix';
import { ElementStream, TagAttributes, attrs, decode, eachTag, textOf } from './xml';

/**
 * The one .xlsx reader (check, portfolio, the add-in's preview and portfolio worker): cell
 * values (shared and inline strings), formulas with their cached results, number formats,
 * merged ranges and defined names, streamed through the guarded zip layer (engine/zip). exceljs
 * is used only to write workbooks.
 */

type Rels = Map<string, { type: string; target: string }>;

/** The attributes read from each tag, made once (a tag's are used before the next is read). */
const RELATIONSHIP = new TagAttributes(['Id', 'Type', 'Target', 'TargetMode']);
const SHEET = new TagAttributes(['name', 'state', 'r:id']);

/** Targets of a relationships part, by id, resolved against the folder of the part they describe. */
function relationships(xml: string | null, base: string): Rels {
  const out: Rels = new Map();
  if (xml === null) return out;
  eachTag(xml, '<Relationship', RELATIONSHIP, (a) => {
    const id = a.value(xml, 0);
    const target = a.value(xml, 2);
    if (!id || !target || a.value(xml, 3) === 'External') return;
    out.set(id, { type: a.value(xml, 1) ?? '', target: resolvePath(base, target) });
  });
  return out;
}

function resolvePath(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  // Without a '.' or '..' step (the usual case) it is only joined.
  if (!target.includes('./') && !target.endsWith('.')) return base === '' ? target : `${base}/${target}`;
  const parts = base === '' ? [] : base.split('/');
  for (const p of target.split('/')) {
    if (p === '..') parts.pop();
    else if (p !== '.') parts.push(p);
  }
  return parts.join('/');
}

function relsOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Cell ranges of a defined name, as exceljs kept them (constants and formulas are dropped). */
function nameRanges(text: string): string[] {
  const parts = text.match(/(?:'[^']*(?:''[^']*)*'|[^,'])+/g) ?? [];
  return parts.filter((p) => /^(?:'.+'|[^!]+)!\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?$/.test(p));
}

function definedNames(book: string): DefinedName[] {
  const names: DefinedName[] = [];
  for (const m of book.matchAll(/<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g)) {
    const name = attrs(m[1]!).name ?? '';
    for (const ref of nameRanges(decode(m[2]!))) {
      const sheet = /^'?(.+?)'?!/.exec(ref)?.[1];
      names.push(sheet ? { name, sheet, ref } : { name, ref });
    }
  }
  return names;
}

/** The shared strings; a part the relationships name but the zip lacks would blank every text cell, so it is refused. */
function sharedStrings(zip: OpenedZip, path: string | undefined, ctx: WorkbookContext): string[] {
  const strings: string[] = [];
  if (path === undefined) return strings;
  const { limits } = ctx;
  const tooLarge = () => new ReadError('cell-too-large', { sheet: path, limit: limits.maxElementChars });
  // Each <si>…</si> (only the bare tag, as Excel writes it) or <si/>, by hand: there are thousands.
  const parse = (xml: string) => {
    // Once an item is left unclosed, no later <si> closes (a later <si/> still counts).
    let closes = true;
    for (let at = xml.indexOf('<si'); at >= 0; at = xml.indexOf('<si', at + 3)) {
      const next = xml.charCodeAt(at + 3);
      let text = '';
      if (next === 0x3e) {
        const close: number = closes ? xml.indexOf('</si>', at + 4) : -1;
        closes = close >= 0;
        if (!closes) continue;
        if (close + 5 - at > limits.maxElementChars) throw tooLarge();
        text = textOf(xml, at + 4, close);
        at = close + 2;
      } else if (next !== 0x2f || xml.charCodeAt(at + 4) !== 0x3e) continue;
      storeText(ctx, text.length, path);
      strings.push(text);
    }
  };
  const stream = new ElementStream(['</si>', '<si/>'], parse, limits.maxElementChars, tooLarge);
  if (!streamSpreadsheetML(zip, path, (t, last) => stream.push(t, last)))
    throw new ReadError('missing-part', { part: path });
  stream.end();
  return strings;
}

/** A SpreadsheetML part's text, its element names without a prefix (see unprefix.ts); null when absent. */
function spreadsheetML(zip: OpenedZip, path: string): string | null {
  const text = zip.text(path);
  return text === null ? null : unprefixed(text);
}

/** The same, streamed piece by piece (zip.streamText); false when the part is absent. */
function streamSpreadsheetML(
  zip: OpenedZip,
  path: string,
  onText: (text: string, last: boolean) => void,
): boolean {
  const names = new Unprefixer();
  return zip.streamText(path, (t, last) => onText(names.push(t, last), last));
}

/** The workbook part and its XML, found through the package relationships (never by file name). */
function workbookPart(zip: OpenedZip): { path: string; xml: string } {
  const notXlsx = () =>
    new ReadError('not-xlsx', {
      kind: packageKind(zip.names(), zip.has('mimetype') ? zip.text('mimetype') : null),
    });
  const root = relationships(zip.text('_rels/.rels'), '');
  const path = [...root.values()].find((r) => r.type.endsWith('/officeDocument'))?.target;
  if (path === undefined || /^(word|ppt)\//.test(path)) throw notXlsx();
  const xml = spreadsheetML(zip, path);
  if (xml === null) throw new ReadError('missing-part', { part: path });
  if (!/<workbook\b/.test(xml)) throw notXlsx();
  return { path, xml };
}

function readWorkbook(zip: OpenedZip, file: string, limits: ReadLimits): WorkbookGrid {
  const { path: bookPath, xml: book } = workbookPart(zip);
  const rels = relationships(
    zip.text(relsOf(bookPath)),
    bookPath.slice(0, Math.max(0, bookPath.lastIndexOf('/'))),
  );
  const byType = (suffix: string) => [...rels.values()].find((r) => r.type.endsWith(suffix))?.target;
  const stylesPart = byType('/styles');
  const ctx: WorkbookContext = {
    strings: [],
    styles: valueStyles(stylesPart === undefined ? null : spreadsheetML(zip, stylesPart)),
    date1904: /<workbookPr\b[^>]*\bdate1904="(?:1|true)"/.test(book),
    limits,
    stored: { count: 0, chars: 0 },
  };
  ctx.strings = sharedStrings(zip, byType('/sharedStrings'), ctx);
  const sheets: Grid[] = [];
  const visible: { name: string; part: string }[] = [];
  eachTag(book, '<sheet', SHEET, (a) => {
    const state = a.value(book, 1);
    if (state !== undefined && state !== 'visible') return;
    const rel = rels.get(a.value(book, 2) ?? '');
    // Chart sheets and dialog sheets hold no cells.
    if (rel !== undefined && rel.type.endsWith('/worksheet'))
      visible.push({ name: a.value(book, 0) ?? '', part: rel.target });
  });
  for (const { name, part } of visible) {
    const parser = new SheetParser(name, ctx);
    if (!streamSpreadsheetML(zip, part, (t, last) => parser.push(t, last)))
      throw new ReadError('missing-part', { part });
    sheets.push(parser.finish());
  }
  return { file, sheets, names: definedNames(book) };
}

/** Reads an .xlsx from its bytes. Anything that is not a readable workbook is an UnreadableFileError with a code. */
export function readXlsx(
  data: Uint8Array | ArrayBuffer,
  file: string,
  limits: ReadLimits = READ_LIMITS,
): WorkbookGrid {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.length > limits.maxFileBytes)
    throw new UnreadableFileError(file, 'too-large', { size: bytes.length, limit: limits.maxFileBytes });
  if (!isZip(bytes)) throw new UnreadableFileError(file, sniffNonZip(bytes));
  try {
    return readWorkbook(openZip(bytes, file), file, limits);
  } catch (e) {
    throw asUnreadable(file, e);
  }
}
