import type { Cell, Grid, WorkbookGrid } from '../../engine/grid/grid';
import { parseA1 } from '../../engine/grid/address';
import type { FileResult, Issue, Lang } from '../../engine/model/issue';
import type { GridHost, HostCapabilities, StatusOutcome } from '../check/grid-host';
import {
  findStatusColumn,
  isStatusText,
  statusRows,
  statusTexts,
  withoutStatus,
} from '../check/status-column';
import type { PortfolioReport } from '../portfolio/protocol';
import { uniqueSheetName } from '../portfolio/report-cells';
import { type ReportText, reportSheets } from '../portfolio/report-sheets';

/** What the preview's grid shows: the workbook, the active sheet, the selected cell and the last check's issues. */
export interface PreviewView {
  workbook: WorkbookGrid;
  activeSheet: string | null;
  selected: { sheet: string; cell: string } | null;
  issues: readonly Issue[];
}

/** An .xlsx as grids whose cells carry their number format codes, for the preview to show numbers as Excel does. */
export async function readWorkbookFile(bytes: Uint8Array, file: string): Promise<WorkbookGrid> {
  // The reader is loaded only when a file or form is opened.
  const { readXlsx } = await import(/* webpackChunkName: "xlsx" */ '../../engine/xlsx/read-xlsx');
  return readXlsx(bytes, file);
}

/** Typed text → cell, as Excel would store it: numbers as numbers, empty as no cell. */
export function parseTyped(text: string): Cell | null {
  const t = text.trim();
  if (t === '') return null;
  if (t.startsWith('=')) return { value: null, formula: t };
  const n = Number(t.replace(/[\s\u00a0]/g, '').replace(',', '.'));
  return /^-?[\d\s\u00a0]+([.,]\d+)?$/.test(t) && Number.isFinite(n) ? { value: n } : { value: t };
}

/**
 * A workbook held in memory (from an .xlsx the user opened): the preview's stand-in for Excel.
 * Edits come from the preview grid; status goes into the same status column as in Excel.
 */
export class FileGridHost implements GridHost {
  readonly capabilities: HostCapabilities = { insertForms: true, charts: false };
  private view: PreviewView = {
    workbook: { file: 'workbook', sheets: [], names: [] },
    activeSheet: null,
    selected: null,
    issues: [],
  };
  private changeListeners = new Set<() => void>();
  private viewListeners = new Set<(view: PreviewView) => void>();

  get current(): PreviewView {
    return this.view;
  }

  /** The preview grid re-renders on every change, including status writes and selection. */
  subscribe(listener: (view: PreviewView) => void): () => void {
    this.viewListeners.add(listener);
    return () => this.viewListeners.delete(listener);
  }

  load(workbook: WorkbookGrid): void {
    this.setView({ workbook, activeSheet: workbook.sheets[0]?.name ?? null, selected: null, issues: [] });
    this.changed();
  }

  async readForms(): Promise<WorkbookGrid> {
    const wb = this.view.workbook;
    return { ...wb, sheets: wb.sheets.map((g) => withoutStatus(g, findStatusColumn(g))) };
  }

  /** The same rows and rule as in Excel: the tables' own rows, never a cell holding a user's value. */
  async writeStatus(result: Pick<FileResult, 'issues' | 'forms'>, lang: Lang): Promise<StatusOutcome> {
    let written = 0;
    let skipped = 0;
    const sheets = this.view.workbook.sheets.map((grid) => {
      const status = findStatusColumn(grid);
      const span = status && statusRows(grid.name, status, result.forms, this.view.workbook.names);
      if (!status || !span) return grid;
      const o = parseA1(grid.origin || 'A1');
      const c = status.col - o.col;
      const texts = statusTexts(
        span,
        result.issues.filter((i) => i.sheet === grid.name),
        (row) =>
          (grid.cells[row - o.row] ?? []).some((cell, i) => i !== c && cell !== null && cell.value !== null),
        lang,
      );
      const cells = grid.cells.slice();
      texts.forEach((text, i) => {
        const r = span.first + i - o.row;
        const now = cells[r]?.[c]?.value ?? '';
        if (now !== '' && !isStatusText(now)) {
          if (text !== '') skipped++;
          return;
        }
        if (now === text) return;
        const copy = (cells[r] ?? []).slice();
        while (copy.length < c) copy.push(null);
        copy[c] = text === '' ? null : { value: text };
        cells[r] = copy;
        written++;
      });
      return { ...grid, cells };
    });
    // Status writes update the view only: they are not user edits and start no check.
    if (written > 0) this.setView({ ...this.view, workbook: { ...this.view.workbook, sheets } });
    return { written, skipped };
  }

