import { dateFromSerial, dateText } from '../grid/excel-date';
import { columnIndex } from '../grid/address';
import type { Cell, DefinedName, Grid, Merge, WorkbookGrid } from '../grid/grid';
import { UnreadableFileError } from './unreadable';
import { type ZipEntry, ZipError, checkZipSizes, isZip, readCentralDirectory } from './zip';
import { inflateEntry } from './zip-inflate';

/**
 * A lean .xlsx reader for what the engine needs: cell values (shared and inline strings),
 * formulas with their cached results, merged ranges and defined names. It gives the same
 * WorkbookGrid as the exceljs reader (read-xlsx.ts) at a fraction of the cost: exceljs builds
 * a full object model with styles for every cell, which dominates reading a portfolio.
 */

const ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (_, hex: string | undefined, dec: string | undefined, name: string | undefined) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : NAMED[name!]!,
  );
}

const ATTR = /([\w:]+)="([^"]*)"/g;
function attrs(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of s.matchAll(ATTR)) out[m[1]!] = decode(m[2]!);
  return out;
}

/** The text of every <t> in a string item, phonetic runs (<rPh>) left out. */
function textOf(xml: string): string {
  let out = '';
  for (const m of xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '').matchAll(/<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g))
    out += decode(m[1] ?? '');
  return out;
}

/** Built-in number formats that show dates or times (ECMA-376 18.8.30). */
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** As exceljs decides (utils.isDateFmt), so both readers turn the same cells into dates. */
function isDateFormat(code: string): boolean {
  return /[ymdhMsb]+/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** For each cell style index: whether it formats numbers as dates. */
function dateStyles(xml: string | null): boolean[] {
  if (xml === null) return [];
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<numFmt\b([^>]*)\/?>/g)) {
    const a = attrs(m[1]!);
    custom.set(Number(a.numFmtId), a.formatCode ?? '');
  }
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? '';
  return [...xfs.matchAll(/<xf\b([^>]*)>/g)].map((m) => {
    const id = Number(attrs(m[1]!).numFmtId ?? 0);
    const code = custom.get(id);
    return code !== undefined ? isDateFormat(code) : BUILTIN_DATE_FORMATS.has(id);
  });
}

/** An Excel serial date as read-xlsx.ts shows dates (dd.mm.yyyy, UTC). */
function serialToText(serial: number, date1904: boolean): string {
  return dateText(dateFromSerial(serial, date1904));
}

function parseRef(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref);
  if (!m) throw new ZipError(`bad cell reference ${ref}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]!) };
}

function parseMerges(xml: string): Merge[] {
  const out: Merge[] = [];
  for (const m of xml.matchAll(/<mergeCell\b[^>]*\bref="([^"]+)"/g)) {
    const [a, b] = m[1]!.split(':');
    const tl = parseRef(a!);
    const br = b ? parseRef(b) : tl;
    out.push({ top: tl.row, left: tl.col, bottom: br.row, right: br.col });
  }
  return out;
}

/** One attribute of a cell tag; cells are the bulk of a sheet, so no general attribute parsing. */
function attr(tag: string, name: string): string | undefined {
  const at = tag.indexOf(` ${name}="`);
  if (at < 0) return undefined;
  const start = at + name.length + 3;
  return tag.slice(start, tag.indexOf('"', start));
}

interface SheetContext {
  strings: readonly string[];
  dates: readonly boolean[];
  date1904: boolean;
}

const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const FORMULA = /<f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/;
const VALUE = /<v>([\s\S]*?)<\/v>/;
const INLINE = /<is>([\s\S]*?)<\/is>/;

function parseSheet(name: string, xml: string, ctx: SheetContext): Grid {
  const merges = parseMerges(xml);
  const covered = new Set<number>();
  for (const m of merges)
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(r * 16384 + c);
  const cells: (Cell | null)[][] = [];
  const sharedMasters = new Map<string, string>();
  const data = /<sheetData\b[^>]*>([\s\S]*?)<\/sheetData>/.exec(xml)?.[1] ?? '';
  for (const m of data.matchAll(CELL)) {
    const tag = m[1]!;
    const r = attr(tag, 'r');
    if (!r) continue;
    const { row, col } = parseRef(r);
    const body = m[2] ?? '';
    const cell = toCell(r, attr(tag, 't') ?? 'n', attr(tag, 's'), body, ctx, sharedMasters);
    // Covered parts of a merge stay empty, as in read-xlsx.ts.
    if (cell === null || covered.has(row * 16384 + col)) continue;
    const line = (cells[row] ??= []);
    line[col] = cell;
  }
  for (let r = 0; r < cells.length; r++) {
    const line = cells[r];
    if (line === undefined) cells[r] = [];
    else for (let c = 0; c < line.length; c++) if (line[c] === undefined) line[c] = null;
  }
  return { name, origin: 'A1', cells, merges };
}

