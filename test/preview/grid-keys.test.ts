import { keyTarget } from '../../addin/preview/grid-keys';

describe('preview grid keys', () => {
  const rows = 50;
  const cols = 10;

  it('moves by arrows and stops at the sheet edges', () => {
    expect(keyTarget('ArrowRight', false, { row: 3, col: 4 }, rows, cols)).toEqual({ row: 3, col: 5 });
    expect(keyTarget('ArrowUp', false, { row: 0, col: 4 }, rows, cols)).toEqual({ row: 0, col: 4 });
    expect(keyTarget('ArrowLeft', false, { row: 3, col: 0 }, rows, cols)).toEqual({ row: 3, col: 0 });
    expect(keyTarget('ArrowDown', false, { row: rows - 1, col: 2 }, rows, cols)).toEqual({
      row: rows - 1,
      col: 2,
    });
  });

  it('pages a screenful, never past the last drawn row', () => {
    const down = keyTarget('PageDown', false, { row: 0, col: 1 }, rows, cols)!;
    expect(down.row).toBeGreaterThan(1);
    expect(down.col).toBe(1);
    expect(keyTarget('PageDown', false, { row: rows - 2, col: 1 }, rows, cols)).toEqual({
      row: rows - 1,
      col: 1,
    });
    expect(keyTarget('PageUp', false, down, rows, cols)).toEqual({ row: 0, col: 1 });
  });

  it("Home and End go to the row's ends, with Ctrl to the sheet's corners; other keys do not move", () => {
    expect(keyTarget('Home', false, { row: 7, col: 6 }, rows, cols)).toEqual({ row: 7, col: 0 });
    expect(keyTarget('End', false, { row: 7, col: 6 }, rows, cols)).toEqual({ row: 7, col: cols - 1 });
    expect(keyTarget('Home', true, { row: 7, col: 6 }, rows, cols)).toEqual({ row: 0, col: 0 });
    expect(keyTarget('End', true, { row: 7, col: 6 }, rows, cols)).toEqual({ row: rows - 1, col: cols - 1 });
    expect(keyTarget('a', false, { row: 7, col: 6 }, rows, cols)).toBeNull();
  });
});
