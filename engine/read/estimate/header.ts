import type { Sheet } from '../../grid/grid';
import type { EstimateColumns } from '../../model/estimate';
import { isColumnNumberRow, matchColumns } from '../columns';
import { rowMayHaveRole } from '../header-index';
import { COLUMN_PATTERNS, type ColumnRole, ESTIMATE_HEADER_TEXT_MAX } from './vocabulary';

export interface EstimateHeader {
  /** Grid rows of the header band, inclusive. */
  top: number;
  bottom: number;
  columns: EstimateColumns;
}

function matchEstimateColumns(sheet: Sheet, top: number, bottom: number): Map<ColumnRole, number> {
  return matchColumns(sheet, top, bottom, COLUMN_PATTERNS, ESTIMATE_HEADER_TEXT_MAX);
}

function isHeader(has: (role: ColumnRole) => boolean): boolean {
  return has('label') && has('total') && (has('qty') || has('unitCost'));
}

/**
 * Finds the estimate's header anywhere on the sheet: one or two header rows (the second one
 * holds "own contribution / grant funds" under a merged "sources of funding").
 */
export function findEstimateHeader(sheet: Sheet, fromRow = 0): EstimateHeader | null {
  let r = fromRow;
  const indexed = (role: ColumnRole) => rowMayHaveRole(sheet, r, 'estimate', role);
  for (; r < sheet.rowCount; r++) {
    // Most rows are passed over on what their cells' texts are known to hold.
    if (!isHeader(indexed)) continue;
    const single = matchEstimateColumns(sheet, r, r);
    if (!isHeader((role) => single.has(role))) continue;
    const double = r + 1 < sheet.rowCount ? matchEstimateColumns(sheet, r, r + 1) : single;
    const useTwo = double.size > single.size;
    const found = useTwo ? double : single;
    let bottom = useTwo ? r + 1 : r;
    if (bottom + 1 < sheet.rowCount && isColumnNumberRow(sheet, bottom + 1)) bottom++;
    const col = (role: ColumnRole) => found.get(role) ?? null;
    return {
      top: r,
      bottom,
      columns: {
        number: col('number'),
        label: found.get('label')!,
        unit: col('unit'),
        qty: col('qty'),
        unitCost: col('unitCost'),
        total: found.get('total')!,
        own: col('own'),
        grant: col('grant'),
        note: col('note'),
      },
    };
  }
  return null;
}
