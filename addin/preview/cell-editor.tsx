import { Button, Input, Text } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { parseA1 } from '../../engine/grid/address';
import type { Grid } from '../../engine/grid/grid';
import type { Strings } from '../i18n/strings';
import type { FileGridHost, PreviewView } from './file-host';

/** The sheet the grid shows and its selected cell (a cell picked in the grid or an issue clicked in the pane). */
export function shownSheet(view: PreviewView): { sheet: Grid | null; selected: string | null } {
  const sheet = view.workbook.sheets.find((s) => s.name === view.activeSheet) ?? null;
  const selected = view.selected && view.selected.sheet === view.activeSheet ? view.selected.cell : null;
  return { sheet, selected };
}

/**
 * The edit box of the selected cell, as Excel's formula bar: filled with what was typed there
 * (the formula, else the value) on each new pick; Enter applies, Escape restores, and both go
 * back to the cell in the grid.
 */
export function useCellEditor(host: FileGridHost, view: PreviewView) {
  const { sheet, selected } = shownSheet(view);
  const [text, setText] = useState('');
  const editor = useRef<HTMLInputElement | null>(null);
  /** Holds the grid, where focus returns from the box. */
  const region = useRef<HTMLElement | null>(null);
  // Enter on a cell not yet selected: the edit box appears with the selection, then takes focus.
  const editNext = useRef(false);

  function typedText(): string {
    if (!sheet || !selected) return '';
    const { row, col } = parseA1(selected);
    const origin = parseA1(sheet.origin || 'A1');
    const cell = sheet.cells[row - origin.row]?.[col - origin.col];
    return cell?.formula ?? (cell?.value === null || cell?.value === undefined ? '' : String(cell.value));
  }

  useEffect(() => {
    setText(typedText());
    if (editNext.current) editor.current?.focus();
    editNext.current = false;
    // Only a new pick refills the box, not the status writes that follow an edit: `sheet` is left out.
  }, [selected, view.activeSheet]);

  function backToGrid() {
    if (selected) region.current?.querySelector<HTMLElement>(`[data-cell="${selected}"]`)?.focus();
  }

  return {
    text,
    setText,
    editor,
    region,
    edit() {
      if (editor.current) editor.current.focus();
      else editNext.current = true;
    },
    apply() {
      if (sheet && selected) host.edit(sheet.name, selected, text);
      backToGrid();
    },
    revert() {
      setText(typedText());
      backToGrid();
    },
  };
}

/** The edit box above the grid, for the selected cell. */
export function CellEditForm({
  cell,
  editing,
  className,
  t,
}: {
  cell: string;
  editing: ReturnType<typeof useCellEditor>;
  className: string;
  t: Strings;
}) {
  return (
    <form
      className={className}
      aria-label={t.editCell}
      onSubmit={(e) => {
        e.preventDefault();
        editing.apply();
      }}
    >
      <Text weight="semibold">{t.editCell}</Text>
      <Input
        ref={editing.editor}
        aria-label={t.cellValue(cell)}
        data-testid="cell-editor"
        value={editing.text}
        onChange={(_, d) => editing.setText(d.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') editing.revert();
        }}
      />
      <Button type="submit" appearance="primary" size="small">
        {t.apply}
      </Button>
    </form>
  );
}
