import { dateFromSerial, dateText } from '../grid/excel-date';
import { a1 } from '../grid/address';
import type { Cell, Grid, Merge } from '../grid/grid';
import { ReadError } from '../unreadable/error';
import { MAX_COL, MAX_ROW, digitsValue, floatAt, intAt, parseRef, parsed } from './cell-ref';
import type { ReadLimits } from './limits';
import type { ValueStyle } from './number-formats';
import { ElementStream, TagAttributes, decodeRange, find, nameEnds, tagAt, textOf } from './xml';

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

const [R, S, T] = [0, 1, 2];
const [F_T, F_SI, F_REF] = [0, 1, 2];

/** An Excel serial date as the forms show dates (dd.mm.yyyy, UTC); a serial no date can have stays a number. */
function serialToText(serial: number, date1904: boolean): string | number {
  const d = dateFromSerial(serial, date1904);
  if (Number.isNaN(d.getTime())) return serial;
  return dateText(d);
}

/** A cell's type (`t`), as one of the few strings it can be without cutting one out of the part. */
function typeOf(xml: string, start: number, end: number): string {
  if (start < 0) return 'n';
  const length = end - start;
  if (length === 1) {
    const t = xml.charCodeAt(start);
    if (t === 0x73) return 's';
    if (t === 0x6e) return 'n';
    if (t === 0x62) return 'b';
    if (t === 0x65) return 'e';
  } else if (length === 3 && xml.startsWith('str', start)) return 'str';
  else if (length === 9 && xml.startsWith('inlineStr', start)) return 'inlineStr';
  return xml.slice(start, end);
}

/** Cells and merges in a piece of sheet XML, counted without parsing them. */
function countCells(xml: string): number {
  let n = 0;
  for (const tag of ['<c ', '<c>', '<c/>', '<mergeCell '])
    for (let at = xml.indexOf(tag); at >= 0; at = xml.indexOf(tag, at + tag.length)) n++;
  return n;
}

/** Where a cell's first <f…>, <v> and <is> start (-1 when it has none), found in one pass. */
const child = { f: -1, v: -1, is: -1 };
function findChildren(xml: string, start: number, end: number): void {
  child.f = child.v = child.is = -1;
  for (let at = xml.indexOf('<', start); at >= 0 && at < end; at = xml.indexOf('<', at + 1)) {
    const c = xml.charCodeAt(at + 1);
    if (c === 0x66) {
      if (child.f < 0 && nameEnds(xml, at + 2)) child.f = at;
    } else if (c === 0x76) {
      if (child.v < 0 && xml.charCodeAt(at + 2) === 0x3e) child.v = at;
    } else if (c === 0x69 && child.is < 0 && xml.startsWith('<is>', at)) child.is = at;
  }
}

/** The content of the `<open>…</close>` starting at `at` (-1: none) before `end`: its start, its end in `contentEnd`; -1 when it does not close. */
let contentEnd = 0;
function contentAt(xml: string, at: number, open: string, close: string, end: number): number {
  if (at < 0) return -1;
  const stop = find(xml, close, at + open.length, end);
  if (stop < 0) return -1;
  contentEnd = stop;
  return at + open.length;
}

/**
 * The attributes read from each tag, shared by every parser: a tag's are read and used before the
 * next tag is read (four readers made for each sheet were 1 % of a 1 000-workbook portfolio's
 * instructions).
 */
const CELL_TAG = new TagAttributes(['r', 's', 't']);
const ROW_TAG = new TagAttributes(['r']);
const FORMULA_TAG = new TagAttributes(['t', 'si', 'ref']);
const MERGE_TAG = new TagAttributes(['ref']);

