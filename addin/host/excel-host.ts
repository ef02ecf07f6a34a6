import type { DefinedName, Grid, WorkbookGrid } from '../../engine/grid/grid';
import { a1, parseA1, rangeA1 } from '../../engine/grid/address';
import type { FileResult } from '../../engine/model/issue';
import { parseRangeRef } from '../../engine/read/markers';
import type { GridHost, HostCapabilities, StatusOutcome } from '../check/grid-host';
import {
  findStatusColumn,
  isStatusText,
  statusRows,
  statusTexts,
  withoutStatus,
  type StatusColumn,
} from '../check/status-column';
import type { PortfolioReport } from '../portfolio/protocol';
import { formatAt } from '../../engine/portfolio/column-format';
import { cellValue, uniqueSheetName } from '../portfolio/report-cells';
import type { ReportSheet, ReportText } from '../portfolio/report-sheets';
import { onlyBelowIn } from './change-address';
import { RUN_OPTIONS, canInsertSheets, isPayloadLimit, type ExcelRunner } from './excel-runner';
import { readMergesApart } from './merged-areas';
import { DEFAULT_LIMITS, cellBytes, planReads, type ReadChunk, type ReadLimits } from './read-plan';
import { mergesOf, toGrid, topLeftOf } from './to-grid';

export type { ExcelRunner } from './excel-runner';

/** What the host remembers about a sheet between checks. */
interface SheetState {
  id: string;
  name: string;
  rows: number;
  cols: number;
  /** Response bytes of the used range at the last read (the read budget counts them). */
  bytes?: number;
  status: StatusColumn | null;
  /** Status texts by zero-based row, as last read or written, to skip writes that change nothing. */
  statusNow: Map<number, string>;
  grid: Grid | null;
  /** Its merged areas failed in the shared batch once (over 512): they are read apart from now on. */
  manyMerges: boolean;
  /** Which status rows take a write (unlocked or unprotected, not merged), learned for rows first.. */
  writable: { first: number; rows: boolean[] } | null;
}

interface Loaded {
  sheet: string;
  chunk: ReadChunk;
  range: Excel.Range;
}

/** Below this read budget Excel on the web's payload limit cannot be met by smaller chunks. */
const MIN_BYTES_PER_SYNC = 16_000;

/**
 * Excel ↔ grid. A check is one read sync (every sheet's used range, values and formulas, merged
 * areas, defined names); marking the status column is one write sync (two the first time, to learn
 * which status cells are locked). Structural changes (a new sheet, a big sheet that grew past its
 * planned chunks) cost one extra read sync once.
 */
export class ExcelGridHost implements GridHost {
  readonly capabilities: HostCapabilities;
  private sheets: SheetState[] = [];
  private names: DefinedName[] = [];
  private listeners = new Set<() => void>();
  private handlers: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>[] = [];
  private structure: OfficeExtension.EventHandlerResult<
    Excel.WorksheetAddedEventArgs | Excel.WorksheetDeletedEventArgs
  >[] = [];
  private watched = new Set<string>();
  private readonly merges: boolean;

  private constructor(
    private readonly excel: ExcelRunner,
    private limits: ReadLimits,
  ) {
    // Tables and charts are ExcelApi 1.1: every Excel the add-in runs on (1.7+) has them.
    this.capabilities = canInsertSheets(excel)
      ? { insertForms: true, charts: true }
      : {
          insertForms: false,
          insertFormsMissing: excel.isSetSupported('ExcelApi', '1.13')
            ? 'not-on-this-platform'
            : 'excel-too-old',
          charts: true,
        };
    this.merges = excel.isSetSupported('ExcelApi', '1.13');
  }

  /** Learns the sheets and their sizes and starts listening: two syncs, once per pane. */
  static async create(excel: ExcelRunner, limits: ReadLimits = DEFAULT_LIMITS): Promise<ExcelGridHost> {
    const host = new ExcelGridHost(excel, limits);
    await excel.run(RUN_OPTIONS, async (ctx) => {
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
      host.sheets = sized.map(({ ws, used }) =>
        freshSheet(
          ws.id,
          ws.name,
          used.isNullObject ? 0 : used.rowCount,
          used.isNullObject ? 0 : used.columnCount,
        ),
      );
    });
    return host;
  }

