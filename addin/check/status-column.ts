import type { DefinedName, Grid } from '../../engine/grid/grid';
import { parseA1 } from '../../engine/grid/address';
import type { FoundForm, Issue, Severity } from '../../engine/model/issue';
import { STATUS_HEADER, parseRangeRef } from '../../engine/read/markers';

const MARK: Record<Severity, string> = { error: '✗', warning: '⚠', info: 'ℹ' };
const OK = '✓';
const STATUS_MARKS = [OK, ...Object.values(MARK)];
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Zero-based sheet coordinates of the status header. */
export interface StatusColumn {
  headerRow: number;
  /** Last row of the header cell: below headerRow when it is merged over a two-row header band. */
  headerBottom: number;
  col: number;
}

/** Finds the status header in a grid (sheet coordinates, origin applied). */
export function findStatusColumn(grid: Grid): StatusColumn | null {
  const origin = parseA1(grid.origin || 'A1');
  for (let r = 0; r < grid.cells.length; r++) {
    const row = grid.cells[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c]?.value;
      if (typeof v === 'string' && v.trim() === STATUS_HEADER) {
        const merge = (grid.merges ?? []).find((m) => m.top === r && m.left === c);
        return {
          headerRow: r + origin.row,
          headerBottom: (merge?.bottom ?? r) + origin.row,
          col: c + origin.col,
        };
      }
    }
  }
  return null;
}

/** Whether a cell's text is one the add-in writes (a mark first): only those are the add-in's. */
export function isStatusText(value: unknown): boolean {
  return typeof value === 'string' && STATUS_MARKS.some((m) => value.startsWith(m));
}

/**
 * The grid without the add-in's own texts below the status header, so the engine never reads
 * them. Anything else in that column (a user's number in a table that shares the column, in
 * templates made before they stopped sharing it) stays for the engine to read.
 */
export function withoutStatus(grid: Grid, status: StatusColumn | null): Grid {
  if (!status) return grid;
  const origin = parseA1(grid.origin || 'A1');
  const c = status.col - origin.col;
  const cells = grid.cells.map((row, r) => {
    if (r + origin.row <= status.headerRow || !isStatusText(row[c]?.value)) return row;
    const copy = row.slice();
    copy[c] = null;
    return copy;
  });
  return { ...grid, cells };
}

/**
 * The rows the status column serves (zero-based sheet rows, inclusive): below its header down to
 * the last row of the tables that start at the header (the forms found there and the tables
 * their template names mark). Null when no table is there: then nothing is written.
 */
export function statusRows(
  sheet: string,
  status: StatusColumn,
  forms: readonly FoundForm[],
  names: readonly DefinedName[] = [],
): { first: number; last: number } | null {
  const boxes = [
    ...forms.filter((f) => f.sheet === sheet).map((f) => rowsOf(f.range)),
    ...names
      .filter((n) => /^ESEP_[A-Z]+$/i.test(n.name))
      .map((n) => parseRangeRef(n.ref))
      .filter((r) => r?.sheet === sheet)
      .map((r) => r?.box),
  ];
  let last = -1;
  for (const b of boxes)
    if (b && b.top <= status.headerRow && b.bottom > status.headerRow) last = Math.max(last, b.bottom);
  return last > status.headerBottom ? { first: status.headerBottom + 1, last } : null;
}

/**
 * Status texts for the rows first..last (inclusive, zero-based sheet rows): the worst issue's mark
 * and message, "+N" when there are more, "✓" for a filled row without issues and '' for an empty row.
 */
export function statusTexts(
  rows: { first: number; last: number },
  sheetIssues: readonly Issue[],
  rowHasContent: (row: number) => boolean,
): string[] {
  const byRow = new Map<number, Issue[]>();
  for (const issue of sheetIssues) {
    const row = parseA1(issue.cell).row;
    const list = byRow.get(row) ?? [];
    list.push(issue);
    byRow.set(row, list);
  }
  const out: string[] = [];
  for (let row = rows.first; row <= rows.last; row++) {
    const issues = (byRow.get(row) ?? []).slice().sort((a, b) => RANK[a.severity] - RANK[b.severity]);
    const worst = issues[0];
    if (worst)
      out.push(
        `${MARK[worst.severity]} ${worst.message}${issues.length > 1 ? ` (+${issues.length - 1})` : ''}`,
      );
    else out.push(rowHasContent(row) ? OK : '');
  }
  return out;
}

/** "A4:I32" → its rows (zero-based, inclusive). */
function rowsOf(range: string): { top: number; bottom: number } {
  const [from = 'A1', to = from] = range.split(':');
  const [a, b] = [parseA1(from).row, parseA1(to).row];
  return { top: Math.min(a, b), bottom: Math.max(a, b) };
}