function toCell(
  ref: string,
  t: string,
  style: string | undefined,
  body: string,
  ctx: SheetContext,
  sharedMasters: Map<string, string>,
): Cell | null {
  const isDate = ctx.dates[Number(style ?? 0)] === true;
  const f = FORMULA.exec(body);
  const v = VALUE.exec(body)?.[1];
  if (f) {
    const fa = attrs(f[1]!);
    let formula = decode(f[2] ?? '');
    // exceljs names a shared formula's dependants by the master's address.
    if (fa.t === 'shared' && fa.si !== undefined) {
      if (fa.ref) sharedMasters.set(fa.si, ref);
      else formula = sharedMasters.get(fa.si) ?? formula;
    }
    if (!v) return { value: null, formula };
    if (t === 'e') return { value: null, formula, error: decode(v) };
    if (t === 'str') return { value: decode(v), formula };
    if (t === 'b') return { value: parseInt(v, 10) !== 0, formula };
    const n = parseFloat(v);
    return { value: isDate ? serialToText(n, ctx.date1904) : n, formula };
  }
  if (t === 'inlineStr') {
    const is = INLINE.exec(body);
    return is ? { value: textOf(is[1]!) } : null;
  }
  if (v === undefined) return null;
  switch (t) {
    case 's':
      return { value: ctx.strings[parseInt(v, 10)] ?? null };
    case 'str':
      return { value: decode(v) };
    case 'b':
      return { value: parseInt(v, 10) !== 0 };
    case 'e':
      return { value: null, error: decode(v) };
    default: {
      const n = parseFloat(v);
      return { value: isDate ? serialToText(n, ctx.date1904) : n };
    }
  }
}

/** Targets of a relationships part, by id, resolved against the folder of the part they describe. */
function relationships(xml: string | null, base: string): Map<string, { type: string; target: string }> {
  const out = new Map<string, { type: string; target: string }>();
  if (xml === null) return out;
  for (const m of xml.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const a = attrs(m[1]!);
    if (!a.Id || !a.Target) continue;
    out.set(a.Id, { type: a.Type ?? '', target: resolvePath(base, a.Target) });
  }
  return out;
}

function resolvePath(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base === '' ? [] : base.split('/');
  for (const p of target.split('/')) {
    if (p === '..') parts.pop();
    else if (p !== '.') parts.push(p);
  }
  return parts.join('/');
}

/** Cell ranges of a defined name, as exceljs keeps them (constants and formulas are dropped). */
function nameRanges(text: string): string[] {
  const parts = text.match(/(?:'[^']*(?:''[^']*)*'|[^,'])+/g) ?? [];
  return parts.filter((p) => /^(?:'.+'|[^!]+)!\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?$/.test(p));
}

/** Reads an .xlsx from bytes. Anything that is not a workbook becomes an UnreadableFileError. */
export function readXlsxLean(bytes: Uint8Array, file: string): WorkbookGrid {
  if (!isZip(bytes))
    throw new UnreadableFileError(
      file,
      'not an .xlsx workbook (it is not a zip file; old .xls files must be saved as .xlsx)',
    );
  try {
    const entries = readCentralDirectory(bytes);
    checkZipSizes(entries);
    const part = (path: string): string | null => {
      const e: ZipEntry | undefined = entries.get(path);
      return e ? inflateEntry(bytes, e).toString('utf8') : null;
    };
    const root = relationships(part('_rels/.rels'), '');
    const bookPath =
      [...root.values()].find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
    const book = part(bookPath);
    if (book === null) throw new ZipError('the zip archive has no workbook part (xl/workbook.xml)');
    const dir = bookPath.includes('/') ? bookPath.slice(0, bookPath.lastIndexOf('/')) : '';
    const rels = relationships(part(`${dir}/_rels/${bookPath.slice(dir.length + 1)}.rels`), dir);
    const byType = (suffix: string) => [...rels.values()].find((r) => r.type.endsWith(suffix))?.target;
    const stringsXml = part(byType('/sharedStrings') ?? `${dir}/sharedStrings.xml`);
    const strings =
      stringsXml === null
        ? []
        : [...stringsXml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => textOf(m[1] ?? ''));
    const ctx: SheetContext = {
      strings,
      dates: dateStyles(part(byType('/styles') ?? `${dir}/styles.xml`)),
      date1904: /<workbookPr\b[^>]*\bdate1904="(?:1|true)"/.test(book),
    };
    const sheets: Grid[] = [];
    for (const m of book.matchAll(/<sheet\b([^>]*)\/?>/g)) {
      const a = attrs(m[1]!);
      if (a.state !== undefined && a.state !== 'visible') continue;
      const target = rels.get(a['r:id'] ?? '')?.target;
      const xml = target ? part(target) : null;
      if (xml !== null) sheets.push(parseSheet(a.name ?? '', xml, ctx));
    }
    const names: DefinedName[] = [];
    for (const m of book.matchAll(/<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g)) {
      const name = attrs(m[1]!).name ?? '';
      for (const ref of nameRanges(decode(m[2]!))) {
        const sheet = /^'?(.+?)'?!/.exec(ref)?.[1];
        names.push(sheet ? { name, sheet, ref } : { name, ref });
      }
    }
    return { file, sheets, names };
  } catch (e) {
    if (e instanceof ZipError) throw new UnreadableFileError(file, e.message);
    throw new UnreadableFileError(file, `cannot be read as .xlsx (${(e as Error).message})`);
  }
}
