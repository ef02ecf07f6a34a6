/**
 * What the reader stores of one workbook (stated in the README). Memory follows the cells that
 * exist, never the used range's area; beyond these a file is refused with its size.
 */
export interface ReadLimits {
  /** Cells with a value or formula, plus merged ranges, over all sheets. */
  maxCells: number;
  /** Characters of one cell's XML or one shared string (Excel itself stops at 32 767 characters of text). */
  maxElementChars: number;
  /** Characters of text kept over all cells (values and formulas; a shared string once). */
  maxTextChars: number;
  /** Bytes of the file itself. */
  maxFileBytes: number;
}

export const READ_LIMITS: ReadLimits = {
  maxCells: 3_000_000,
  maxElementChars: 16 * 1024 * 1024,
  maxTextChars: 64_000_000,
  maxFileBytes: 256 * 1024 * 1024,
};