  async readForms(): Promise<WorkbookGrid> {
    return this.excel.run(RUN_OPTIONS, async (ctx) => {
      const list = ctx.workbook.worksheets;
      const names = ctx.workbook.names;
      // The sheet list and the names ride along with the first read sync (again on a retry).
      const prelude = () => {
        list.load('items/name,items/id,items/visibility');
        names.load('items/name,items/type,items/formula');
      };
      const pending = await this.readRound(ctx, this.sheets, prelude);
      // Sheets added or renamed since the last check, and big sheets that outgrew their chunks.
      const visible = list.items.filter((ws) => ws.visibility === 'Visible');
      const fresh = visible.filter((ws) => !this.sheets.some((s) => s.id === ws.id && s.name === ws.name));
      this.sheets = this.sheets.filter((s) => visible.some((ws) => ws.id === s.id && ws.name === s.name));
      for (const ws of fresh) this.sheets.push(freshSheet(ws.id, ws.name, 0, 0));
      const again = this.sheets.filter((s) => pending.has(s.name) || fresh.some((ws) => ws.id === s.id));
      if (again.length > 0) {
        this.watch(fresh);
        await this.readRound(ctx, again, () => undefined);
      }
      const order = new Map(visible.map((ws, i) => [ws.id, i]));
      this.sheets.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
      // Our templates' markers (ESEP_FORM_*), read as the CLI reads them from the file.
      this.names = names.items.flatMap((n) => definedName(n.name, n.formula));
      const grids = this.sheets.flatMap((s) => (s.grid ? [withoutStatus(s.grid, s.status)] : []));
      return { file: 'workbook', sheets: grids, names: this.names };
    });
  }

  /**
   * Reads the sheets' used ranges, halving the read budget while Excel on the web refuses the
   * payload. Merged areas come in the same batch; when they fail it (a sheet over 512 of them)
   * the values are read again without them and each sheet's merges apart.
   * Returns the sheets whose used range outgrew the plan.
   */
  private async readRound(
    ctx: Excel.RequestContext,
    sheets: SheetState[],
    prelude: () => void,
  ): Promise<Set<string>> {
    let withMerges = this.merges;
    for (;;) {
      try {
        const read = await this.readOnce(ctx, sheets, prelude, withMerges);
        const apart = this.merges ? sheets.filter((s) => !withMerges || s.manyMerges) : [];
        const merges = new Map([...read.merges, ...(await readMergesApart(ctx, apart))]);
        return this.build(sheets, read.used, read.loaded, merges);
      } catch (e) {
        if (isPayloadLimit(e)) {
          this.shrink();
          continue;
        }
        if (!withMerges) throw e;
        // Not the payload: the merged areas of some sheet are the usual suspect. Retry without them.
        withMerges = false;
      }
    }
  }

  private shrink(): void {
    const half = Math.floor(this.limits.maxBytesPerSync / 2);
    if (half < MIN_BYTES_PER_SYNC)
      throw new Error(
        'Excel refused to send the sheets even in small parts (the 5 MB limit of Excel on the web). Open the workbook in Excel on Windows or Mac, or check it with the Esep preview.',
      );
    this.limits = { ...this.limits, maxBytesPerSync: half };
  }

  /** Queues the planned chunks and syncs once per batch; the first sync also carries the prelude. */
  private async readOnce(
    ctx: Excel.RequestContext,
    sheets: SheetState[],
    prelude: () => void,
    withMerges: boolean,
  ): Promise<{ used: Map<string, Excel.Range>; loaded: Loaded[]; merges: Map<string, string | null> }> {
    prelude();
    const used = new Map<string, Excel.Range>();
    const areas = new Map<string, Excel.RangeAreas>();
    const loaded: Loaded[] = [];
    for (const s of sheets) {
      // OrNullObject all the way: a sheet deleted since the last check must not fail the batch.
      const range = ctx.workbook.worksheets.getItemOrNullObject(s.name).getUsedRangeOrNullObject(true);
      range.load('address,rowCount,columnCount');
      used.set(s.name, range);
      if (withMerges && !s.manyMerges) areas.set(s.name, range.getMergedAreasOrNullObject().load('address'));
    }
    const batches = planReads(sheets, this.limits);
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
    const merges = new Map<string, string | null>();
    for (const [name, area] of areas) merges.set(name, area.isNullObject ? null : area.address);
    return { used, loaded, merges };
  }

