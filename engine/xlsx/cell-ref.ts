/** Cell references and numbers read straight from the characters of a part, without cutting it. */

export const MAX_ROW = 1048576;
export const MAX_COL = 16384;

/** The row and column parsed last by parseRef, zero-based. */
export const parsed = { row: 0, col: 0 };

/**
 * A cell reference inside Excel's grid (`$?[A-Z]{1,3}$?\d{1,7}`, nothing around it) from `start`
 * to `end` of `xml`: true with the place in `parsed`, false for anything else.
 */
export function parseRef(xml: string, start: number, end: number): boolean {
  let p = start;
  if (xml.charCodeAt(p) === 0x24) p++;
  let col = 0;
  const letters = p;
  for (let c = xml.charCodeAt(p); p < end && c >= 0x41 && c <= 0x5a; c = xml.charCodeAt(++p))
    col = col * 26 + (c - 0x40);
  if (p === letters || p - letters > 3) return false;
  if (xml.charCodeAt(p) === 0x24) p++;
  const row = digitsValue(xml, p, end, 7);
  if (row < 1 || row > MAX_ROW || col > MAX_COL) return false;
  parsed.row = row - 1;
  parsed.col = col - 1;
  return true;
}

/** The number written from `start` to `end` in 1 to `max` decimal digits and nothing else; -1 otherwise. */
export function digitsValue(xml: string, start: number, end: number, max = 15): number {
  if (end <= start || end - start > max) return -1;
  let n = 0;
  for (let p = start; p < end; p++) {
    const d = xml.charCodeAt(p) - 0x30;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** parseInt(text, 10) of the text from `start` to `end`, cutting it only when it is not plain digits. */
export function intAt(xml: string, start: number, end: number): number {
  const n = digitsValue(xml, start, end);
  return n >= 0 ? n : parseInt(xml.slice(start, end), 10);
}

/** parseFloat of the text from `start` to `end`, cutting it only when it is not plain digits. */
export function floatAt(xml: string, start: number, end: number): number {
  const n = digitsValue(xml, start, end);
  return n >= 0 ? n : parseFloat(xml.slice(start, end));
}
