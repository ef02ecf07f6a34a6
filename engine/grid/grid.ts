import { z } from 'zod';
import { a1, parseA1 } from './address';

/**
 * The one input shape every reader takes. A host (Excel, exceljs, the browser preview)
 * turns a sheet into a Grid; the engine never sees anything else.
 */
export const CellValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const CellSchema = z.object({
  /** The value Excel shows (for a formula: its cached result; null when empty or not calculated). */
  value: CellValueSchema,
  formula: z.string().optional(),
  /** An Excel error value such as "#DIV/0!", when the cell holds one. */
  error: z.string().optional(),
  /** The cell's Excel number format code ("# ##0", "0.0%"), when the host keeps it; for display only. */
  format: z.string().optional(),
});

export const MergeSchema = z.object({
  top: z.number().int(),
  left: z.number().int(),
  bottom: z.number().int(),
  right: z.number().int(),
});

export const GridSchema = z.object({
  /** Sheet name as the workbook shows it. */
  name: z.string(),
  /** A1 address of cells[0][0] on the sheet. */
  origin: z.string().default('A1'),
  /** Rows of cells; rows may be ragged and cells may be null (empty). */
  cells: z.array(z.array(CellSchema.nullable())),
  /** Merged ranges, zero-based relative to the origin, inclusive. */
  merges: z.array(MergeSchema).default([]),
});

export const DefinedNameSchema = z.object({
  name: z.string(),
  /** The sheet the name points into, when it points at cells. */
  sheet: z.string().optional(),
  /** The name's formula or range, e.g. "Смета!$A$1" or "\"estimate:1\"". */
  ref: z.string(),
});

export const WorkbookGridSchema = z.object({
  /** File name (or another label) used in messages. */
  file: z.string(),
  sheets: z.array(GridSchema),
  names: z.array(DefinedNameSchema).default([]),
  /** Text outside the tables, one paragraph an entry (a Word document; a workbook has none). */
  paragraphs: z.array(z.string()).optional(),
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
  private readonly mergeAnchor = new Map<number, { row: number; col: number }>();

  constructor(readonly grid: Grid) {
    this.name = grid.name;
    const o = parseA1(grid.origin || 'A1');
    this.rowOffset = o.row;
    this.colOffset = o.col;
    this.rowCount = grid.cells.length;
    let cols = 0;
    for (const row of grid.cells) if (row.length > cols) cols = row.length;
    this.colCount = cols;
    for (const m of grid.merges ?? []) {
      for (let r = m.top; r <= m.bottom; r++)
        for (let c = m.left; c <= m.right; c++)
          if (r !== m.top || c !== m.left) this.mergeAnchor.set(this.key(r, c), { row: m.top, col: m.left });
    }
  }

  private key(row: number, col: number): number {
    return row * 16384 + col;
  }

  cell(row: number, col: number): Cell | null {
    return this.grid.cells[row]?.[col] ?? null;
  }

  /** The cell, or for a cell covered by a merge, the merge's top-left cell (what Excel shows). */
  shown(row: number, col: number): Cell | null {
    const anchor = this.mergeAnchor.get(this.key(row, col));
    return anchor ? this.cell(anchor.row, anchor.col) : this.cell(row, col);
  }

  isMergedCover(row: number, col: number): boolean {
    return this.mergeAnchor.has(this.key(row, col));
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
    return a1(row + this.rowOffset, col + this.colOffset);
  }

  /** 1-based sheet row number for a grid row. */
  sheetRow(row: number): number {
    return row + this.rowOffset + 1;
  }
}