  /** The grid marks each problem's cell: every check's issues, whether or not the column is marked. */
  showIssues(issues: readonly Issue[]): void {
    this.setView({ ...this.view, issues });
  }

  async select(sheet: string, cell: string): Promise<void> {
    this.setView({ ...this.view, activeSheet: sheet, selected: { sheet, cell } });
  }

  activate(sheet: string): void {
    this.setView({ ...this.view, activeSheet: sheet });
  }

  /** A user edit in the preview grid. */
  edit(sheet: string, cell: string, text: string): void {
    const { row, col } = parseA1(cell);
    const sheets = this.view.workbook.sheets.map((g): Grid => {
      if (g.name !== sheet) return g;
      const o = parseA1(g.origin || 'A1');
      const r = row - o.row;
      const c = col - o.col;
      if (r < 0 || c < 0) return g;
      const cells = g.cells.slice();
      while (cells.length <= r) cells.push([]);
      const line = (cells[r] ?? []).slice();
      while (line.length < c) line.push(null);
      // The typed value keeps the cell's number format, as in Excel.
      const typed = parseTyped(text);
      const format = line[c]?.format;
      line[c] = typed && format && typeof typed.value === 'number' ? { ...typed, format } : typed;
      cells[r] = line;
      return { ...g, cells };
    });
    this.setView({ ...this.view, workbook: { ...this.view.workbook, sheets } });
    this.changed();
  }

  onChange(callback: () => void): () => void {
    this.changeListeners.add(callback);
    return () => this.changeListeners.delete(callback);
  }

  async insertForm(base64: string): Promise<string[]> {
    const bytes = Uint8Array.from(atob(base64), (ch) => ch.charCodeAt(0));
    const added = (await readWorkbookFile(bytes, 'form.xlsx')).sheets;
    const taken = new Set(this.view.workbook.sheets.map((s) => s.name));
    const renamed = added.map((g) => {
      let name = g.name;
      for (let i = 2; taken.has(name); i++) name = `${g.name} (${i})`;
      taken.add(name);
      return { ...g, name };
    });
    const workbook = { ...this.view.workbook, sheets: [...this.view.workbook.sheets, ...renamed] };
    this.setView({
      ...this.view,
      workbook,
      activeSheet: renamed[0]?.name ?? this.view.activeSheet,
      selected: null,
    });
    this.changed();
    return renamed.map((g) => g.name);
  }

  /** The report's tables as new sheets of the in-memory workbook; the preview draws no charts. */
  async writePortfolio(report: PortfolioReport, text: ReportText): Promise<string[]> {
    const taken = new Set(this.view.workbook.sheets.map((s) => s.name.toLowerCase()));
    const added = reportSheets(report, text).map((s): Grid => ({
      name: uniqueSheetName(s.name, taken),
      origin: 'A1',
      cells: [s.header, ...s.rows].map((row) => row.map((v) => (v === null ? null : { value: v }))),
      merges: [],
    }));
    const workbook = { ...this.view.workbook, sheets: [...this.view.workbook.sheets, ...added] };
    this.setView({
      ...this.view,
      workbook,
      activeSheet: added[0]?.name ?? this.view.activeSheet,
      selected: null,
    });
    return added.map((g) => g.name);
  }

  async dispose(): Promise<void> {
    this.changeListeners.clear();
  }

  private setView(view: PreviewView): void {
    this.view = view;
    for (const l of this.viewListeners) l(view);
  }

  private changed(): void {
    for (const l of this.changeListeners) l();
  }
}