/**
 * One worksheet part, parsed as it streams in (or whole, when small): rows are kept only where
 * cells exist (the arrays are sparse), merged ranges as ranges. A malformed reference or merge is
 * skipped, not fatal; a row or cell without its reference (`r` is optional in OOXML) follows the
 * one before it. Past the workbook's cell limit nothing more is stored: the rest of the sheet is
 * only counted, so that the refusal can say how large it is.
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
  /** Where, in the piece being parsed, no </c> follows any more. */
  private closeless = Infinity;

  constructor(
    private readonly name: string,
    private readonly ctx: WorkbookContext,
  ) {
    this.stream = new ElementStream(
      ['</row>', '</c>', '</mergeCells>'],
      (xml) => this.parse(xml),
      ctx.limits.maxElementChars,
      () => this.tooLarge(),
    );
  }

  /** The next piece of the part; `last` when it is the end of the part (a small part comes whole). */
  push(text: string, last = false): void {
    this.stream.push(text, last);
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

  private tooLarge(): ReadError {
    return new ReadError('cell-too-large', { sheet: this.name, limit: this.ctx.limits.maxElementChars });
  }

  /** Counts one more stored cell or merge; false once past the limit (then nothing is stored). */
  private count(): boolean {
    this.overLimit ||= ++this.ctx.stored.count > this.ctx.limits.maxCells;
    return !this.overLimit;
  }

  /**
   * Rows, cells and merges in order, by hand: `<row …>` starts a row, `<c …/>` or `<c …>…</c>` is
   * a cell, `<mergeCell ref=…>` a merge (no second pass over the part to look for merges).
   */
  private parse(xml: string): void {
    if (this.overLimit) {
      this.ctx.stored.count += countCells(xml);
      return;
    }
    this.closeless = Infinity;
    for (let at = xml.indexOf('<'); at >= 0;) {
      const next = xml.charCodeAt(at + 1);
      const gt = next === 0x63 || next === 0x72 || next === 0x6d ? xml.indexOf('>', at) : -2;
      if (gt === -1) break;
      if (next === 0x63 && nameEnds(xml, at + 2)) {
        const after = this.cell(xml, at, gt);
        if (after < 0) {
          this.ctx.stored.count += countCells(xml.slice(-after));
          return;
        }
        at = xml.indexOf('<', after);
      } else if (next === 0x72 && xml.startsWith('row', at + 1) && nameEnds(xml, at + 4)) {
        this.startRow(xml, at + 4, gt);
        at = xml.indexOf('<', gt);
      } else if (next === 0x6d && xml.startsWith('mergeCell', at + 1) && nameEnds(xml, at + 10)) {
        const ref = MERGE_TAG.scan(xml, at + 10, gt);
        this.merge(xml, ref.start[0]!, ref.end[0]!);
        at = xml.indexOf('<', gt);
      } else at = xml.indexOf('<', at + 1);
    }
  }

  private startRow(xml: string, from: number, to: number): void {
    const r = ROW_TAG.scan(xml, from, to);
    const start = r.start[R]!;
    const digits = start < 0 ? -1 : digitsValue(xml, start, r.end[R]!);
    const n = digits >= 0 || start < 0 ? digits : Number(xml.slice(start, r.end[R]));
    this.row = Number.isInteger(n) && n >= 1 && n <= MAX_ROW ? n - 1 : this.row + 1;
    this.col = 0;
  }

  /**
   * The cell whose tag starts at `at` (its first '>' at `gt`): stored where it belongs. Returns
   * where the cell ends, or minus that once the cell limit is passed (the rest is only counted).
   */
  private cell(xml: string, at: number, gt: number): number {
    const selfClosing = xml.charCodeAt(gt - 1) === 0x2f;
    // Where the content ends (none for <c …/>).
    const close = selfClosing ? gt + 1 : gt >= this.closeless ? -1 : xml.indexOf('</c>', gt);
    // A cell that never closes is no cell (what follows may still be; no later one closes).
    if (close < 0) {
      this.closeless = gt;
      return at + 1;
    }
    const end = selfClosing ? gt + 1 : close + 4;
    if (end - at > this.ctx.limits.maxElementChars) throw this.tooLarge();
    const tag = CELL_TAG.scan(xml, at + 2, selfClosing ? gt - 1 : gt);
    if (tag.has(R) ? !parseRef(xml, tag.start[R]!, tag.end[R]!) : !this.nextCell()) return end;
    const { row, col } = parsed;
    this.row = row;
    this.col = col + 1;
    const cell = this.toCell(xml, gt + 1, close);
    if (cell === null) return end;
    if (!this.count()) return -end;
    (this.cells[row] ??= [])[col] = cell;
    return end;
  }

  /** The address of the cell being read, as written (a shared formula's dependants are named by it). */
  private refOf(xml: string): string {
    const tag = CELL_TAG;
    return tag.has(R) ? xml.slice(tag.start[R], tag.end[R]) : a1(this.row, this.col - 1);
  }

  private nextCell(): boolean {
    parsed.row = Math.max(this.row, 0);
    parsed.col = this.col;
    return parsed.row < MAX_ROW && this.col < MAX_COL;
  }

  /** A merged range "A1:C2" (or "A1") from `start` to `end`; anything else is skipped. */
  private merge(xml: string, start: number, end: number): void {
    if (start < 0 || start === end) return;
    const colon = xml.indexOf(':', start);
    const second = colon < 0 || colon >= end ? -1 : xml.indexOf(':', colon + 1);
    const firstEnd = colon < 0 || colon >= end ? end : colon;
    if (!parseRef(xml, start, firstEnd)) return;
    const [top, left] = [parsed.row, parsed.col];
    if (firstEnd < end && !parseRef(xml, colon + 1, second < 0 || second >= end ? end : second)) return;
    if (parsed.row < top || parsed.col < left) return;
    if (!this.count()) return;
    this.merges.push({ top, left, bottom: parsed.row, right: parsed.col });
  }

  /** The cell of the tag read last into CELL_TAG, its content from `start` to `end`. */
  private toCell(xml: string, start: number, end: number): Cell | null {
    const tag = CELL_TAG;
    const s = tag.start[S]!;
    const styleIndex = s < 0 ? -1 : digitsValue(xml, s, tag.end[S]!);
    const style =
      s < 0 ? undefined : this.ctx.styles[styleIndex >= 0 ? styleIndex : Number(xml.slice(s, tag.end[S]))];
    const t = typeOf(xml, tag.start[T]!, tag.end[T]!);
    const cell = this.valueOf(xml, start, end, t, style?.isDate === true);
    if (cell === null) return null;
    if (style?.format !== undefined) cell.format = style.format;
    // A shared string is stored once and counted where it is read; any other text is a copy of its own.
    const text = t !== 's' && typeof cell.value === 'string' ? cell.value.length : 0;
    storeText(this.ctx, text + (cell.formula?.length ?? 0), this.name);
    return cell;
  }

  /** A number that is not finite (1e999, NaN: no Excel file holds one) stays the text as written. */
  private number(xml: string, start: number, end: number, isDate: boolean): string | number {
    const n = floatAt(xml, start, end);
    if (!Number.isFinite(n)) return decodeRange(xml, start, end);
    return isDate ? serialToText(n, this.ctx.date1904) : n;
  }

  /** The formula of a cell whose content (from `start` to `end`) has one; undefined when none. */
  private formulaOf(xml: string, end: number): string | undefined {
    for (let at = child.f; at >= 0; at = tagAt(xml, '<f', at + 2, end)) {
      const gt = xml.indexOf('>', at);
      if (gt < 0 || gt >= end) return undefined;
      const selfClosing = xml.charCodeAt(gt - 1) === 0x2f;
      const close = selfClosing ? gt : find(xml, '</f>', gt, end);
      if (close < 0) continue;
      const fa = FORMULA_TAG.scan(xml, at + 2, selfClosing ? gt - 1 : gt);
      const formula = selfClosing ? '' : decodeRange(xml, gt + 1, close);
      const si = fa.value(xml, F_SI);
      // A shared formula's dependants are named by the master's address, as exceljs did.
      if (fa.value(xml, F_T) !== 'shared' || si === undefined) return formula;
      if (fa.value(xml, F_REF)) this.sharedMasters.set(si, this.refOf(xml));
      else return this.sharedMasters.get(si) ?? formula;
      return formula;
    }
    return undefined;
  }

  private valueOf(xml: string, start: number, end: number, t: string, isDate: boolean): Cell | null {
    findChildren(xml, start, end);
    const formula = this.formulaOf(xml, end);
    const v = contentAt(xml, child.v, '<v>', '</v>', end);
    const vEnd = contentEnd;
    if (formula !== undefined) {
      if (v < 0 || v === vEnd) return { value: null, formula };
      if (t === 'e') return { value: null, formula, error: decodeRange(xml, v, vEnd) };
      if (t === 'str') return { value: decodeRange(xml, v, vEnd), formula };
      if (t === 'b') return { value: intAt(xml, v, vEnd) !== 0, formula };
      return { value: this.number(xml, v, vEnd, isDate), formula };
    }
    if (t === 'inlineStr') {
      const is = contentAt(xml, child.is, '<is>', '</is>', end);
      return is < 0 ? null : { value: textOf(xml, is, contentEnd) };
    }
    if (v < 0) return null;
    switch (t) {
      case 's':
        return { value: this.ctx.strings[intAt(xml, v, vEnd)] ?? null };
      case 'str':
        return { value: decodeRange(xml, v, vEnd) };
      case 'b':
        return { value: intAt(xml, v, vEnd) !== 0 };
      case 'e':
        return { value: null, error: decodeRange(xml, v, vEnd) };
      default:
        return { value: this.number(xml, v, vEnd, isDate) };
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
