import type { Grid, WorkbookGrid } from '../../engine/grid/grid';
import { a1, parseA1, rangeA1 } from '../../engine/grid/address';
import type { Issue } from '../../engine/model/issue';
import type { GridHost, HostCapabilities } from '../check/grid-host';
import { findStatusColumn, statusTexts, withoutStatus, type StatusColumn } from '../check/status-column';
import type { PortfolioReport } from '../portfolio/protocol';
import { formatAt } from '../../engine/portfolio/column-format';
import { cellValue, uniqueSheetName } from '../portfolio/report-cells';
import type { ReportSheet, ReportText } from '../portfolio/report-sheets';
import { DEFAULT_LIMITS, planReads, type ReadChunk, type ReadLimits } from './read-plan';
import { mergesOf, toGrid, topLeftOf } from './to-grid';

/** The slice of the Excel namespace the host needs; tests pass a fake with the same behaviour. */
export interface ExcelRunner {
  run<T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Excel.run(context, batch): handlers must be removed through the context that added them. */
  runWith<T>(ctx: Excel.RequestContext, batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
}

/** What the host remembers about a sheet between checks. */
interface SheetState {
  id: string;
  name: string;
  rows: number;
  cols: number;
  status: StatusColumn | null;
  /** Status texts as last read or written, to skip writes that change nothing. */
  statusNow: string[];
  grid: Grid | null;
}

interface Loaded {
  sheet: string;
  chunk: ReadChunk;
  range: Excel.Range;
}

/**
 * Excel ↔ grid. A check is one read sync (every sheet's used range, values and formulas) and at
 * most one write sync (status columns only). Structural changes (a new sheet, a big sheet that
 * grew past its planned chunks) cost one extra read sync once.
 */
export class ExcelGridHost implements GridHost {
  readonly capabilities: HostCapabilities;
  private sheets: SheetState[] = [];
  private listeners = new Set<() => void>();
  private handlers: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>[] = [];
  private structure: OfficeExtension.EventHandlerResult<
    Excel.WorksheetAddedEventArgs | Excel.WorksheetDeletedEventArgs
  >[] = [];
  private watched = new Set<string>();
  private readonly merges: boolean;

  private constructor(
    private readonly excel: ExcelRunner,
    private readonly limits: ReadLimits,
  ) {
    const modern = excel.isSetSupported('ExcelApi', '1.13');
    // Tables and charts are ExcelApi 1.1: every Excel the add-in runs on (1.7+) has them.
    this.capabilities = modern
      ? { insertForms: true, charts: true }
      : { insertForms: false, insertFormsMissing: 'excel-too-old', charts: true };
    this.merges = modern;
  }

  /** Learns the sheets and their sizes and starts listening: two syncs, once per pane. */
  static async create(excel: ExcelRunner, limits: ReadLimits = DEFAULT_LIMITS): Promise<ExcelGridHost> {
    const host = new ExcelGridHost(excel, limits);
    await excel.run(async (ctx) => {
      const items = ctx.workbook.worksheets;
      items.load('items/name,items/id,items/visibility');
      await ctx.sync();
      const sized = items.items
        .filter((ws) => ws.visibility === 'Visible')
        .map((ws) => ({ ws, used: ws.getUsedRangeOrNullObject(true).load('rowCount,columnCount') }));
      host.watch(sized.map((s) => s.ws));
      // A sheet added (a copied form) or deleted changes the result too; the next read watches it.
      host.structure.push(
        items.onAdded.add(async () => host.emit()),
        items.onDeleted.add(async () => host.emit()),
      );
      await ctx.sync();
      host.sheets = sized.map(({ ws, used }) => ({
        id: ws.id,
        name: ws.name,
        rows: used.isNullObject ? 0 : used.rowCount,
        cols: used.isNullObject ? 0 : used.columnCount,
        status: null,
        statusNow: [],
        grid: null,
      }));
    });
    return host;
  }

  async readForms(): Promise<WorkbookGrid> {
    return this.excel.run(async (ctx) => {
      const list = ctx.workbook.worksheets;
      list.load('items/name,items/id,items/visibility');
      const pending = await this.readRound(ctx, this.sheets, planReads(this.sheets, this.limits));
      // Sheets added or renamed since the last check, and big sheets that outgrew their chunks.
      const visible = list.items.filter((ws) => ws.visibility === 'Visible');
      const fresh = visible.filter((ws) => !this.sheets.some((s) => s.id === ws.id && s.name === ws.name));
      this.sheets = this.sheets.filter((s) => visible.some((ws) => ws.id === s.id && ws.name === s.name));
      for (const ws of fresh)
        this.sheets.push({
          id: ws.id,
          name: ws.name,
          rows: 0,
          cols: 0,
          status: null,
          statusNow: [],
          grid: null,
        });
      const again = this.sheets.filter((s) => pending.has(s.name) || fresh.some((ws) => ws.id === s.id));
      if (again.length > 0) {
        this.watch(fresh);
        await this.readRound(ctx, again, planReads(again, this.limits));
      }
      const order = new Map(visible.map((ws, i) => [ws.id, i]));
      this.sheets.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
      const grids = this.sheets.flatMap((s) => (s.grid ? [withoutStatus(s.grid, s.status)] : []));
      return { file: 'workbook', sheets: grids, names: [] };
    });
  }

