import type { Merge } from './grid';

const BLOCK = 64;
/** Covered cells listed one by one when there are at most this many (the usual form: fastest). */
const MAX_CELL_KEYS = 100_000;
/** Index entries at most; merges beyond are scanned one by one (only a hostile file gets there). */
const MAX_ENTRIES = 1_000_000;

/**
 * Which merge covers a cell, without expanding merges into their cells: each merge is listed
 * under the 64-row blocks it spans, clipped to the rows that hold cells, so a merge over a
 * million rows costs what the sheet's stored rows cost.
 */
export class MergeIndex {
  private readonly blocks = new Map<number, Merge[]>();
  private readonly rest: Merge[] = [];
  /** Small merges' cells by row * 16384 + col, when they are few enough to list. */
  private readonly cells: Map<number, Merge> | null = null;
  /** A sheet without merges (what most generators write): every cell is asked, none is covered. */
  private readonly none: boolean;

  constructor(
    merges: readonly Merge[],
    private readonly rowLimit: number,
  ) {
    this.none = merges.length === 0;
    let area = 0;
    for (const m of merges) area += (m.bottom - m.top + 1) * (m.right - m.left + 1);
    if (area <= MAX_CELL_KEYS) {
      this.cells = new Map();
      for (const m of merges)
        for (let r = m.top; r <= m.bottom; r++)
          for (let c = m.left; c <= m.right; c++)
            if (!this.cells.has(r * 16384 + c)) this.cells.set(r * 16384 + c, m);
      return;
    }
    let entries = 0;
    for (const m of merges) {
      const last = Math.min(m.bottom, rowLimit - 1);
      const span = last < m.top ? 0 : Math.floor(last / BLOCK) - Math.floor(m.top / BLOCK) + 1;
      if (entries + span > MAX_ENTRIES) {
        this.rest.push(m);
        continue;
      }
      entries += span;
      for (let b = Math.floor(m.top / BLOCK); span > 0 && b <= Math.floor(last / BLOCK); b++) {
        const list = this.blocks.get(b);
        if (list) list.push(m);
        else this.blocks.set(b, [m]);
      }
      // Rows past the stored ones are still covered: found by the scan below.
      if (m.bottom >= rowLimit) this.rest.push(m);
    }
  }

  /** The merge containing the cell, or undefined. */
  at(row: number, col: number): Merge | undefined {
    if (this.none) return undefined;
    if (this.cells !== null) return this.cells.get(row * 16384 + col);
    return this.search(row, col);
  }

  /**
   * The large merges' lookup, apart from at(): its closure over row and col would make V8
   * allocate a context on every call of at(), even those answered from the cell list.
   */
  private search(row: number, col: number): Merge | undefined {
    const inside = (m: Merge) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right;
    if (row < this.rowLimit) {
      const found = this.blocks.get(Math.floor(row / BLOCK))?.find(inside);
      if (found) return found;
    }
    return this.rest.length > 0 ? this.rest.find(inside) : undefined;
  }
}