  private build(
    sheets: SheetState[],
    used: Map<string, Excel.Range>,
    loaded: Loaded[],
    merges: Map<string, string | null>,
  ): Set<string> {
    const grown = new Set<string>();
    for (const s of sheets) {
      const whole = used.get(s.name);
      if (!whole || whole.isNullObject) {
        Object.assign(s, { rows: 0, cols: 0, bytes: 0, grid: null, status: null, statusNow: new Map() });
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
      // Office types values/formulas as any[][]; they are rows of scalars.
      const chunks = mine.map((l) => ({
        start: l.chunk.start,
        values: l.range.values as unknown[][],
        formulas: l.range.formulas as unknown[][],
      }));
      s.bytes = chunks.reduce((n, c) => n + responseBytes(c.values, c.formulas), 0);
      s.grid = toGrid(s.name, origin, chunks, mergesOf(merges.get(s.name) ?? '', origin));
      const status = findStatusColumn(s.grid);
      if (status?.col !== s.status?.col || status?.headerRow !== s.status?.headerRow) s.writable = null;
      s.status = status;
      s.statusNow = status ? currentStatus(s.grid, status) : new Map();
    }
    return grown;
  }

  async writeStatus(result: Pick<FileResult, 'issues' | 'forms'>): Promise<StatusOutcome> {
    const plans = this.sheets.flatMap((s) => {
      const { status, grid } = s;
      if (!status || !grid) return [];
      const span = statusRows(s.name, status, result.forms, this.names);
      if (!span) return [];
      const origin = parseA1(grid.origin);
      const texts = statusTexts(
        span,
        result.issues.filter((i) => i.sheet === s.name),
        (row) => rowHasContent(grid, row - origin.row, status),
      );
      return [{ sheet: s, status, first: span.first, texts }];
    });
    if (plans.length === 0) return { written: 0, skipped: 0 };
    try {
      return await this.excel.run(RUN_OPTIONS, async (ctx) => {
        const unknown = plans.filter(
          (p) => p.sheet.writable?.first !== p.first || p.sheet.writable.rows.length < p.texts.length,
        );
        if (unknown.length > 0) await learnWritable(ctx, unknown);
        let written = 0;
        let skipped = 0;
        const applied: (() => void)[] = [];
        for (const p of plans) {
          const ws = ctx.workbook.worksheets.getItem(p.sheet.name);
          const rows = p.texts.map((text, i) => ({ row: p.first + i, text }));
          // A cell we may not write, or one holding a user's own value, is left as it is.
          const ours = (r: { row: number }) =>
            p.sheet.writable?.rows[r.row - p.first] === true && isOursOrEmpty(p.sheet.statusNow.get(r.row));
          skipped += rows.filter((r) => r.text !== '' && !ours(r)).length;
          const changed = rows.filter((r) => ours(r) && (p.sheet.statusNow.get(r.row) ?? '') !== r.text);
          for (const block of contiguous(changed)) {
            const top = block[0]!.row;
            const bottom = block[block.length - 1]!.row;
            ws.getRange(rangeA1(top, p.status.col, bottom, p.status.col)).values = block.map((r) => [r.text]);
            written += block.length;
          }
          applied.push(() => {
            for (const r of changed) p.sheet.statusNow.set(r.row, r.text);
          });
        }
        if (written > 0) await ctx.sync();
        for (const a of applied) a();
        return { written, skipped };
      });
    } catch (e) {
      // Protection or merges changed since we learned them: learn again next time.
      for (const p of plans) p.sheet.writable = null;
      return { written: 0, skipped: 0, failed: e instanceof Error ? e.message : String(e) };
    }
  }

  async select(sheet: string, cell: string): Promise<void> {
    await this.excel.run(RUN_OPTIONS, async (ctx) => {
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
    if (!this.capabilities.insertForms)
      throw new Error(this.capabilities.insertFormsMissing ?? 'excel-too-old');
    return this.excel.run(RUN_OPTIONS, async (ctx) => {
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
    return this.excel.run(RUN_OPTIONS, async (ctx) => {
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
    // Any other address, whole rows and columns included, or one we cannot read, re-checks.
    if (sheet?.status && onlyBelowIn(event.address, sheet.status.col, sheet.status.headerRow)) return;
    this.emit();
  }

  private emit(): void {
    for (const l of this.listeners) l();
  }
}

function freshSheet(id: string, name: string, rows: number, cols: number): SheetState {
  return {
    id,
    name,
    rows,
    cols,
    status: null,
    statusNow: new Map(),
    grid: null,
    manyMerges: false,
    writable: null,
  };
}

/**
 * Which status cells take a write: on a protected sheet only unlocked ones (a locked cell fails
 * the whole batch with AccessDenied), and never a cell inside a merged area. One sync for the
 * sheets' protection and each status range's lock state; a second only where the lock state is
 * mixed, cell by cell.
 */
async function learnWritable(
  ctx: Excel.RequestContext,
  plans: readonly { sheet: SheetState; status: StatusColumn; first: number; texts: string[] }[],
): Promise<void> {
  const probes = plans.map((p) => {
    const ws = ctx.workbook.worksheets.getItem(p.sheet.name);
    const last = p.first + p.texts.length - 1;
    const range = ws.getRange(rangeA1(p.first, p.status.col, last, p.status.col));
    return {
      p,
      ws,
      protection: ws.protection.load('protected'),
      locked: range.format.protection.load('locked'),
    };
  });
  await ctx.sync();
  const perCell = probes
    .filter((x) => x.protection.protected && x.locked.locked === null)
    .map((x) => ({
      x,
      cells: x.p.texts.map((_, i) =>
        x.ws.getRange(a1(x.p.first + i, x.p.status.col)).format.protection.load('locked'),
      ),
    }));
  if (perCell.length > 0) await ctx.sync();
  for (const x of probes) {
    const cells = perCell.find((c) => c.x === x)?.cells;
    const rows = x.p.texts.map((_, i) => {
      const locked = !x.protection.protected ? false : (cells?.[i]?.locked ?? x.locked.locked);
      return locked === false && !inMerge(x.p.sheet.grid, x.p.first + i, x.p.status.col);
    });
    x.p.sheet.writable = { first: x.p.first, rows };
  }
}

function inMerge(grid: Grid | null, row: number, col: number): boolean {
  if (!grid) return false;
  const o = parseA1(grid.origin);
  const [r, c] = [row - o.row, col - o.col];
  return (grid.merges ?? []).some(
    (m) =>
      (m.bottom > m.top || m.right > m.left) && r >= m.top && r <= m.bottom && c >= m.left && c <= m.right,
  );
}

function isOursOrEmpty(text: string | undefined): boolean {
  return text === undefined || text === '' || isStatusText(text);
}

/** Runs of consecutive rows. */
function contiguous<T extends { row: number }>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    if (last && last[last.length - 1]!.row === r.row - 1) last.push(r);
    else out.push([r]);
  }
  return out;
}

/** A NamedItem (formula "=Смета!$A$4:$J$45") → the engine's defined name; constants are kept as refs. */
function definedName(name: string, formula: unknown): DefinedName[] {
  if (typeof formula !== 'string') return [];
  const ref = formula.replace(/^=/, '');
  const sheet = parseRangeRef(ref)?.sheet;
  return [sheet ? { name, sheet, ref } : { name, ref }];
}

/** Queues one report sheet: values, number formats, an Excel table over it, and its chart. */
function writeSheet(ws: Excel.Worksheet, s: ReportSheet): Excel.Worksheet {
  // An Excel table needs a data row: an empty report gets one blank row.
  const rows = s.rows.length > 0 ? s.rows : [s.header.map(() => null)];
  const range = ws.getRange(rangeA1(0, 0, rows.length, s.header.length - 1));
  range.values = [s.header, ...rows].map((r) => r.map(cellValue));
  s.formats.forEach((f, col) => {
    if (f)
      ws.getRange(rangeA1(1, col, rows.length, col)).numberFormat = rows.map((_, r) => [
        formatAt(f, r) ?? 'General',
      ]);
  });
  // A Range of this sheet, not an address: a bare address would put the table on the active sheet.
  ws.tables.add(range, true);
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

function currentStatus(grid: Grid, status: StatusColumn): Map<number, string> {
  const origin = parseA1(grid.origin);
  const out = new Map<number, string>();
  for (let r = status.headerRow + 1 - origin.row; r < grid.cells.length; r++) {
    const v = grid.cells[r]?.[status.col - origin.col]?.value;
    if (v !== null && v !== undefined && v !== '') out.set(r + origin.row, String(v));
  }
  return out;
}

function rowHasContent(grid: Grid, r: number, status: StatusColumn | null): boolean {
  const origin = parseA1(grid.origin);
  const skip = status ? status.col - origin.col : -1;
  return (grid.cells[r] ?? []).some((c, i) => i !== skip && c !== null && (c.value !== null || c.formula));
}

function responseBytes(values: unknown[][], formulas: unknown[][]): number {
  let n = 0;
  values.forEach((row, r) => row.forEach((v, c) => (n += cellBytes(v, formulas[r]?.[c]))));
  return n;
}
