import { Sheet, type WorkbookGrid } from '../grid/grid';

/** Where a value read from a paragraph is said to be: "Text!A12" is the 12th paragraph outside tables. */
export const PARAGRAPHS_SHEET = 'Text';

/**
 * The paragraphs outside tables (a Word document's "Label: value" lines) as a one-column sheet,
 * so the label readers that look at cells read them unchanged; null for a workbook.
 */
export function paragraphSheet(workbook: WorkbookGrid): Sheet | null {
  const paragraphs = workbook.paragraphs ?? [];
  if (paragraphs.length === 0) return null;
  return new Sheet({
    name: PARAGRAPHS_SHEET,
    origin: 'A1',
    cells: paragraphs.map((p) => [{ value: p }]),
    merges: [],
  });
}

/**
 * Every place block I may be stated: the paragraphs first (they open a document), then the sheets.
 * A caller that has made the sheets already passes them.
 */
export function projectSheets(
  workbook: WorkbookGrid,
  sheets: readonly Sheet[] = workbook.sheets.map((g) => new Sheet(g)),
  text = paragraphSheet(workbook),
): Sheet[] {
  return text ? [text, ...sheets] : [...sheets];
}
