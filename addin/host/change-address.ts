import { columnIndex } from '../../engine/grid/address';

/** One area of a change address, zero-based and inclusive; whole rows or columns run to the sheet's edge. */
export interface ChangeArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Excel's last row and column (1 048 576 rows, XFD columns). */
const LAST_ROW = 1_048_575;
const LAST_COL = 16_383;

const CELL = /^\$?([A-Z]{1,3})\$?(\d+)$/;
const ROW = /^\$?(\d+)$/;
const COL = /^\$?([A-Z]{1,3})$/;

/**
 * A WorksheetChangedEventArgs.address → areas. Excel reports single cells ("B7"), ranges
 * ("B7:C9"), whole rows ("5:5", "5:9") and columns ("C:C"), and several areas at once
 * ("A1:B2,D4"), possibly with a sheet name. Null when the address is none of these: the caller
 * then treats the change as touching everything.
 */
export function parseChangeAddress(address: string): ChangeArea[] | null {
  const areas: ChangeArea[] = [];
  for (const raw of address.split(',')) {
    const part = raw
      .slice(raw.lastIndexOf('!') + 1)
      .trim()
      .toUpperCase();
    const [from = '', to = from] = part.split(':');
    const area = cellArea(from, to) ?? rowArea(from, to) ?? colArea(from, to);
    if (!area) return null;
    areas.push(area);
  }
  return areas.length > 0 ? areas : null;
}

function cellArea(from: string, to: string): ChangeArea | null {
  const a = CELL.exec(from);
  const b = CELL.exec(to);
  if (!a || !b) return null;
  const [r1, r2] = [Number(a[2]) - 1, Number(b[2]) - 1];
  const [c1, c2] = [columnIndex(a[1]!), columnIndex(b[1]!)];
  return { top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: Math.min(c1, c2), right: Math.max(c1, c2) };
}

function rowArea(from: string, to: string): ChangeArea | null {
  const a = ROW.exec(from);
  const b = ROW.exec(to);
  if (!a || !b) return null;
  const [r1, r2] = [Number(a[1]) - 1, Number(b[1]) - 1];
  return { top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: 0, right: LAST_COL };
}

function colArea(from: string, to: string): ChangeArea | null {
  const a = COL.exec(from);
  const b = COL.exec(to);
  if (!a || !b) return null;
  const [c1, c2] = [columnIndex(a[1]!), columnIndex(b[1]!)];
  return { top: 0, bottom: LAST_ROW, left: Math.min(c1, c2), right: Math.max(c1, c2) };
}

/** Whether every area of the change lies in one column below a row (our own status writes). */
export function onlyBelowIn(address: string, col: number, belowRow: number): boolean {
  const areas = parseChangeAddress(address);
  return areas !== null && areas.every((a) => a.left === col && a.right === col && a.top > belowRow);
}
