/** A number format of a report column (null: General). */
export type NumberFormat = string | null;

/** A column's number format, or one per row where the rows hold different metrics. */
export type ColumnFormat = NumberFormat | readonly NumberFormat[];

export function formatAt(f: ColumnFormat, row: number): NumberFormat {
  return typeof f === 'string' || f === null ? f : (f[row] ?? null);
}
