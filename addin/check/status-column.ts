import type { Grid } from '../../engine/grid/grid';
import { parseA1 } from '../../engine/grid/address';
import type { Issue, Lang, Severity } from '../../engine/model/issue';
import { renderIssue } from '../../engine/rules/render-issue';
import { STATUS_HEADER } from '../../engine/read/markers';

/** Zero-based sheet coordinates of the status header. */
export interface StatusColumn {
  headerRow: number;
  col: number;
}

/** Finds the status header in a grid (sheet coordinates, origin applied). */
export function findStatusColumn(grid: Grid): StatusColumn | null {
  const origin = parseA1(grid.origin || 'A1');
  for (let r = 0; r < grid.cells.length; r++) {
    const row = grid.cells[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c]?.value;
      if (typeof v === 'string' && v.trim() === STATUS_HEADER)
        return { headerRow: r + origin.row, col: c + origin.col };
    }
  }
  return null;
}

/** The grid without the status column's cells below the header, so the engine never reads them. */
export function withoutStatus(grid: Grid, status: StatusColumn | null): Grid {
  if (!status) return grid;
  const origin = parseA1(grid.origin || 'A1');
  const c = status.col - origin.col;
  const cells = grid.cells.map((row, r) => {
    if (r + origin.row <= status.headerRow || row[c] === undefined) return row;
    const copy = row.slice();
    copy[c] = null;
    return copy;
  });
  return { ...grid, cells };
}

const MARK: Record<Severity, string> = { error: '✗', warning: '⚠', info: 'ℹ' };
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Status texts for the rows below the header down to lastRow (inclusive, zero-based sheet rows):
 * the worst issue's mark and message (in lang), "+N" when there are more, "✓" for a filled row without
 * issues and '' for an empty row.
 */
export function statusTexts(
  status: StatusColumn,
  lastRow: number,
  sheetIssues: readonly Issue[],
  rowHasContent: (row: number) => boolean,
  lang: Lang,
): string[] {
  const byRow = new Map<number, Issue[]>();
  for (const issue of sheetIssues) {
    const row = parseA1(issue.cell).row;
    const list = byRow.get(row) ?? [];
    list.push(issue);
    byRow.set(row, list);
  }
  const out: string[] = [];
  for (let row = status.headerRow + 1; row <= lastRow; row++) {
    const issues = (byRow.get(row) ?? []).slice().sort((a, b) => RANK[a.severity] - RANK[b.severity]);
    const worst = issues[0];
    if (worst)
      out.push(
        `${MARK[worst.severity]} ${renderIssue(worst, lang)}${issues.length > 1 ? ` (+${issues.length - 1})` : ''}`,
      );
    else out.push(rowHasContent(row) ? '✓' : '');
  }
  return out;
}
