import type { Cell, Grid, Merge } from '../grid/grid';

/** A Word table as document.xml gives it: rows of cells with their spans and vertical merges. */
export interface CellBuild {
  span: number;
  vMerge: 'restart' | 'continue' | null;
  paras: string[];
}
export interface RowBuild {
  cells: CellBuild[];
  gridBefore: number;
  deleted: boolean;
}
export interface TableBuild {
  name: string;
  rows: RowBuild[];
  nested: number;
  cellOpen: boolean;
}

interface OpenMerge extends Merge {
  continued: boolean;
}

/** Rows and cells on the table's own grid: gridSpan and vMerge become merged ranges. */
export function toGrid(table: TableBuild): Grid {
  const cells: (Cell | null)[][] = [];
  const merges: Merge[] = [];
  const open = new Map<number, OpenMerge>();
  const close = (left: number) => {
    const m = open.get(left);
    if (!m) return;
    open.delete(left);
    if (m.bottom > m.top || m.right > m.left)
      merges.push({ top: m.top, left: m.left, bottom: m.bottom, right: m.right });
  };
  for (const row of table.rows) {
    if (row.deleted) continue;
    const r = cells.length;
    const line: (Cell | null)[] = [];
    for (let c = 0; c < row.gridBefore; c++) line.push(null);
    for (const m of open.values()) m.continued = false;
    let col = row.gridBefore;
    for (const cell of row.cells) {
      const below = open.get(col);
      if (cell.vMerge === 'continue' && below) {
        below.bottom = r;
        below.continued = true;
        for (let k = 0; k < cell.span; k++) line.push(null);
      } else {
        for (let k = col; k < col + cell.span; k++) close(k);
        const text = cell.paras.join('\n').trim();
        line.push(text === '' ? null : { value: text });
        for (let k = 1; k < cell.span; k++) line.push(null);
        const right = col + cell.span - 1;
        if (cell.vMerge === 'restart')
          open.set(col, { top: r, left: col, bottom: r, right, continued: true });
        else if (right > col) merges.push({ top: r, left: col, bottom: r, right });
      }
      col += cell.span;
    }
    // A vertical merge goes on only through cells that say "continue".
    for (const m of [...open.values()]) if (!m.continued) close(m.left);
    while (line.length > 0 && line[line.length - 1] === null) line.pop();
    cells.push(line);
  }
  for (const left of [...open.keys()]) close(left);
  merges.sort((a, b) => a.top - b.top || a.left - b.left);
  return { name: table.name, origin: 'A1', cells, merges };
}
