/**
 * What the reader stores of one workbook (stated in the README). Memory follows the cells that
 * exist, never the used range's area; beyond these a file is refused with its size.
 */
export const READ_LIMITS = {
  /** Cells with a value or formula, plus merged ranges, over all sheets. */
  maxCells: 3_000_000,
  /** Characters of one cell's XML or one shared string (Excel itself stops at 32 767 characters of text). */
  maxElementChars: 16 * 1024 * 1024,
  /** Bytes of the file itself. */
  maxFileBytes: 256 * 1024 * 1024,
};
