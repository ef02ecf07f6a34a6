import * as z from 'zod/mini';
import { columnName, parseA1 } from './address';
import { MergeIndex } from './merges';

/**
 * The one input shape every reader takes. A host (Excel, exceljs, the browser preview)
 * turns a sheet into a Grid; the engine never sees anything else.
 */
export const CellValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const CellSchema = z.object({
  /** The value Excel shows (for a formula: its cached result; null when empty or not calculated). */
  value: CellValueSchema,
  formula: z.optional(z.string()),
  /** An Excel error value such as "#DIV/0!", when the cell holds one. */
  error: z.optional(z.string()),
  /** The cell's Excel number format code ("# ##0", "0.0%"), when the host keeps it; for display only. */
  format: z.optional(z.string()),
});

export const MergeSchema = z.object({
  top: z.int(),
  left: z.int(),
  bottom: z.int(),
  right: z.int(),
});

export const GridSchema = z.object({
  /** Sheet name as the workbook shows it. */
  name: z.string(),
  /** A1 address of cells[0][0] on the sheet. */
  origin: z._default(z.string(), 'A1'),
  /**
   * Rows of cells; rows may be ragged, cells null (empty), and both arrays sparse: a reader
   * stores only the rows and cells that exist, so a far-away cell grows nothing.
   */
  cells: z.array(z.array(z.nullable(CellSchema))),
  /** Merged ranges, zero-based relative to the origin, inclusive. */
  merges: z._default(z.array(MergeSchema), []),
});

export const DefinedNameSchema = z.object({
  name: z.string(),
  /** The sheet the name points into, when it points at cells. */
  sheet: z.optional(z.string()),
  /** The name's formula or range, e.g. "Смета!$A$1" or "\"estimate:1\"". */
  ref: z.string(),
});

export const WorkbookGridSchema = z.object({
  /** File name (or another label) used in messages. */
  file: z.string(),
  sheets: z.array(GridSchema),
  names: z._default(z.array(DefinedNameSchema), []),
  /** Text outside the tables, one paragraph an entry (a Word document; a workbook has none). */
  paragraphs: z.optional(z.array(z.string())),
});

export type CellValue = z.infer<typeof CellValueSchema>;
export type Cell = z.infer<typeof CellSchema>;
export type Merge = z.infer<typeof MergeSchema>;
export type Grid = z.infer<typeof GridSchema>;
export type DefinedName = z.infer<typeof DefinedNameSchema>;
export type WorkbookGrid = z.infer<typeof WorkbookGridSchema>;

/** Read access to a grid by zero-based sheet coordinates relative to the origin. */
export class Sheet {
  readonly name: string;
  readonly rowOffset: number;
  readonly colOffset: number;
  readonly rowCount: number;
  readonly colCount: number;
  private readonly merges: MergeIndex;
  /** The right edge (exclusive) of the merges, within the stored columns: merged cells count as content. */
  private readonly widest: number;
  /** Column letters by grid column, made once: every figure read carries its cell's address. */
  private readonly columnNames: string[] = [];

  constructor(readonly grid: Grid) {
    this.name = grid.name;
    const o = parseA1(grid.origin || 'A1');
    this.rowOffset = o.row;
    this.colOffset = o.col;
    this.rowCount = grid.cells.length;
    // reduce skips the rows that do not exist.
    this.colCount = grid.cells.reduce((cols, row) => Math.max(cols, row.length), 0);
    this.merges = new MergeIndex(grid.merges ?? [], this.rowCount);
    this.widest = Math.min(
      this.colCount,
      (grid.merges ?? []).reduce((w, m) => Math.max(w, m.right + 1), 0),
    );
  }

  /**
   * Columns worth reading in a row: past this every cell is empty and covered by no merge. A
   * reader scanning a row stops here, so one far-away cell does not make every row wide.
   */
  width(row: number, lastRow?: number): number {
    let width = Math.max(this.widest, this.grid.cells[row]?.length ?? 0);
    for (let r = row + 1; lastRow !== undefined && r <= lastRow; r++)
      width = Math.max(width, this.grid.cells[r]?.length ?? 0);
    return width;
  }

  cell(row: number, col: number): Cell | null {
    return this.grid.cells[row]?.[col] ?? null;
  }

  /** The merged range holding the cell, if any. */
  mergeAt(row: number, col: number): Merge | undefined {
    return this.merges.at(row, col);
  }

  /** The cell, or for a cell covered by a merge, the merge's top-left cell (what Excel shows). */
  shown(row: number, col: number): Cell | null {
    const m = this.merges.at(row, col);
    return m ? this.cell(m.top, m.left) : this.cell(row, col);
  }

  isMergedCover(row: number, col: number): boolean {
    const m = this.merges.at(row, col);
    return m !== undefined && (row !== m.top || col !== m.left);
  }

  /** Text of a cell as shown, trimmed; '' for empty. */
  text(row: number, col: number, followMerges = false): string {
    const c = followMerges ? this.shown(row, col) : this.cell(row, col);
    if (!c) return '';
    if (c.error) return c.error;
    if (c.value === null || c.value === undefined) return '';
    return String(c.value).trim();
  }

  /** A1 address on the sheet for grid coordinates. */
  address(row: number, col: number): string {
    const name = this.columnNames[col] ?? (this.columnNames[col] = columnName(col + this.colOffset));
    return `${name}${row + this.rowOffset + 1}`;
  }

  /** 1-based sheet row number for a grid row. */
  sheetRow(row: number): number {
    return row + this.rowOffset + 1;
  }
}
