import type { Cell, Grid, Merge } from '../../engine/grid/grid';
import { parseA1 } from '../../engine/grid/address';

const ERROR_VALUE =
  /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|BUSY!|CONNECT!|UNKNOWN!)$/;

type Scalar = string | number | boolean;

/** One Excel cell (its value and its formula-or-value, as Range.values/.formulas give them) → grid cell. */
export function toCell(value: unknown, formula: unknown): Cell | null {
  const f = typeof formula === 'string' && formula.startsWith('=') ? formula : undefined;
  const v: Scalar | null =
    typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null;
  // Excel reports an empty cell as "", which the engine reads as no cell at all.
  if ((v === '' || v === null) && !f) return null;
  if (typeof v === 'string' && ERROR_VALUE.test(v))
    return f ? { value: null, formula: f, error: v } : { value: null, error: v };
  const cell: Cell = { value: v === '' ? null : v };
  if (f) cell.formula = f;
  return cell;
}

/** "'My sheet'!B2:J31" → "B2" (the top-left cell of a range address). */
export function topLeftOf(address: string): string {
  const local = address.slice(address.lastIndexOf('!') + 1);
  return local.split(':')[0] ?? 'A1';
}

/** RangeAreas.address ("S!A1:B2,S!C3:C4") → merges relative to the grid's origin. */
export function mergesOf(areas: string, origin: string): Merge[] {
  if (!areas) return [];
  const o = parseA1(origin);
  return areas.split(',').flatMap((part) => {
    const local = part.slice(part.lastIndexOf('!') + 1);
    const [from, to] = local.split(':');
    if (!from || !to) return [];
    const a = parseA1(from);
    const b = parseA1(to);
    return [{ top: a.row - o.row, left: a.col - o.col, bottom: b.row - o.row, right: b.col - o.col }];
  });
}

/** Row chunks (values and formulas of the same rows) → one grid. */
export function toGrid(
  name: string,
  origin: string,
  chunks: readonly { start: number; values: unknown[][]; formulas: unknown[][] }[],
  merges: Merge[],
): Grid {
  const cells: (Cell | null)[][] = [];
  for (const chunk of chunks) {
    chunk.values.forEach((row, i) => {
      const formulas = chunk.formulas[i] ?? [];
      cells[chunk.start + i] = row.map((v, c) => toCell(v, formulas[c]));
    });
  }
  for (let i = 0; i < cells.length; i++) cells[i] ??= [];
  return { name, origin, cells, merges };
}
