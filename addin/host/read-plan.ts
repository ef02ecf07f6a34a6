/** How much one read may ask of Excel. */
export interface ReadLimits {
  /** Excel refuses to get more than 5 000 000 cells from one range: bigger ranges go in row chunks. */
  maxCellsPerRange: number;
  /**
   * Excel on the web caps a request/response at 5 MB. At ~25 bytes per cell (values + formulas)
   * 200 000 cells stay well under it; only workbooks beyond that need more than one read sync.
   */
  maxCellsPerSync: number;
}

export const DEFAULT_LIMITS: ReadLimits = { maxCellsPerRange: 5_000_000, maxCellsPerSync: 200_000 };

/** One range to load: rows [start, start + rows) of a sheet's used range, or all of it. */
export interface ReadChunk {
  sheet: string;
  start: number;
  /** 'all' = the whole used range as it is at sync time (small sheets: size changes do not matter). */
  rows: number | 'all';
  cols: number;
}

/** A sheet's used-range size as last seen. */
export interface SheetSize {
  name: string;
  rows: number;
  cols: number;
}

/**
 * Splits the reads into syncs. A sheet that fits one range is read whole; a bigger one in row
 * chunks. Chunks are packed into as few syncs as the per-sync budget allows (one for any
 * ordinary grant workbook).
 */
export function planReads(sheets: readonly SheetSize[], limits: ReadLimits = DEFAULT_LIMITS): ReadChunk[][] {
  const chunks: ReadChunk[] = [];
  for (const s of sheets) {
    const cols = Math.max(1, s.cols);
    const cells = s.rows * cols;
    const perChunk = Math.max(
      1,
      Math.floor(Math.min(limits.maxCellsPerRange, limits.maxCellsPerSync) / cols),
    );
    if (cells <= limits.maxCellsPerRange && cells <= limits.maxCellsPerSync) {
      chunks.push({ sheet: s.name, start: 0, rows: 'all', cols });
      continue;
    }
    for (let start = 0; start < s.rows; start += perChunk)
      chunks.push({ sheet: s.name, start, rows: Math.min(perChunk, s.rows - start), cols });
  }
  const batches: ReadChunk[][] = [];
  let batch: ReadChunk[] = [];
  let used = 0;
  for (const c of chunks) {
    const size = sizeOf(c, sheets);
    if (batch.length > 0 && used + size > limits.maxCellsPerSync) {
      batches.push(batch);
      batch = [];
      used = 0;
    }
    batch.push(c);
    used += size;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

function sizeOf(c: ReadChunk, sheets: readonly SheetSize[]): number {
  if (c.rows !== 'all') return c.rows * c.cols;
  const s = sheets.find((x) => x.name === c.sheet);
  return s ? s.rows * Math.max(1, s.cols) : 0;
}
