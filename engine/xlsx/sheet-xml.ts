import { dateFromSerial, dateText } from '../grid/excel-date';
import { a1, columnIndex } from '../grid/address';
import type { Cell, Grid, Merge } from '../grid/grid';
import { ReadError } from '../unreadable/error';
import type { ReadLimits } from './limits';
import type { ValueStyle } from './number-formats';
import { ElementStream, attr, attrs, decode, textOf } from './xml';

/** What every sheet of a workbook shares. */
export interface WorkbookContext {
  strings: readonly string[];
  styles: readonly ValueStyle[];
  date1904: boolean;
  limits: ReadLimits;
  /** Cells and characters of text stored so far in the workbook, against limits.maxCells and maxTextChars. */
  stored: { count: number; chars: number };
}

/** Counts text the workbook keeps; past the limit the file is refused, naming the part that took it there. */
export function storeText(ctx: WorkbookContext, chars: number, where: string): void {
  ctx.stored.chars += chars;
  if (ctx.stored.chars > ctx.limits.maxTextChars)
    throw new ReadError('too-much-text', { sheet: where, limit: ctx.limits.maxTextChars });
}

/** A row's start tag (its attributes in 1) or a cell (attributes in 2, content in 3). */
const ROW_OR_CELL = /<row\b([^>]*)>|<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const FORMULA = /<f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/;
const VALUE = /<v>([\s\S]*?)<\/v>/;
const INLINE = /<is>([\s\S]*?)<\/is>/;
const MERGE = /<mergeCell\b[^>]*\bref="([^"]+)"/g;
const REF = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/;
const MAX_ROW = 1048576;
const MAX_COL = 16384;

/** An Excel serial date as the forms show dates (dd.mm.yyyy, UTC); a serial no date can have stays a number. */
function serialToText(serial: number, date1904: boolean): string | number {
  const d = dateFromSerial(serial, date1904);
  if (Number.isNaN(d.getTime())) return serial;
  return dateText(d);
}

/** A cell reference inside Excel's grid, zero-based; null for anything else. */
function parseRef(ref: string): { row: number; col: number } | null {
  const m = REF.exec(ref);
  if (!m) return null;
  const row = Number(m[2]) - 1;
  const col = columnIndex(m[1]!);
  return row >= 0 && row < MAX_ROW && col >= 0 && col < MAX_COL ? { row, col } : null;
}

/** Cells and merges in a piece of sheet XML, counted without parsing them. */
function countCells(xml: string): number {
  let n = 0;
  for (const tag of ['<c ', '<c>', '<c/>', '<mergeCell '])
    for (let at = xml.indexOf(tag); at >= 0; at = xml.indexOf(tag, at + tag.length)) n++;
  return n;
}

/**
 * One worksheet part, parsed as it streams in: rows are kept only where cells exist (the arrays
 * are sparse), merged ranges as ranges. A malformed reference or merge is skipped, not fatal; a
 * row or cell without its reference (`r` is optional in OOXML) follows the one before it.
 * Past the workbook's cell limit nothing more is stored: the rest of the sheet is only counted,
 * so that the refusal can say how large it is.
 */
export class SheetParser {
  private readonly cells: (Cell | null)[][] = [];
  private readonly merges: Merge[] = [];
  private readonly sharedMasters = new Map<string, string>();
  private readonly stream: ElementStream;
  /** Where a cell without a reference goes: the current row, the column after the last cell. */
  private row = -1;
  private col = 0;
  private overLimit = false;

  constructor(
    private readonly name: string,
    private readonly ctx: WorkbookContext,
  ) {
    this.stream = new ElementStream(
      ['</row>', '</c>', '</mergeCells>'],
      (xml) => this.parse(xml),
      ctx.limits.maxElementChars,
      () => new ReadError('cell-too-large', { sheet: name, limit: ctx.limits.maxElementChars }),
    );
  }

  push(text: string): void {
    this.stream.push(text);
  }

  finish(): Grid {
    this.stream.end();
    if (this.overLimit)
      throw new ReadError('too-many-cells', {
        sheet: this.name,
        count: this.ctx.stored.count,
        limit: this.ctx.limits.maxCells,
      });
    blankCovered(this.cells, this.merges);
    return { name: this.name, origin: 'A1', cells: this.cells, merges: this.merges };
  }

  /** Counts one more stored cell or merge; false once past the limit (then nothing is stored). */
  private count(): boolean {
    this.overLimit ||= ++this.ctx.stored.count > this.ctx.limits.maxCells;
    return !this.overLimit;
  }

