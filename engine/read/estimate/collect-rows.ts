import type { Sheet } from '../../grid/grid';
import type { Estimate, InvalidValue } from '../../model/estimate';
import { norm } from '../text';
import type { EstimateHeader } from './header';
import { hasLineFigures, isBlank, readRowCells, type RowCells } from './row-cells';
import { SECTION_SUBTOTAL, TOTAL_ROW } from './vocabulary';

/** The table's rows between the header and the grand total, with what was set aside on the way. */
export interface CollectedRows {
  rows: RowCells[];
  grandTotal: Estimate['grandTotal'];
  /** Grid rows of section subtotals ("Итого по разделу 1"): they repeat the section's own total. */
  subtotals: number[];
  /** Grid row of the grand total, or of the last non-blank row when there is none. */
  lastRow: number;
  invalid: InvalidValue[];
}

/** The texts of a row, normalised, for telling a repeated header row. */
function rowText(sheet: Sheet, r: number): string {
  const texts: string[] = [];
  for (let c = 0; c < sheet.width(r); c++) texts.push(norm(sheet.text(r, c)));
  return texts.join('|').replace(/\|+$/, '');
}

/** Tells the header's rows when they come again inside the table, as a Word table split by pages repeats them. */
function repeatedHeader(sheet: Sheet, header: EstimateHeader): (r: number) => boolean {
  const rows = new Set<string>();
  const labels = new Set<string>();
  for (let r = header.top; r <= header.bottom; r++) {
    rows.add(rowText(sheet, r));
    labels.add(sheet.text(r, header.columns.label));
  }
  rows.delete('');
  // The label cell first: the whole row is compared only when it could be a header.
  return (r) => labels.has(sheet.text(r, header.columns.label)) && rows.has(rowText(sheet, r));
}

/** Reads every row under the header down to the grand total ("Итого", "Барлығы") or `stop`. */
export function collectRows(sheet: Sheet, header: EstimateHeader, stop: number): CollectedRows {
  const invalid: InvalidValue[] = [];
  const rows: RowCells[] = [];
  const subtotals: number[] = [];
  let grandTotal: Estimate['grandTotal'] = null;
  let lastRow = header.bottom;
  const isHeader = repeatedHeader(sheet, header);
  for (let r = header.bottom + 1; r <= Math.min(stop, sheet.rowCount - 1); r++) {
    if (isHeader(r)) continue;
    const cells = readRowCells(sheet, r, header.columns, invalid);
    const totalText = cells.label ? cells.normLabel : norm(cells.number);
    if (SECTION_SUBTOTAL.test(totalText) && !hasLineFigures(cells)) {
      subtotals.push(r);
      continue;
    }
    if (TOTAL_ROW.test(totalText) && !hasLineFigures(cells)) {
      grandTotal = { row: sheet.sheetRow(r), total: cells.total, own: cells.own, grant: cells.grant };
      lastRow = r;
      break;
    }
    if (!isBlank(cells)) lastRow = r;
    rows.push(cells);
  }
  return { rows, grandTotal, subtotals, lastRow, invalid };
}
