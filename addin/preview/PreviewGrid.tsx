import { Tooltip, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { Grid } from '../../engine/grid/grid';
import { a1, columnName, parseA1 } from '../../engine/grid/address';
import type { Issue, Lang, Severity } from '../../engine/model/issue';
import type { Strings } from '../i18n/strings';
import { visuallyHidden } from '../taskpane/visually-hidden';
import { shownValue } from './number-format';
import { renderIssue } from '../../engine/rules/render-issue';

/** Rows beyond this are not drawn: the preview is for forms, not for data dumps. */
const MAX_ROWS = 1000;
/** Rows a Page Up / Page Down moves, about a screenful of a form. */
const PAGE_ROWS = 20;
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const MARK: Record<Severity, string> = { error: '✗', warning: '⚠', info: 'ℹ' };

const header = {
  position: 'sticky',
  backgroundColor: tokens.colorNeutralBackground3,
  color: tokens.colorNeutralForeground1,
  fontWeight: tokens.fontWeightSemibold,
  padding: '2px 6px',
  border: `1px solid ${tokens.colorNeutralStroke2}`,
} as const;

const useStyles = makeStyles({
  wrap: {
    overflow: 'auto',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    maxHeight: '70vh',
    maxWidth: '100%',
  },
  table: { borderCollapse: 'separate', borderSpacing: 0, fontSize: tokens.fontSizeBase200 },
  // Column letters and row numbers stay in view while the sheet scrolls, as Excel freezes them.
  colHead: { ...header, top: 0, zIndex: 1 },
  rowHead: { ...header, left: 0, zIndex: 1, textAlign: 'right', whiteSpace: 'nowrap' },
  corner: { ...header, top: 0, left: 0, zIndex: 2 },
  hidden: visuallyHidden,
  mark: { marginLeft: tokens.spacingHorizontalXXS },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorNeutralForeground2 },
  cell: {
    position: 'relative',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '2px 6px',
    maxWidth: '260px',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    cursor: 'cell',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  number: { textAlign: 'right' },
  // A problem cell: a red corner, as Excel marks a comment.
  problem: {
    '::after': {
      content: '""',
      position: 'absolute',
      top: 0,
      right: 0,
      width: 0,
      height: 0,
      borderTopStyle: 'solid',
      borderTopWidth: '8px',
      borderTopColor: tokens.colorPaletteRedBorder2,
      borderLeftStyle: 'solid',
      borderLeftWidth: '8px',
      borderLeftColor: 'transparent',
    },
  },
  // The outline survives forced colours, where backgrounds are replaced by the system's.
  selected: {
    outline: `3px solid ${tokens.colorPaletteRedBorder2}`,
    outlineOffset: '-3px',
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    '@media (forced-colors: active)': {
      outline: '3px solid Highlight',
      backgroundColor: 'Highlight',
      color: 'HighlightText',
      forcedColorAdjust: 'none',
    },
  },
});

interface CellIssues {
  worst: Severity;
  messages: string[];
}

function worst(a: Severity | undefined, b: Severity): Severity {
  return a === undefined || RANK[b] < RANK[a] ? b : a;
}

/**
 * One sheet as a keyboard grid: one tab stop (the selected cell), arrow keys, Home/End and
 * Page Up/Down move the selection, Enter or F2 edits. Problem cells carry a red corner and their
 * messages (tooltip and description); each row number shows the row's worst finding, as the
 * status column does on the sheet.
 */
export function PreviewGrid({
  grid,
  selected,
  issues,
  lang,
  t,
  onPick,
  onEdit,
}: {
  grid: Grid;
  selected: string | null;
  issues: readonly Issue[];
  lang: Lang;
  t: Strings;
  onPick: (cell: string) => void;
  onEdit: () => void;
}) {
  const styles = useStyles();
  const tableRef = useRef<HTMLTableElement | null>(null);
  const origin = parseA1(grid.origin || 'A1');
  const rows = Math.min(origin.row + grid.cells.length, MAX_ROWS);
  // reduce skips the rows that do not exist (the arrays are sparse).
  const cols =
    origin.col +
    Math.max(
      1,
      grid.cells.reduce((n, r) => Math.max(n, r.length), 0),
    );
  const active = selected ?? 'A1';
  const id = `grid-${grid.name.replace(/\W/g, '_')}`;

  const { byCell, byRow } = useMemo(() => {
    const byCell = new Map<string, CellIssues>();
    const byRow = new Map<number, Severity>();
    for (const issue of issues) {
      if (issue.sheet !== grid.name) continue;
      const at = byCell.get(issue.cell);
      byCell.set(issue.cell, {
        worst: worst(at?.worst, issue.severity),
        messages: [...(at?.messages ?? []), renderIssue(issue, lang)],
      });
      const row = /\d+$/.exec(issue.cell)?.[0];
      if (row) byRow.set(Number(row), worst(byRow.get(Number(row)), issue.severity));
    }
    return { byCell, byRow };
  }, [issues, grid.name, lang]);

  useEffect(() => {
    const cell = tableRef.current?.querySelector<HTMLElement>(`[data-cell="${active}"]`);
    cell?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    // Arrow keys move focus with the selection; a pick from the pane leaves focus in the pane.
    if (cell && tableRef.current?.contains(document.activeElement)) cell.focus();
  }, [active, grid.name]);

  function onKeyDown(e: KeyboardEvent<HTMLTableElement>) {
    const { row, col } = parseA1(active);
    const to = (r: number, c: number) => {
      e.preventDefault();
      onPick(a1(Math.max(0, Math.min(rows - 1, r)), Math.max(0, Math.min(cols - 1, c))));
    };
    if (e.key === 'ArrowDown') to(row + 1, col);
    else if (e.key === 'ArrowUp') to(row - 1, col);
    else if (e.key === 'ArrowRight') to(row, col + 1);
    else if (e.key === 'ArrowLeft') to(row, col - 1);
    else if (e.key === 'PageDown') to(row + PAGE_ROWS, col);
    else if (e.key === 'PageUp') to(row - PAGE_ROWS, col);
    else if (e.key === 'Home') to(e.ctrlKey ? 0 : row, 0);
    else if (e.key === 'End') to(e.ctrlKey ? rows - 1 : row, cols - 1);
    else if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      // Before any pick the first cell is the one in focus: it becomes the selection to edit.
      if (selected === null) onPick(active);
      onEdit();
    }
  }

  return (
    <div className={styles.wrap}>
      <p id={`${id}-help`} className={styles.hidden}>
        {t.gridHelp}
      </p>
      <table
        ref={tableRef}
        className={styles.table}
        role="grid"
        aria-label={grid.name}
        aria-describedby={`${id}-help`}
        aria-rowcount={rows + 1}
        aria-colcount={cols + 1}
        onKeyDown={onKeyDown}
        onClick={(e) => {
          const cell = (e.target as HTMLElement).closest<HTMLElement>('[data-cell]')?.dataset.cell;
          if (cell) onPick(cell);
        }}
      >
        <thead>
          <tr>
            <th className={styles.corner} scope="col">
              <span className={styles.hidden}>{t.rowHeader}</span>
            </th>
            {Array.from({ length: cols }, (_, c) => (
              <th key={c} className={styles.colHead} scope="col">
                {columnName(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, r) => {
            const rowState = byRow.get(r + 1);
            return (
              <tr key={r}>
                <th className={styles.rowHead} scope="row">
                  {r + 1}
                  {rowState && (
                    <span
                      className={mergeClasses(styles.mark, styles[rowState])}
                      role="img"
                      aria-label={t[rowState]}
                      title={t[rowState]}
                    >
                      {MARK[rowState]}
                    </span>
                  )}
                </th>
                {Array.from({ length: cols }, (_, c) => {
                  const address = a1(r, c);
                  const cell = grid.cells[r - origin.row]?.[c - origin.col];
                  const found = byCell.get(address);
                  const isActive = address === active;
                  const td = (
                    <td
                      key={c}
                      data-cell={address}
                      tabIndex={isActive ? 0 : -1}
                      aria-selected={address === selected}
                      aria-describedby={found ? `${id}-${address}` : undefined}
                      title={found ? undefined : cell?.formula}
                      className={mergeClasses(
                        styles.cell,
                        typeof cell?.value === 'number' && styles.number,
                        found && styles.problem,
                        address === selected && styles.selected,
                      )}
                    >
                      {shownValue(cell, lang)}
                    </td>
                  );
                  return found ? (
                    <Tooltip key={c} content={found.messages.join('\n')} relationship="inaccessible">
                      {td}
                    </Tooltip>
                  ) : (
                    td
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
      {/* The problems of each marked cell, read as the cell's description. */}
      <div className={styles.hidden}>
        {[...byCell].map(([address, found]) => (
          <span key={address} id={`${id}-${address}`}>
            {found.messages.join(' ')}
          </span>
        ))}
      </div>
    </div>
  );
}
