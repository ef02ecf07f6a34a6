/** A1 addresses <-> zero-based row/column indexes. */

export function columnName(col: number): string {
  let name = '';
  let n = col + 1;
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

export function columnIndex(name: string): number {
  let n = 0;
  for (const ch of name.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Zero-based row and column to "B7". */
export function a1(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

export interface CellRef {
  row: number;
  col: number;
}

export function parseA1(ref: string): CellRef {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) throw new Error(`Not an A1 cell address: "${ref}"`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]!) };
}

/** "A3:I40" for a zero-based inclusive box. */
export function rangeA1(top: number, left: number, bottom: number, right: number): string {
  return `${a1(top, left)}:${a1(bottom, right)}`;
}