  /**
   * Queues the planned chunks and syncs once per batch; the first sync also carries whatever the
   * caller queued before (the sheet list). Returns the sheets whose used range outgrew the plan.
   */
  private async readRound(
    ctx: Excel.RequestContext,
    sheets: SheetState[],
    batches: ReadChunk[][],
  ): Promise<Set<string>> {
    const used = new Map<string, Excel.Range>();
    const areas = new Map<string, Excel.RangeAreas>();
    const loaded: Loaded[] = [];
    const grown = new Set<string>();
    for (const s of sheets) {
      // OrNullObject all the way: a sheet deleted since the last check must not fail the batch.
      const range = ctx.workbook.worksheets.getItemOrNullObject(s.name).getUsedRangeOrNullObject(true);
      range.load('address,rowCount,columnCount');
      used.set(s.name, range);
      if (this.merges) areas.set(s.name, range.getMergedAreasOrNullObject().load('address'));
    }
    for (const batch of batches.length > 0 ? batches : [[]]) {
      for (const chunk of batch) {
        const whole = used.get(chunk.sheet);
        if (!whole) continue;
        const range =
          chunk.rows === 'all'
            ? whole
            : whole.getCell(chunk.start, 0).getAbsoluteResizedRange(chunk.rows, chunk.cols);
        range.load('values,formulas');
        loaded.push({ sheet: chunk.sheet, chunk, range });
      }
      await ctx.sync();
    }
    for (const s of sheets) {
      const whole = used.get(s.name);
      if (!whole || whole.isNullObject) {
        Object.assign(s, { rows: 0, cols: 0, grid: null, status: null, statusNow: [] });
        continue;
      }
      const mine = loaded.filter((l) => l.sheet === s.name);
      const planned = mine.reduce((n, l) => (l.chunk.rows === 'all' ? Infinity : n + l.chunk.rows), 0);
      const plannedCols = mine[0]?.chunk.rows === 'all' ? Infinity : (mine[0]?.chunk.cols ?? 0);
      s.rows = whole.rowCount;
      s.cols = whole.columnCount;
      if (whole.rowCount > planned || whole.columnCount > plannedCols) {
        grown.add(s.name);
        continue;
      }
      const origin = topLeftOf(whole.address);
      const area = areas.get(s.name);
      const merges = area && !area.isNullObject ? mergesOf(area.address, origin) : [];
      // Office types values/formulas as any[][]; they are rows of scalars.
      const chunks = mine.map((l) => ({
        start: l.chunk.start,
        values: l.range.values as unknown[][],
        formulas: l.range.formulas as unknown[][],
      }));
      s.grid = toGrid(s.name, origin, chunks, merges);
      s.status = findStatusColumn(s.grid);
      s.statusNow = s.status ? currentStatus(s.grid, s.status) : [];
    }
    return grown;
  }

  async writeStatus(issues: readonly Issue[]): Promise<void> {
    const writes = this.sheets.flatMap((s) => {
      if (!s.status || !s.grid) return [];
      const grid = s.grid;
      const origin = parseA1(grid.origin);
      const lastRow = origin.row + grid.cells.length - 1;
      if (lastRow <= s.status.headerRow) return [];
      const texts = statusTexts(
        s.status,
        lastRow,
        issues.filter((i) => i.sheet === s.name),
        (row) => rowHasContent(grid, row - origin.row, s.status),
      );
      if (sameTexts(texts, s.statusNow)) return [];
      return [
        {
          sheet: s,
          texts,
          address: `${a1(s.status.headerRow + 1, s.status.col)}:${a1(lastRow, s.status.col)}`,
        },
      ];
    });
    if (writes.length === 0) return;
    await this.excel.run(async (ctx) => {
      for (const w of writes)
        ctx.workbook.worksheets.getItem(w.sheet.name).getRange(w.address).values = w.texts.map((t) => [t]);
      await ctx.sync();
    });
    for (const w of writes) w.sheet.statusNow = w.texts;
  }

