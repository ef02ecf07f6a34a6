import { Tooltip, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import type { Cell, Grid } from '../../engine/grid/grid';
import { a1, columnName, parseA1 } from '../../engine/grid/address';
import type { Issue, Lang, Severity } from '../../engine/model/issue';
import type { Strings } from '../i18n/strings';
import { visuallyHidden } from '../taskpane/visually-hidden';
import { useCellIssues, type CellIssues } from './cell-issues';
import { keyTarget } from './grid-keys';
import { shownValue } from './number-format';

/** Rows beyond this are not drawn: the preview is for forms, not for data dumps. */
const MAX_ROWS = 1000;
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

/** The drawn part of a sheet: its first cell and how many rows and columns from A1. */
function gridSize(grid: Grid) {
  const origin = parseA1(grid.origin || 'A1');
  // reduce skips the rows that do not exist (the arrays are sparse).
  const widest = grid.cells.reduce((n, r) => Math.max(n, r.length), 0);
  return {
    origin,
    rows: Math.min(origin.row + grid.cells.length, MAX_ROWS),
    cols: origin.col + Math.max(1, widest),
  };
}

/** Arrow keys move focus with the selection; a pick from the pane leaves focus in the pane. */
function useFocusFollowsSelection(table: RefObject<HTMLTableElement | null>, active: string, sheet: string) {
  useEffect(() => {
    const cell = table.current?.querySelector<HTMLElement>(`[data-cell="${active}"]`);
    cell?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    if (cell && table.current?.contains(document.activeElement)) cell.focus();
  }, [table, active, sheet]);
}

/** The grid's keys: a move picks the cell it reaches; Enter or F2 edits the selected cell. */
function onGridKey(
  e: KeyboardEvent<HTMLTableElement>,
  at: {
    active: string;
    selected: string | null;
    rows: number;
    cols: number;
    onPick: (cell: string) => void;
    onEdit: () => void;
  },
) {
  if (e.key === 'Enter' || e.key === 'F2') {
    e.preventDefault();
    // Before any pick the first cell is the one in focus: it becomes the selection to edit.
    if (at.selected === null) at.onPick(at.active);
    at.onEdit();
    return;
  }
  const to = keyTarget(e.key, e.ctrlKey, parseA1(at.active), at.rows, at.cols);
  if (!to) return;
  e.preventDefault();
  at.onPick(a1(to.row, to.col));
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
  const { origin, rows, cols } = gridSize(grid);
  const active = selected ?? 'A1';
  const id = `grid-${grid.name.replace(/\W/g, '_')}`;
  const { byCell, byRow } = useCellIssues(issues, grid.name, lang);
  useFocusFollowsSelection(tableRef, active, grid.name);

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
        onKeyDown={(e) => onGridKey(e, { active, selected, rows, cols, onPick, onEdit })}
        onClick={(e) => {
          const cell = (e.target as HTMLElement).closest<HTMLElement>('[data-cell]')?.dataset.cell;
          if (cell) onPick(cell);
        }}
      >
        <ColumnHeaders cols={cols} t={t} />
        <tbody>
          {Array.from({ length: rows }, (_, r) => (
            <tr key={r}>
              <RowHeader row={r + 1} state={byRow.get(r + 1)} t={t} />
              {Array.from({ length: cols }, (_, c) => (
                <SheetCell
                  key={c}
                  address={a1(r, c)}
                  cell={grid.cells[r - origin.row]?.[c - origin.col]}
                  found={byCell.get(a1(r, c))}
                  active={a1(r, c) === active}
                  selected={a1(r, c) === selected}
                  descriptionId={`${id}-${a1(r, c)}`}
                  lang={lang}
                />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <CellDescriptions byCell={byCell} id={id} />
    </div>
  );
}

/** Column letters under a labelled corner (the row numbers' header). */
function ColumnHeaders({ cols, t }: { cols: number; t: Strings }) {
  const styles = useStyles();
  return (
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
  );
}

/** A row number with the row's worst finding, as the status column shows it on the sheet. */
function RowHeader({ row, state, t }: { row: number; state: Severity | undefined; t: Strings }) {
  const styles = useStyles();
  return (
    <th className={styles.rowHead} scope="row">
      {row}
      {state && (
        <span
          className={mergeClasses(styles.mark, styles[state])}
          role="img"
          aria-label={t[state]}
          title={t[state]}
        >
          {MARK[state]}
        </span>
      )}
    </th>
  );
}

/** One cell: its value as the workbook formats it; a problem cell with its messages as a tooltip. */
function SheetCell({
  address,
  cell,
  found,
  active,
  selected,
  descriptionId,
  lang,
}: {
  address: string;
  cell: Cell | null | undefined;
  found: CellIssues | undefined;
  active: boolean;
  selected: boolean;
  descriptionId: string;
  lang: Lang;
}) {
  const styles = useStyles();
  const td = (
    <td
      data-cell={address}
      tabIndex={active ? 0 : -1}
      aria-selected={selected}
      aria-describedby={found ? descriptionId : undefined}
      title={found ? undefined : cell?.formula}
      className={mergeClasses(
        styles.cell,
        typeof cell?.value === 'number' && styles.number,
        found && styles.problem,
        selected && styles.selected,
      )}
    >
      {shownValue(cell, lang)}
    </td>
  );
  return found ? (
    <Tooltip content={found.messages.join('\n')} relationship="inaccessible">
      {td}
    </Tooltip>
  ) : (
    td
  );
}

/** The problems of each marked cell, read as the cell's description. */
function CellDescriptions({ byCell, id }: { byCell: ReadonlyMap<string, CellIssues>; id: string }) {
  const styles = useStyles();
  return (
    <div className={styles.hidden}>
      {[...byCell].map(([address, found]) => (
        <span key={address} id={`${id}-${address}`}>
          {found.messages.join(' ')}
        </span>
      ))}
    </div>
  );
}
