/** How much one read may ask of Excel. */
export interface ReadLimits {
  /** Excel refuses to get more than 5 000 000 cells from one range: bigger ranges go in row chunks. */
  maxCellsPerRange: number;
  /**
   * Excel on the web caps a request/response at 5 MB (docs/concepts/resource-limits-and-performance-
   * optimization.md). A sync's reads are budgeted in bytes of the response (values and formulas),
   * kept well under the cap; the host halves it when Excel still refuses.
   */
  maxBytesPerSync: number;
}

export const DEFAULT_LIMITS: ReadLimits = { maxCellsPerRange: 5_000_000, maxBytesPerSync: 3_000_000 };

/** Bytes a cell is assumed to cost before the sheet has been read once (a short number or word, twice). */
export const GUESS_BYTES_PER_CELL = 40;

/** One range to load: rows [start, start + rows) of a sheet's used range, or all of it. */
export interface ReadChunk {
  sheet: string;
  start: number;
  /** 'all' = the whole used range as it is at sync time (small sheets: size changes do not matter). */
  rows: number | 'all';
  cols: number;
}

/** A sheet's used-range size as last seen, and what its cells cost in the response when known. */
export interface SheetSize {
  name: string;
  rows: number;
  cols: number;
  /** Response bytes of the whole used range (values + formulas) at the last read. */
  bytes?: number;
}

/**
 * Splits the reads into syncs. A sheet that fits one range and the byte budget is read whole; a
 * bigger one in row chunks. Chunks are packed into as few syncs as the budget allows (one for any
 * ordinary grant workbook).
 */
export function planReads(sheets: readonly SheetSize[], limits: ReadLimits = DEFAULT_LIMITS): ReadChunk[][] {
  const chunks: { chunk: ReadChunk; bytes: number }[] = [];
  for (const s of sheets) {
    const cols = Math.max(1, s.cols);
    const cells = s.rows * cols;
    const bytes = sheetBytes(s);
    if (cells <= limits.maxCellsPerRange && bytes <= limits.maxBytesPerSync) {
      chunks.push({ chunk: { sheet: s.name, start: 0, rows: 'all', cols }, bytes });
      continue;
    }
    const rowBytes = bytes / Math.max(1, s.rows);
    const perChunk = Math.max(
      1,
      Math.min(Math.floor(limits.maxCellsPerRange / cols), Math.floor(limits.maxBytesPerSync / rowBytes)),
    );
    for (let start = 0; start < s.rows; start += perChunk) {
      const rows = Math.min(perChunk, s.rows - start);
      chunks.push({ chunk: { sheet: s.name, start, rows, cols }, bytes: rows * rowBytes });
    }
  }
  const batches: ReadChunk[][] = [];
  let batch: ReadChunk[] = [];
  let used = 0;
  for (const { chunk, bytes } of chunks) {
    if (batch.length > 0 && used + bytes > limits.maxBytesPerSync) {
      batches.push(batch);
      batch = [];
      used = 0;
    }
    batch.push(chunk);
    used += bytes;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

function sheetBytes(s: SheetSize): number {
  return s.bytes ?? s.rows * Math.max(1, s.cols) * GUESS_BYTES_PER_CELL;
}

/**
 * What one cell costs in a values + formulas response: its JSON text twice (a constant comes
 * back in both) in UTF-8, where Cyrillic takes two bytes a letter, plus separators.
 */
export function cellBytes(value: unknown, formula: unknown): number {
  return jsonSize(value) + jsonSize(formula) + 2;
}

function jsonSize(v: unknown): number {
  if (typeof v !== 'string') return v === null || v === undefined ? 2 : String(v).length;
  let n = 2;
  for (let i = 0; i < v.length; i++) {
    const code = v.charCodeAt(i);
    n += code < 0x80 ? (code === 0x22 || code === 0x5c ? 2 : 1) : code < 0x800 ? 2 : 3;
  }
  return n;
}
