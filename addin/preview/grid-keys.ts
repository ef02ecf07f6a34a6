/** Rows a Page Up / Page Down moves, about a screenful of a form. */
const PAGE_ROWS = 20;

export interface GridPosition {
  row: number;
  col: number;
}

/**
 * Where a key moves the selection in a grid of `rows` × `cols` (0-based), kept inside it, as
 * in Excel: arrows one cell, Page Up/Down a screenful, Home/End the row's ends (with Ctrl, the
 * sheet's corners). Null for a key that does not move.
 */
export function keyTarget(
  key: string,
  ctrl: boolean,
  { row, col }: GridPosition,
  rows: number,
  cols: number,
): GridPosition | null {
  const to = (r: number, c: number) => ({
    row: Math.max(0, Math.min(rows - 1, r)),
    col: Math.max(0, Math.min(cols - 1, c)),
  });
  switch (key) {
    case 'ArrowDown':
      return to(row + 1, col);
    case 'ArrowUp':
      return to(row - 1, col);
    case 'ArrowRight':
      return to(row, col + 1);
    case 'ArrowLeft':
      return to(row, col - 1);
    case 'PageDown':
      return to(row + PAGE_ROWS, col);
    case 'PageUp':
      return to(row - PAGE_ROWS, col);
    case 'Home':
      return to(ctrl ? 0 : row, 0);
    case 'End':
      return to(ctrl ? rows - 1 : row, cols - 1);
    default:
      return null;
  }
}
