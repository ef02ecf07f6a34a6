import { GUESS_BYTES_PER_CELL, cellBytes, planReads } from '../../addin/host/read-plan';
import { mergesOf, toCell, toGrid, topLeftOf } from '../../addin/host/to-grid';

describe('planReads', () => {
  it('reads ordinary sheets whole, in one sync', () => {
    const plan = planReads([
      { name: 'Смета', rows: 40, cols: 10 },
      { name: 'Plan', rows: 5000, cols: 12 },
    ]);
    expect(plan).toEqual([
      [
        { sheet: 'Смета', start: 0, rows: 'all', cols: 10 },
        { sheet: 'Plan', start: 0, rows: 'all', cols: 12 },
      ],
    ]);
  });

  it('splits a range over the per-range cell limit by rows', () => {
    const plan = planReads([{ name: 'Big', rows: 25, cols: 4 }], {
      maxCellsPerRange: 40,
      maxBytesPerSync: 1_000_000,
    });
    expect(plan).toHaveLength(1);
    expect(plan[0]?.map((c) => [c.start, c.rows])).toEqual([
      [0, 10],
      [10, 10],
      [20, 5],
    ]);
  });

  it('needs more than one sync only beyond the per-sync budget', () => {
    const plan = planReads([{ name: 'Huge', rows: 100, cols: 10 }], {
      maxCellsPerRange: 5_000_000,
      maxBytesPerSync: 400 * GUESS_BYTES_PER_CELL,
    });
    expect(plan.length).toBeGreaterThan(1);
    expect(plan.flat().reduce((n, c) => n + (c.rows === 'all' ? 0 : c.rows), 0)).toBe(100);
  });

  it('budgets a sheet by the bytes its text took at the last read, not by its cell count', () => {
    const limits = { maxCellsPerRange: 5_000_000, maxBytesPerSync: 3_000_000 };
    // 10 000 cells: a guess fits one sync; long Cyrillic text measured at 10 MB does not.
    expect(planReads([{ name: 'S', rows: 1000, cols: 10 }], limits)).toHaveLength(1);
    const plan = planReads([{ name: 'S', rows: 1000, cols: 10, bytes: 10_000_000 }], limits);
    expect(plan.map((b) => b.map((c) => [c.start, c.rows]))).toEqual([
      [[0, 300]],
      [[300, 300]],
      [[600, 300]],
      [[900, 100]],
    ]);
  });

  it('counts Cyrillic letters as two bytes, in values and formulas alike', () => {
    expect(cellBytes('абв', 'абв')).toBe(2 * (2 + 6) + 2);
    expect(cellBytes('abc', 'abc')).toBe(2 * (2 + 3) + 2);
    expect(cellBytes(900000, '=D5*E5')).toBe(6 + 8 + 2);
  });
});

describe('Excel values → grid', () => {
  it('keeps numbers, text, formulas and error values apart; empty is no cell', () => {
    expect(toCell('', '')).toBeNull();
    expect(toCell(900000, 900000)).toEqual({ value: 900000 });
    expect(toCell('180 000 тг', '180 000 тг')).toEqual({ value: '180 000 тг' });
    expect(toCell(900000, '=D5*E5')).toEqual({ value: 900000, formula: '=D5*E5' });
    expect(toCell('#DIV/0!', '=A1/0')).toEqual({ value: null, formula: '=A1/0', error: '#DIV/0!' });
    expect(toCell('', '=IF(A1,"","")')).toEqual({ value: null, formula: '=IF(A1,"","")' });
  });

  it('reads addresses and merges relative to the used range', () => {
    expect(topLeftOf("'My sheet'!B2:J31")).toBe('B2');
    expect(mergesOf('Смета!B2:C2,Смета!D2:D3', 'B2')).toEqual([
      { top: 0, left: 0, bottom: 0, right: 1 },
      { top: 0, left: 2, bottom: 1, right: 2 },
    ]);
    const grid = toGrid('S', 'B2', [{ start: 1, values: [[1, '']], formulas: [[1, '']] }], []);
    expect(grid.cells).toEqual([[], [{ value: 1 }, null]]);
  });
});