  async select(sheet: string, cell: string): Promise<void> {
    await this.excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await ctx.sync();
    });
  }

  onChange(callback: () => void): () => void {
    this.listeners.add(callback);
    return () => this.listeners.delete(callback);
  }

  async insertForm(base64: string): Promise<string[]> {
    if (!this.capabilities.insertForms) throw new Error('excel-too-old');
    return this.excel.run(async (ctx) => {
      const ids = ctx.workbook.insertWorksheetsFromBase64(base64, { positionType: 'End' });
      await ctx.sync();
      const inserted = ids.value.map((id) => ctx.workbook.worksheets.getItem(id).load('name'));
      inserted[0]?.activate();
      await ctx.sync();
      return inserted.map((ws) => ws.name);
    });
  }

  /** Two syncs: the sheet names (to pick unused ones), then every sheet, table and chart at once. */
  async writePortfolio(report: PortfolioReport, text: ReportText): Promise<string[]> {
    // The report's tables and words load only now: most checks never write a report.
    const { reportSheets } = await import('../portfolio/report-sheets');
    const sheets = reportSheets(report, text);
    return this.excel.run(async (ctx) => {
      const list = ctx.workbook.worksheets;
      list.load('items/name');
      await ctx.sync();
      const taken = new Set(list.items.map((ws) => ws.name.toLowerCase()));
      const names = sheets.map((s) => uniqueSheetName(s.name, taken));
      const added = sheets.map((s, i) => writeSheet(list.add(names[i]), s));
      added[0]?.activate();
      await ctx.sync();
      return names;
    });
  }

  async dispose(): Promise<void> {
    this.listeners.clear();
    const byContext = new Map<Excel.RequestContext, { remove(): void }[]>();
    for (const h of [...this.handlers, ...this.structure]) {
      // EventHandlerResult.context is typed as the generic ClientRequestContext; it is the Excel one.
      const ctx = h.context as Excel.RequestContext;
      byContext.set(ctx, [...(byContext.get(ctx) ?? []), h]);
    }
    this.handlers = [];
    this.structure = [];
    this.watched.clear();
    for (const [ctx, list] of byContext)
      await this.excel.runWith(ctx, async (c) => {
        for (const h of list) h.remove();
        await c.sync();
      });
  }

  /** Adds onChanged handlers (they take effect at the caller's next sync). */
  private watch(worksheets: readonly Excel.Worksheet[]): void {
    for (const ws of worksheets) {
      if (this.watched.has(ws.id)) continue;
      this.watched.add(ws.id);
      this.handlers.push(ws.onChanged.add(async (event) => this.changed(event)));
    }
  }

  private changed(event: Excel.WorksheetChangedEventArgs): void {
    // ExcelApi 1.14 names our own writes; older Excel leaves it undefined.
    if (event.triggerSource === 'ThisLocalAddin') return;
    const sheet = this.sheets.find((s) => s.id === event.worksheetId);
    // Our own status writes (and only they) touch nothing but the status column: not a user edit.
    if (sheet?.status && confinedTo(event.address, sheet.status)) return;
    this.emit();
  }

  private emit(): void {
    for (const l of this.listeners) l();
  }
}

/** Queues one report sheet: values, number formats, an Excel table over it, and its chart. */
function writeSheet(ws: Excel.Worksheet, s: ReportSheet): Excel.Worksheet {
  // An Excel table needs a data row: an empty report gets one blank row.
  const rows = s.rows.length > 0 ? s.rows : [s.header.map(() => null)];
  const address = rangeA1(0, 0, rows.length, s.header.length - 1);
  const range = ws.getRange(address);
  range.values = [s.header, ...rows].map((r) => r.map(cellValue));
  s.formats.forEach((f, col) => {
    if (f)
      ws.getRange(rangeA1(1, col, rows.length, col)).numberFormat = rows.map((_, r) => [
        formatAt(f, r) ?? 'General',
      ]);
  });
  ws.tables.add(address, true);
  range.format.autofitColumns();
  ws.freezePanes.freezeRows(1);
  if (s.chart) {
    const chart = ws.charts.add('ColumnClustered', ws.getRange(s.chart.source), 'Columns');
    chart.title.text = s.chart.title;
    // Right of the table, so it hides no data and is seen without scrolling down a long list.
    const left = s.header.length + 1;
    chart.setPosition(a1(1, left), a1(20, left + 8));
  }
  return ws;
}

function confinedTo(address: string, status: StatusColumn): boolean {
  const [from, to] = address.split(':');
  if (!from) return false;
  const a = parseA1(from);
  const b = parseA1(to ?? from);
  return a.col === status.col && b.col === status.col && Math.min(a.row, b.row) > status.headerRow;
}

function currentStatus(grid: Grid, status: StatusColumn): string[] {
  const origin = parseA1(grid.origin);
  const out: string[] = [];
  for (let r = status.headerRow + 1 - origin.row; r < grid.cells.length; r++) {
    const v = grid.cells[r]?.[status.col - origin.col]?.value;
    out.push(v === null || v === undefined ? '' : String(v));
  }
  return out;
}

function rowHasContent(grid: Grid, r: number, status: StatusColumn | null): boolean {
  const origin = parseA1(grid.origin);
  const skip = status ? status.col - origin.col : -1;
  return (grid.cells[r] ?? []).some((c, i) => i !== skip && c !== null && (c.value !== null || c.formula));
}

function sameTexts(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((t, i) => t === b[i]);
}
