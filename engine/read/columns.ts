import type { Sheet } from '../grid/grid';
import { firstMatch } from './memo';
import { norm } from './text';

/**
 * norm() of a cell's text. norm() remembers its answers by text, and a cell's text is the same
 * string each time it is asked for, so its hash is computed once: no cache per cell is needed.
 */
export function normAt(sheet: Sheet, row: number, col: number, followMerges = false): string {
  const cell = followMerges ? sheet.shown(row, col) : sheet.cell(row, col);
  if (cell === null) return '';
  const v = cell.value;
  // A finite number's text is already normal (digits, '.', '-', 'e+').
  if (typeof v === 'number' && !cell.error && Number.isFinite(v)) return String(v);
  if (typeof v === 'string' && !cell.error) return norm(v);
  return norm(sheet.text(row, col, followMerges));
}

/** Header text of a column over rows top..bottom, merged cells followed, repeats dropped. */
export function columnText(sheet: Sheet, top: number, bottom: number, col: number): string {
  if (top === bottom) return normAt(sheet, top, col, true);
  const parts: string[] = [];
  for (let r = top; r <= bottom; r++) {
    const t = normAt(sheet, r, col, true);
    if (t && !parts.includes(t)) parts.push(t);
  }
  return parts.join(' ');
}

/** Longer header texts are prose: matchColumns' default limit. */
export const HEADER_TEXT_MAX = 160;

/**
 * Roles of the columns of a header band: each column takes the first role whose pattern it
 * matches and that no column to its left took. Long texts are prose, not headers.
 */
export function matchColumns<R>(
  sheet: Sheet,
  top: number,
  bottom: number,
  patterns: ReadonlyArray<readonly [R, RegExp]>,
  maxLength = HEADER_TEXT_MAX,
): Map<R, number> {
  const found = new Map<R, number>();
  for (let c = 0, width = sheet.width(top, bottom); c < width; c++) {
    // Prose cells are never headers: skip them before paying for their normalisation.
    if (sheet.text(top, c, true).length > 2 * maxLength) continue;
    const text = columnText(sheet, top, bottom, c);
    if (!text || text.length > maxLength) continue;
    const role = firstMatch(text, patterns);
    if (role !== null && !found.has(role)) found.set(role, c);
  }
  return found;
}

/** A row of consecutive column numbers "1 2 3 …" printed under some official headers. */
export function isColumnNumberRow(sheet: Sheet, row: number): boolean {
  let expected = 1;
  let count = 0;
  for (let c = 0; c < sheet.width(row); c++) {
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
  for (let c = 0; c < sheet.width(row); c++) if (sheet.text(row, c) !== '') return false;
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
