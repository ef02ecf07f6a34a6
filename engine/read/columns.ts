import type { Sheet } from '../grid/grid';
import { norm } from './text';

/** Header text of a column over rows top..bottom, merged cells followed, repeats dropped. */
export function columnText(sheet: Sheet, top: number, bottom: number, col: number): string {
  const parts: string[] = [];
  for (let r = top; r <= bottom; r++) {
    const t = norm(sheet.text(r, col, true));
    if (t && !parts.includes(t)) parts.push(t);
  }
  return parts.join(' ');
}

/**
 * Roles of the columns of a header band: each column takes the first role whose pattern it
 * matches and that no column to its left took. Long texts are prose, not headers.
 */
export function matchColumns<R>(
  sheet: Sheet,
  top: number,
  bottom: number,
  patterns: ReadonlyArray<readonly [R, RegExp]>,
  maxLength = 160,
): Map<R, number> {
  const found = new Map<R, number>();
  for (let c = 0; c < sheet.colCount; c++) {
    const text = columnText(sheet, top, bottom, c);
    if (!text || text.length > maxLength) continue;
    for (const [role, pattern] of patterns) {
      if (pattern.test(text)) {
        if (!found.has(role)) found.set(role, c);
        break;
      }
    }
  }
  return found;
}

/** A row of consecutive column numbers "1 2 3 …" printed under some official headers. */
export function isColumnNumberRow(sheet: Sheet, row: number): boolean {
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

/** True when no cell of the row holds anything. */
export function isBlankRow(sheet: Sheet, row: number): boolean {
  for (let c = 0; c < sheet.colCount; c++) if (sheet.text(row, c) !== '') return false;
  return true;
}

/** Text of a cell as typed (line breaks kept) for values parsed by parseIndicator. */
export function rawText(sheet: Sheet, row: number, col: number): string {
  const c = sheet.cell(row, col);
  if (!c) return '';
  if (c.error) return c.error;
  if (c.value === null || c.value === undefined) return '';
  return String(c.value).trim();
}
