import type { Sheet } from '../../grid/grid';
import type { EstimateColumns } from '../../model/estimate';
import { norm } from '../text';
import { COLUMN_PATTERNS, type ColumnRole } from './vocabulary';

export interface EstimateHeader {
  /** Grid rows of the header band, inclusive. */
  top: number;
  bottom: number;
  columns: EstimateColumns;
}

/** Header text of a column over rows top..bottom, merged cells followed, duplicates dropped. */
function columnText(sheet: Sheet, top: number, bottom: number, col: number): string {
  const parts: string[] = [];
  for (let r = top; r <= bottom; r++) {
    const t = norm(sheet.text(r, col, true));
    if (t && !parts.includes(t)) parts.push(t);
  }
  return parts.join(' ');
}

function matchColumns(sheet: Sheet, top: number, bottom: number): Map<ColumnRole, number> {
  const found = new Map<ColumnRole, number>();
  for (let c = 0; c < sheet.colCount; c++) {
    const text = columnText(sheet, top, bottom, c);
    if (!text || text.length > 120) continue;
    for (const [role, pattern] of COLUMN_PATTERNS) {
      if (!found.has(role) && pattern.test(text)) {
        found.set(role, c);
        break;
      }
    }
  }
  return found;
}

function isHeader(found: Map<ColumnRole, number>): boolean {
  return found.has('label') && found.has('total') && (found.has('qty') || found.has('unitCost'));
}

/** A row of consecutive column numbers "1 2 3 …" printed under some official headers. */
function isColumnNumberRow(sheet: Sheet, row: number): boolean {
  let expected = 1;
  let count = 0;
  for (let c = 0; c < sheet.colCount; c++) {
    const t = sheet.text(row, c);
    if (!t) continue;
    if (t !== String(expected)) return false;
    expected++;
    count++;
  }
  return count >= 3;
}

/**
 * Finds the estimate's header anywhere on the sheet: one or two header rows (the second one
 * holds "own contribution / grant funds" under a merged "sources of funding").
 */
export function findEstimateHeader(sheet: Sheet, fromRow = 0): EstimateHeader | null {
  for (let r = fromRow; r < sheet.rowCount; r++) {
    const single = matchColumns(sheet, r, r);
    if (!isHeader(single)) continue;
    const double = r + 1 < sheet.rowCount ? matchColumns(sheet, r, r + 1) : single;
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
