import type ExcelJS from 'exceljs';
import { ESTIMATE_LAYOUT_V1 } from '../../engine/read/estimate/layout';
import { TENGE, addr, formula, input, label, nonNegative, shadeRow, statusCell, unitList } from '../kit';
import type { Labels } from '../labels';
import type { EstimateItem } from './estimate';

/**
 * The lines of the estimate table, written downwards from a cursor: items, groups and sections
 * with their subtotal formulas, each returning the sums it wrote so the caller can cache results.
 */

export const C = ESTIMATE_LAYOUT_V1.columns;
/** A layout column (0-based) as exceljs's 1-based column. */
export const col = (c: number) => c + 1;
export const STATUS = col(ESTIMATE_LAYOUT_V1.status);

export interface Sums {
  total: number;
  own: number;
  grant: number;
}
export const add = (a: Sums, b: Sums): Sums => ({
  total: a.total + b.total,
  own: a.own + b.own,
  grant: a.grant + b.grant,
});
export const ZERO: Sums = { total: 0, own: 0, grant: 0 };

/** The sheet being written, its next free row and the row of each label written so far. */
export interface Cursor {
  ws: ExcelJS.Worksheet;
  L: Labels['estimate'];
  row: number;
  /** Row of every line by its label (first occurrence). */
  rowOf: Map<string, number>;
}

const money = (at: Cursor, r: number, c: number, f: string, result: number) =>
  formula(at.ws, r, col(c), { formula: f, result }, TENGE);

const remember = (at: Cursor, text: string, r: number) => {
  if (text && !at.rowOf.has(text)) at.rowOf.set(text, r);
};

/** One line: quantity × unit cost, own contribution typed, grant funds the rest. */
export function writeItem(at: Cursor, it: EstimateItem, fixedLabel?: string): Sums {
  const { ws, L } = at;
  const r = at.row++;
  if (fixedLabel) label(ws, r, col(C.label), fixedLabel);
  else input(ws, r, col(C.label), it.label || null);
  remember(at, fixedLabel ?? it.label, r);
  input(ws, r, col(C.number), null);
  input(ws, r, col(C.unit), it.unit || null);
  unitList(ws, addr(r, col(C.unit)), L.units);
  input(ws, r, col(C.qty), it.qty);
  nonNegative(ws, addr(r, col(C.qty)));
  input(ws, r, col(C.unitCost), it.cost, TENGE);
  nonNegative(ws, addr(r, col(C.unitCost)));
  const total = (it.qty ?? 0) * (it.cost ?? 0);
  money(at, r, C.total, `${addr(r, col(C.qty))}*${addr(r, col(C.unitCost))}`, total);
  input(ws, r, col(C.own), it.own, TENGE);
  nonNegative(ws, addr(r, col(C.own)));
  const own = it.own ?? 0;
  money(at, r, C.grant, `${addr(r, col(C.total))}-${addr(r, col(C.own))}`, total - own);
  input(ws, r, col(C.note), it.note || null);
  ws.getCell(r, col(C.note)).alignment = { wrapText: true, vertical: 'top' };
  statusCell(ws, r, STATUS);
  return { total, own, grant: total - own };
}

/** A group or section row summing the rows under it; nested SUBTOTALs are not counted twice. */
export function writeSubtotal(at: Cursor, r: number, first: number, last: number, sums: Sums): void {
  for (const [c, v] of [
    [C.total, sums.total],
    [C.own, sums.own],
    [C.grant, sums.grant],
  ] as const) {
    const L0 = addr(first, col(c));
    const L1 = addr(Math.max(first, last), col(c));
    money(at, r, c, `SUBTOTAL(9,${L0}:${L1})`, v);
  }
  for (const c of [C.number, C.unit, C.qty, C.unitCost, C.note])
    at.ws.getCell(r, col(c)).protection = { locked: true };
  statusCell(at.ws, r, STATUS);
  shadeRow(at.ws, r, 1, STATUS - 1);
}

/** A titled group of items ("…, соның ішінде:"); `fixed` gives the items whose label is the form's. */
export function writeGroup(
  at: Cursor,
  title: string,
  items: EstimateItem[],
  editable: boolean,
  fixed?: (i: number) => string | undefined,
): Sums {
  const r = at.row++;
  if (editable) input(at.ws, r, col(C.label), title);
  else label(at.ws, r, col(C.label), title, true);
  remember(at, title, r);
  let sums = ZERO;
  items.forEach((it, i) => (sums = add(sums, writeItem(at, it, fixed?.(i)))));
  writeSubtotal(at, r, r + 1, at.row - 1, sums);
  return sums;
}

/** A numbered section whose lines `body` writes; its row sums them. */
export function writeSection(
  at: Cursor,
  number: string,
  title: string,
  body: () => Sums,
): { row: number; sums: Sums } {
  const r = at.row++;
  label(at.ws, r, col(C.number), number, true);
  label(at.ws, r, col(C.label), title, true);
  const sums = body();
  writeSubtotal(at, r, r + 1, at.row - 1, sums);
  return { row: r, sums };
}
