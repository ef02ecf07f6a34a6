import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { Cell, Grid } from '../../engine/grid/grid';
import { a1, columnName, parseA1 } from '../../engine/grid/address';

/** Rows beyond this are not drawn: the preview is for forms, not for data dumps. */
const MAX_ROWS = 1000;

const useStyles = makeStyles({
  wrap: { overflow: 'auto', border: `1px solid ${tokens.colorNeutralStroke1}`, maxHeight: '70vh' },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  head: {
    position: 'sticky',
    top: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightSemibold,
    padding: '2px 6px',
  },
  rowHead: { backgroundColor: tokens.colorNeutralBackground3, padding: '2px 6px', textAlign: 'right' },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '2px 6px',
    maxWidth: '260px',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    cursor: 'cell',
  },
  number: { textAlign: 'right' },
  selected: {
    outline: `3px solid ${tokens.colorPaletteRedBorder2}`,
    outlineOffset: '-2px',
    backgroundColor: tokens.colorPaletteYellowBackground2,
  },
});

function shown(cell: Cell | null | undefined): string {
  if (!cell) return '';
  if (cell.error) return cell.error;
  if (cell.value !== null) return String(cell.value);
  return cell.formula ?? '';
}

/** A read-only view of one sheet; clicking a cell picks it for the edit box. */
export function PreviewGrid({
  grid,
  selected,
  onPick,
}: {
  grid: Grid;
  selected: string | null;
  onPick: (cell: string) => void;
}) {
  const styles = useStyles();
  const selectedRef = useRef<HTMLTableCellElement | null>(null);
  const origin = parseA1(grid.origin || 'A1');
  const rows = Math.min(origin.row + grid.cells.length, MAX_ROWS);
  // reduce skips the rows that do not exist (the arrays are sparse).
  const cols = origin.col + grid.cells.reduce((n, r) => Math.max(n, r.length), 0);

  useEffect(() => {
    selectedRef.current?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [selected, grid.name]);

  return (
    <div className={styles.wrap}>
      <table className={styles.table} role="grid" aria-label={grid.name} aria-readonly="true">
        <thead>
          <tr>
            <th className={styles.head} />
            {Array.from({ length: cols }, (_, c) => (
              <th key={c} className={styles.head} scope="col">
                {columnName(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, r) => (
            <tr key={r}>
              <th className={styles.rowHead} scope="row">
                {r + 1}
              </th>
              {Array.from({ length: cols }, (_, c) => {
                const address = a1(r, c);
                const cell = grid.cells[r - origin.row]?.[c - origin.col];
                const isSelected = address === selected;
                return (
                  <td
                    key={c}
                    ref={isSelected ? selectedRef : undefined}
                    data-cell={address}
                    aria-selected={isSelected}
                    title={cell?.formula ?? undefined}
                    className={mergeClasses(
                      styles.cell,
                      typeof cell?.value === 'number' && styles.number,
                      isSelected && styles.selected,
                    )}
                    onClick={() => onPick(address)}
                  >
                    {shown(cell)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