  private parse(xml: string): void {
    if (this.overLimit) {
      this.ctx.stored.count += countCells(xml);
      return;
    }
    for (const m of xml.matchAll(ROW_OR_CELL)) {
      if (m[2] === undefined) {
        this.startRow(m[1]!);
        continue;
      }
      const tag = m[2];
      const r = attr(tag, 'r');
      const at = r === undefined ? this.nextCell() : parseRef(r);
      if (at === null) continue;
      this.row = at.row;
      this.col = at.col + 1;
      const cell = this.toCell(r ?? a1(at.row, at.col), tag, m[3] ?? '');
      if (cell === null) continue;
      if (!this.count()) {
        this.ctx.stored.count += countCells(xml.slice(m.index + m[0].length));
        return;
      }
      (this.cells[at.row] ??= [])[at.col] = cell;
    }
    this.parseMerges(xml);
  }

  private startRow(tag: string): void {
    const r = attr(tag, 'r');
    const n = r === undefined ? NaN : Number(r);
    this.row = Number.isInteger(n) && n >= 1 && n <= MAX_ROW ? n - 1 : this.row + 1;
    this.col = 0;
  }

  private nextCell(): { row: number; col: number } | null {
    const row = Math.max(this.row, 0);
    return row < MAX_ROW && this.col < MAX_COL ? { row, col: this.col } : null;
  }

  private parseMerges(xml: string): void {
    if (!xml.includes('<mergeCell')) return;
    for (const m of xml.matchAll(MERGE)) {
      const [a, b] = m[1]!.split(':');
      const tl = parseRef(a!);
      const br = b === undefined ? tl : parseRef(b);
      if (tl === null || br === null || br.row < tl.row || br.col < tl.col) continue;
      if (!this.count()) continue;
      this.merges.push({ top: tl.row, left: tl.col, bottom: br.row, right: br.col });
    }
  }

  private toCell(ref: string, tag: string, body: string): Cell | null {
    const s = attr(tag, 's');
    const style = s === undefined ? undefined : this.ctx.styles[Number(s)];
    const t = attr(tag, 't') ?? 'n';
    const cell = this.valueOf(ref, t, style?.isDate === true, body);
    if (cell === null) return null;
    if (style?.format !== undefined) cell.format = style.format;
    // A shared string is stored once and counted where it is read; any other text is a copy of its own.
    const text = t !== 's' && typeof cell.value === 'string' ? cell.value.length : 0;
    storeText(this.ctx, text + (cell.formula?.length ?? 0), this.name);
    return cell;
  }

  /** A number that is not finite (1e999, NaN: no Excel file holds one) stays the text as written. */
  private number(v: string, isDate: boolean): string | number {
    const n = parseFloat(v);
    if (!Number.isFinite(n)) return decode(v);
    return isDate ? serialToText(n, this.ctx.date1904) : n;
  }

  private valueOf(ref: string, t: string, isDate: boolean, body: string): Cell | null {
    const f = body.includes('<f') ? FORMULA.exec(body) : null;
    const v = VALUE.exec(body)?.[1];
    if (f) {
      const fa = attrs(f[1]!);
      let formula = decode(f[2] ?? '');
      // A shared formula's dependants are named by the master's address, as exceljs did.
      if (fa.t === 'shared' && fa.si !== undefined) {
        if (fa.ref) this.sharedMasters.set(fa.si, ref);
        else formula = this.sharedMasters.get(fa.si) ?? formula;
      }
      if (!v) return { value: null, formula };
      if (t === 'e') return { value: null, formula, error: decode(v) };
      if (t === 'str') return { value: decode(v), formula };
      if (t === 'b') return { value: parseInt(v, 10) !== 0, formula };
      return { value: this.number(v, isDate), formula };
    }
    if (t === 'inlineStr') {
      const is = INLINE.exec(body);
      return is ? { value: textOf(is[1]!) } : null;
    }
    if (v === undefined) return null;
    switch (t) {
      case 's':
        return { value: this.ctx.strings[parseInt(v, 10)] ?? null };
      case 'str':
        return { value: decode(v) };
      case 'b':
        return { value: parseInt(v, 10) !== 0 };
      case 'e':
        return { value: null, error: decode(v) };
      default:
        return { value: this.number(v, isDate) };
    }
  }
}

/**
 * Covered parts of a merge stay empty, as Excel shows them. Only stored cells are visited, so a
 * merge over a million rows costs what the cells under it cost, not its area.
 */
function blankCovered(cells: (Cell | null)[][], merges: readonly Merge[]): void {
  if (merges.length === 0) return;
  const present: number[] = [];
  cells.forEach((_, r) => present.push(r));
  for (const m of merges) {
    // The first stored row at or below the merge's top, by binary search.
    let lo = 0;
    let hi = present.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (present[mid]! < m.top) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < present.length && present[i]! <= m.bottom; i++) {
      const r = present[i]!;
      const row = cells[r]!;
      const right = Math.min(m.right, row.length - 1);
      if (right - m.left < 64) {
        for (let c = m.left; c <= right; c++) if ((r !== m.top || c !== m.left) && c in row) delete row[c];
      } else
        row.forEach((_, c) => {
          if (c >= m.left && c <= right && (r !== m.top || c !== m.left)) delete row[c];
        });
    }
  }
}
