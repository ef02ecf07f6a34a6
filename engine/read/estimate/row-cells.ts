import type { Sheet } from '../../grid/grid';
import type { EstimateColumns, InvalidValue, NumberField } from '../../model/estimate';
import { MAX_AMOUNT, parseNumberCell } from '../number';
import { norm } from '../text';

/** One table row as read from the sheet: the texts and the numeric cells of the estimate's columns. */
export interface RowCells {
  /** Grid row (zero-based). */
  row: number;
  label: string;
  /** The label as norm() gives it: the classifier and the tree match their words on it. */
  normLabel: string;
  number: string;
  unit: string;
  qty: NumberField | null;
  unitCost: NumberField | null;
  total: NumberField;
  own: NumberField | null;
  grant: NumberField | null;
}

/** Reads one numeric cell; unreadable contents are recorded, never turned into 0. */
function readNumber(
  sheet: Sheet,
  row: number,
  col: number | null,
  invalid: InvalidValue[],
): NumberField | null {
  if (col === null) return null;
  const cell = sheet.address(row, col);
  const found = sheet.cell(row, col);
  const v = found?.value;
  // Most cells hold a plain figure: taken as it is, as parseNumberCell would take it.
  if (typeof v === 'number' && v >= 0 && v <= MAX_AMOUNT && !found!.error)
    return { value: v, cell, invalid: false };
  const parsed = parseNumberCell(found);
  if (parsed.kind === 'number') return { value: parsed.value, cell, invalid: false };
  if (parsed.kind === 'empty') return { value: null, cell, invalid: false };
  invalid.push({ cell, text: parsed.text, reason: parsed.reason });
  return { value: null, cell, invalid: true };
}

/** A row's top-level number ("2", "2.") as a number; null for "2.1", a letter or nothing. */
export function topNumber(number: string): number | null {
  const m = /^(\d+)\.?$/.exec(number);
  return m ? Number(m[1]) : null;
}

/** A text column's cell; '' when the table has no such column. */
const textAt = (sheet: Sheet, row: number, col: number | null): string =>
  col === null ? '' : sheet.text(row, col);

export function readRowCells(
  sheet: Sheet,
  row: number,
  cols: EstimateColumns,
  invalid: InvalidValue[],
): RowCells {
  const label = textAt(sheet, row, cols.label);
  return {
    row,
    label,
    normLabel: norm(label),
    number: textAt(sheet, row, cols.number),
    unit: textAt(sheet, row, cols.unit),
    qty: readNumber(sheet, row, cols.qty, invalid),
    unitCost: readNumber(sheet, row, cols.unitCost, invalid),
    total: readNumber(sheet, row, cols.total, invalid)!,
    own: readNumber(sheet, row, cols.own, invalid),
    grant: readNumber(sheet, row, cols.grant, invalid),
  };
}

export const present = (f: NumberField | null): boolean => f !== null && (f.value !== null || f.invalid);

/** Quantity or unit cost: what only an item row has. */
export function hasLineFigures(r: RowCells): boolean {
  return present(r.qty) || present(r.unitCost);
}

export function isBlank(r: RowCells): boolean {
  return (
    !r.label &&
    !r.number &&
    !r.unit &&
    !hasLineFigures(r) &&
    !present(r.total) &&
    !present(r.own) &&
    !present(r.grant)
  );
}

/** quantity × unit cost when both are there, else the written total. */
export function intendedTotal(r: RowCells): number {
  const q = r.qty?.value;
  const c = r.unitCost?.value;
  if (q !== null && q !== undefined && c !== null && c !== undefined) return q * c;
  return r.total.value ?? 0;
}

export function closeEnough(a: number, b: number): boolean {
  return Math.round(a * 100) === Math.round(b * 100);
}
