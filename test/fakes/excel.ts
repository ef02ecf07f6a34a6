/**
 * A faithful fake of the Excel JavaScript API subset Esep uses, for jest (node) and, bundled by
 * esbuild, as the office.js stub of the browser end-to-end tests.
 *
 * What it keeps from Office: proxies queue work and nothing happens until context.sync(); a
 * property read before load() + sync() throws PropertyNotLoaded; getItem of a missing sheet fails
 * the sync with ItemNotFound while *OrNullObject gives a null object; onChanged handlers take
 * effect at the next sync and fire asynchronously after writes, including the add-in's own.
 * Sheets, tables and charts the add-in adds are recorded on the sheet for tests to inspect.
 *
 * It also fails where Excel fails (each behaviour cites the page it follows): writes to locked
 * cells of a protected sheet, merged areas beyond 512, a batch run during cell editing without
 * delayForCellEdit, payloads beyond Excel on the web's 5 MB, tables.add on the active sheet.
 */
import type { Grid } from '../../engine/grid/grid';
import { a1, parseA1 } from '../../engine/grid/address';

export type FakeValue = string | number | boolean;
export interface FakeCell {
  value: FakeValue;
  formula?: string;
}

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface FakeChangedEvent {
  type: 'WorksheetChanged';
  address: string;
  worksheetId: string;
  changeType: 'RangeEdited';
  source: 'Local';
  /** ExcelApi 1.14+: who caused the change. */
  triggerSource?: 'ThisLocalAddin' | 'Unknown';
}
type ChangedHandler = (event: FakeChangedEvent) => Promise<unknown>;

export interface FakeStructureEvent {
  type: 'WorksheetAdded' | 'WorksheetDeleted';
  worksheetId: string;
  source: 'Local';
}
type StructureHandler = (event: FakeStructureEvent) => Promise<unknown>;

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

/** A table as worksheet.tables.add made it. */
export interface FakeTable {
  address: string;
  hasHeaders: boolean;
}

/** A chart as worksheet.charts.add made it: its source is the sheet-qualified address. */
export interface FakeChart {
  type: string;
  source: string;
  seriesBy: string;
  title: string | null;
  position: { start: string; end: string | null } | null;
}

export class FakeSheet {
  /** Sparse rows of cells; undefined = empty. */
  cells: (FakeCell | undefined)[][] = [];
  merges: Box[] = [];
  /** Number formats set through range.numberFormat, by "row,col". */
  formats = new Map<string, string>();
  tables: FakeTable[] = [];
  charts: FakeChart[] = [];
  /** Rows frozen through freezePanes.freezeRows; ranges whose columns were autofitted. */
  frozenRows = 0;
  autofitted: string[] = [];
  visibility: 'Visible' | 'Hidden' = 'Visible';
  /**
   * Worksheet protection: every cell is locked unless unlocked, and locking only matters once
   * the sheet is protected (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-worksheets,
   * "Data protection").
   */
  protected = false;
  readonly unlocked = new Set<number>();
  readonly handlers = new Set<ChangedHandler>();
  constructor(
    readonly id: string,
    public name: string,
  ) {}

  get(row: number, col: number): FakeCell | undefined {
    return this.cells[row]?.[col];
  }

  set(row: number, col: number, cell: FakeCell | undefined): void {
    const r = (this.cells[row] ??= []);
    r[col] = cell;
  }

  /** Bounding box of the non-empty cells (getUsedRange(true)), or null for an empty sheet. */
  usedBox(): Box | null {
    let box: Box | null = null;
    this.cells.forEach((row, r) =>
      row?.forEach((c, col) => {
        if (c === undefined || (c.value === '' && !c.formula)) return;
        box = box
          ? {
              top: Math.min(box.top, r),
              left: Math.min(box.left, col),
              bottom: Math.max(box.bottom, r),
              right: Math.max(box.right, col),
            }
          : { top: r, left: col, bottom: r, right: col };
      }),
    );
    return box;
  }

  isLocked(row: number, col: number): boolean {
    return !this.unlocked.has(row * 16384 + col);
  }

  unlock(row: number, col: number): void {
    this.unlocked.add(row * 16384 + col);
  }

  /** A plain copy of the cells for before/after comparisons. */
  snapshot(): (FakeCell | undefined)[][] {
    return this.cells.map((row) => (row ?? []).map((c) => (c ? { ...c } : undefined)));
  }
}

function quoteSheet(name: string): string {
  return /^[\p{L}\p{N}_]+$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function boxAddress(b: Box): string {
  const from = a1(b.top, b.left);
  const to = a1(b.bottom, b.right);
  return from === to ? from : `${from}:${to}`;
}

function parseBox(address: string): Box {
  const local = address.slice(address.lastIndexOf('!') + 1);
  const [from, to] = local.split(':');
  const a = parseA1(from ?? '');
  const b = parseA1(to ?? from ?? '');
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** A sheet as a decoder gives it: its grid, and its protection when the file had any. */
export interface DecodedSheet {
  grid: Grid;
  protected?: boolean;
  /** Zero-based [row, col] of the cells the file unlocks, relative to the grid's origin. */
  unlocked?: readonly (readonly [number, number])[];
}
type Decoder = (base64: string) => Promise<DecodedSheet[]>;

/** A workbook-level defined name as Excel's NamedItem gives it ("=Смета!$A$4:$J$45"). */
export interface FakeName {
  name: string;
  formula: string;
}

/** Office's platform names (Office.context.diagnostics.platform). */
export type FakePlatform = 'PC' | 'Mac' | 'OfficeOnline' | 'iOS' | 'Android';

/** What Excel.run was given: only delayForCellEdit changes the fake's behaviour. */
export interface FakeRunOptions {
  delayForCellEdit?: boolean;
}

/** The workbook behind the fake: sheets, selection, active sheet, sync counter. */
export class FakeExcel {
  sheets: FakeSheet[] = [];
  names: FakeName[] = [];
  syncCount = 0;
  selection: { sheet: string; address: string } | null = null;
  activeSheet: string | null = null;
  /** Where Office runs; insertWorksheetsFromBase64 exists only on Windows, Mac and the web. */
  platform: FakePlatform = 'PC';
  /**
   * Excel on the web refuses a request or a response over 5 MB ("Resource limits and performance
   * optimization for Office Add-ins", docs/concepts/resource-limits-and-performance-optimization.md);
   * null = no limit (Excel on Windows and Mac). Counted as the JSON of the values sent or loaded.
   */
  payloadLimit: number | null = null;
  /** Runs that failed on cell edit mode or payload size, for tests to see what was retried. */
  readonly failures: string[] = [];
  private nextId = 1;
  private cellEdit: { done: Promise<void>; finish: () => void } | null = null;

  constructor(
    /** Highest ExcelApi version the fake claims (1.13 inserts sheets from base64). */
    public apiVersion = '1.13',
    private readonly decode: Decoder | null = null,
  ) {}

  /** worksheets.onAdded / onDeleted handlers (registered at sync, like every handler). */
  readonly structureHandlers = { added: new Set<StructureHandler>(), deleted: new Set<StructureHandler>() };

  addSheet(name: string): FakeSheet {
    const sheet = new FakeSheet(`{sheet-${this.nextId++}}`, name);
    this.sheets.push(sheet);
    this.activeSheet ??= name;
    this.fireStructure('added', sheet);
    return sheet;
  }

  deleteSheet(name: string): void {
    const sheet = this.sheet(name);
    this.sheets = this.sheets.filter((s) => s !== sheet);
    if (this.activeSheet === name) this.activeSheet = this.sheets[0]?.name ?? null;
    this.fireStructure('deleted', sheet);
  }

  private fireStructure(kind: 'added' | 'deleted', sheet: FakeSheet): void {
    const event: FakeStructureEvent = {
      type: kind === 'added' ? 'WorksheetAdded' : 'WorksheetDeleted',
      worksheetId: sheet.id,
      source: 'Local',
    };
    for (const h of [...this.structureHandlers[kind]]) setTimeout(() => void h(event), 0);
  }

  /** A sheet filled from an engine grid (values and formulas, merges) and its protection. */
  addGrid(grid: Grid, protection?: Omit<DecodedSheet, 'grid'>): FakeSheet {
    const sheet = this.addSheet(grid.name);
    const o = parseA1(grid.origin || 'A1');
    grid.cells.forEach((row, r) =>
      row.forEach((c, col) => {
        if (!c) return;
        const value: FakeValue = c.error ?? c.value ?? '';
        sheet.set(o.row + r, o.col + col, c.formula ? { value, formula: c.formula } : { value });
      }),
    );
    sheet.merges = (grid.merges ?? []).map((m) => ({
      top: m.top + o.row,
      left: m.left + o.col,
      bottom: m.bottom + o.row,
      right: m.right + o.col,
    }));
    sheet.protected = protection?.protected ?? false;
    for (const [r, c] of protection?.unlocked ?? []) sheet.unlock(o.row + r, o.col + c);
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  /** A user typing into a cell: changes it and fires onChanged like Excel. */
  edit(sheetName: string, address: string, value: FakeValue): void {
    const sheet = this.sheet(sheetName);
    const { row, col } = parseA1(address);
    sheet.set(
      row,
      col,
      typeof value === 'string' && value.startsWith('=') ? { value: '', formula: value } : { value },
    );
    this.fire(sheet, { top: row, left: col, bottom: row, right: col });
  }

  /**
   * The user starts typing in a cell and stays in cell edit mode until endCellEdit. Meanwhile a
   * batch run without delayForCellEdit fails and one with it waits
   * (docs/excel/excel-add-ins-delay-in-cell-edit.md).
   */
  beginCellEdit(): void {
    let finish = () => undefined as void;
    const done = new Promise<void>((resolve) => (finish = resolve));
    this.cellEdit = { done, finish };
  }

  /** Enter: the typed value lands, the edit mode ends and delayed batches run. */
  endCellEdit(sheetName: string, address: string, value: FakeValue): void {
    const edit = this.cellEdit;
    this.cellEdit = null;
    this.edit(sheetName, address, value);
    edit?.finish();
  }

  /**
   * A change Excel reports with the address it gives: a row inserted or deleted comes as whole
   * rows ("5:5"), a column as "C:C", a multi-area paste as "A1:B2,D4"
   * (Excel.WorksheetChangedEventArgs.address; docs/excel/excel-add-ins-events.md).
   */
  fireAddress(sheetName: string, address: string): void {
    const sheet = this.sheet(sheetName);
    for (const h of [...sheet.handlers]) setTimeout(() => void h(this.changeEvent(sheet, address, false)), 0);
  }

  /** Before a sync: cell edit mode fails or delays the batch. */
  async waitForCellEdit(options: FakeRunOptions): Promise<void> {
    if (!this.cellEdit) return;
    if (!options.delayForCellEdit) {
      this.failures.push('InvalidOperationInCellEditMode');
      throw new FakeOfficeError(
        'InvalidOperationInCellEditMode',
        'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.',
      );
    }
    await this.cellEdit.done;
  }

  /** Excel on the web's payload limit, for the request (before) or the response (after a sync). */
  checkPayload(kind: 'Request' | 'Response', bytes: number): void {
    if (this.payloadLimit === null || bytes <= this.payloadLimit) return;
    const code = `${kind}PayloadSizeLimitExceeded`;
    this.failures.push(code);
    throw new FakeOfficeError(code, `The ${kind.toLowerCase()} payload size has exceeded the limit.`);
  }

  isSetSupported(name: string, version: string): boolean {
    if (name !== 'ExcelApi') return false;
    const [maj, min] = version.split('.').map(Number);
    const [haveMaj, haveMin] = this.apiVersion.split('.').map(Number);
    return (haveMaj ?? 0) > (maj ?? 0) || ((haveMaj ?? 0) === (maj ?? 0) && (haveMin ?? 0) >= (min ?? 0));
  }

  async run<T>(batch: (ctx: FakeContext) => Promise<T>, options: FakeRunOptions = {}): Promise<T> {
    return batch(new FakeContext(this, options));
  }

  /** Excel fires change events after the batch, asynchronously; `byAddin` for writes made through a context. */
  fire(sheet: FakeSheet, box: Box, byAddin = false): void {
    const event = this.changeEvent(sheet, boxAddress(box), byAddin);
    for (const h of [...sheet.handlers]) setTimeout(() => void h(event), 0);
  }

  private changeEvent(sheet: FakeSheet, address: string, byAddin: boolean): FakeChangedEvent {
    const event: FakeChangedEvent = {
      type: 'WorksheetChanged',
      address,
      worksheetId: sheet.id,
      changeType: 'RangeEdited',
      source: 'Local',
    };
    if (this.isSetSupported('ExcelApi', '1.14')) event.triggerSource = byAddin ? 'ThisLocalAddin' : 'Unknown';
    return event;
  }

  async insertFromBase64(base64: string): Promise<string[]> {
    if (!this.decode) throw new FakeOfficeError('NotImplemented', 'this fake has no workbook decoder');
    // Excel.Workbook.insertWorksheetsFromBase64: "only supported for Office on Windows, Mac, and the web".
    if (this.platform === 'iOS' || this.platform === 'Android')
      throw new FakeOfficeError(
        'ApiNotFound',
        'insertWorksheetsFromBase64 is not supported on this platform',
      );
    const decoded = await this.decode(base64);
    return decoded.map(({ grid, ...protection }) => {
      let name = grid.name;
      for (let i = 2; this.sheets.some((s) => s.name === name); i++) name = `${grid.name} (${i})`;
      return this.addGrid({ ...grid, name }, protection).id;
    });
  }
}

type Op = () => void | Promise<void>;

export class FakeContext {
  readonly workbook: FakeWorkbook;
  private queue: Op[] = [];
  /** JSON bytes of the values queued for writing, and of those loaded by the running sync. */
  requestBytes = 0;
  responseBytes = 0;
  constructor(
    readonly excel: FakeExcel,
    readonly options: FakeRunOptions = {},
  ) {
    this.workbook = new FakeWorkbook(this);
  }

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  /** Runs everything queued, in order; the first failure rejects the sync like Office. */
  async sync(): Promise<void> {
    this.excel.syncCount++;
    const ops = this.queue;
    const request = this.requestBytes;
    this.queue = [];
    this.requestBytes = 0;
    this.responseBytes = 0;
    await this.excel.waitForCellEdit(this.options);
    this.excel.checkPayload('Request', request);
    for (const op of ops) await op();
    this.excel.checkPayload('Response', this.responseBytes);
  }
}

/** Base of all proxies: properties exist only after load() + sync(). */
class Proxy<T> {
  private readonly loaded = new Map<string, unknown>();
  protected target: T | null | undefined = undefined;
  constructor(
    readonly context: FakeContext,
    protected readonly resolve: () => T | null,
    private readonly orNull: boolean,
    private readonly what: string,
  ) {}

  /** The real object at sync time (a missing one fails the sync unless *OrNullObject). */
  protected at(): T | null {
    const t = this.resolve();
    if (t === null && !this.orNull)
      throw new FakeOfficeError('ItemNotFound', `The requested ${this.what} does not exist.`);
    this.target = t;
    return t;
  }

  protected read<V>(prop: string): V {
    if (!this.loaded.has(prop))
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    return this.loaded.get(prop) as V;
  }

  protected queueLoad(props: string | string[], get: (target: T, prop: string) => unknown): void {
    const list = (Array.isArray(props) ? props : props.split(',')).map((p) => p.trim()).filter(Boolean);
    this.context.enqueue(() => this.fill(this.at(), list, get));
  }

  protected fill(t: T | null, props: string[], get: (target: T, prop: string) => unknown): void {
    this.target = t;
    this.loaded.set('isNullObject', t === null);
    for (const p of props) this.loaded.set(p, t === null ? undefined : get(t, p));
  }

  get isNullObject(): boolean {
    return this.read<boolean>('isNullObject');
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNameCollection;
  constructor(private readonly ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.names = new FakeNameCollection(ctx);
  }

  insertWorksheetsFromBase64(
    base64: string,
    _options?: { positionType?: string },
  ): FakeClientResult<string[]> {
    const result = new FakeClientResult<string[]>();
    this.ctx.enqueue(async () => {
      if (!this.ctx.excel.isSetSupported('ExcelApi', '1.13'))
        throw new FakeOfficeError('ApiNotFound', 'insertWorksheetsFromBase64 needs ExcelApi 1.13');
      result.set(await this.ctx.excel.insertFromBase64(base64));
    });
    return result;
  }
}

/** workbook.names: items with name, type and formula (NamedItem.formula is ExcelApi 1.7). */
export class FakeNameCollection {
  private list: { name: string; type: string; formula: string }[] | null = null;
  constructor(private readonly ctx: FakeContext) {}
  load(_props?: string | string[]): this {
    this.ctx.enqueue(() => {
      if (!this.ctx.excel.isSetSupported('ExcelApi', '1.7'))
        throw new FakeOfficeError('ApiNotFound', 'NamedItem.formula needs ExcelApi 1.7');
      this.list = this.ctx.excel.names.map((n) => ({ name: n.name, type: 'Range', formula: n.formula }));
    });
    return this;
  }
  get items(): { name: string; type: string; formula: string }[] {
    if (!this.list)
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        "The property 'items' is not available before load and sync.",
      );
    return this.list;
  }
}

export class FakeClientResult<V> {
  private has = false;
  private v: V | undefined;
  set(v: V): void {
    this.v = v;
    this.has = true;
  }
  get value(): V {
    if (!this.has)
      throw new FakeOfficeError('PropertyNotLoaded', 'The value is not available before context.sync().');
    return this.v as V;
  }
}

export class FakeWorksheetCollection extends Proxy<FakeSheet[]> {
  private list: FakeWorksheet[] | null = null;
  constructor(ctx: FakeContext) {
    super(ctx, () => ctx.excel.sheets, false, 'worksheets');
  }

  readonly onAdded = this.structureEvent('added');
  readonly onDeleted = this.structureEvent('deleted');

  private structureEvent(kind: 'added' | 'deleted') {
    return {
      add: (h: StructureHandler) => {
        const handlers = this.context.excel.structureHandlers[kind];
        this.context.enqueue(() => void handlers.add(h));
        return new FakeEventHandlerResult(this.context, () => handlers.delete(h));
      },
    };
  }

  private find(key: string): FakeSheet | null {
    return this.context.excel.sheets.find((s) => s.name === key || s.id === key) ?? null;
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.find(key), false);
  }

  /** Queues a new sheet at the end; a name already taken (ignoring case) fails the sync like Excel. */
  add(name?: string): FakeWorksheet {
    let created: FakeSheet | null = null;
    this.context.enqueue(() => {
      const excel = this.context.excel;
      const wanted = name ?? `Sheet${excel.sheets.length + 1}`;
      if (excel.sheets.some((s) => s.name.toLowerCase() === wanted.toLowerCase()))
        throw new FakeOfficeError('ItemAlreadyExists', `A worksheet named ${wanted} already exists.`);
      created = excel.addSheet(wanted);
    });
    return new FakeWorksheet(this.context, () => created, false);
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.find(key), true);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.find(this.context.excel.activeSheet ?? ''), false);
  }

  /** Supports "items/name,items/id,items/visibility" like Office's navigation paths. */
  load(props: string | string[]): this {
    const list = (Array.isArray(props) ? props : props.split(',')).map((p) =>
      p.trim().replace(/^items\//, ''),
    );
    this.context.enqueue(() => {
      this.list = this.context.excel.sheets.map((s) => {
        const ws = new FakeWorksheet(this.context, () => s, false);
        ws.loadNow(s, list);
        return ws;
      });
    });
    return this;
  }

  get items(): FakeWorksheet[] {
    if (!this.list) return this.read<FakeWorksheet[]>('items');
    return this.list;
  }
}

export class FakeWorksheet extends Proxy<FakeSheet> {
  readonly onChanged: { add: (h: ChangedHandler) => FakeEventHandlerResult };
  constructor(ctx: FakeContext, resolve: () => FakeSheet | null, orNull: boolean) {
    super(ctx, resolve, orNull, 'worksheet');
    this.onChanged = {
      add: (h) => {
        const result = new FakeEventHandlerResult(ctx, () => this.target?.handlers.delete(h));
        ctx.enqueue(() => {
          this.at()?.handlers.add(h);
        });
        return result;
      },
    };
  }

  readonly tables = {
    /**
     * Records the table at sync; tables may not overlap, as in Excel. A string address without a
     * sheet name lands on the active sheet, whichever collection it was added through
     * (Excel.TableCollection.add: "If the address does not contain a sheet name, the
     * currently-active sheet is used").
     */
    add: (address: string | FakeRange, hasHeaders: boolean): void => {
      this.context.enqueue(() => {
        const excel = this.context.excel;
        const place =
          typeof address === 'string'
            ? {
                sheet: address.includes('!')
                  ? excel.sheet(address.slice(0, address.lastIndexOf('!')).replace(/^'|'$/g, ''))
                  : excel.sheet(excel.activeSheet ?? ''),
                box: parseBox(address),
              }
            : address.place();
        if (!place) return;
        const s = place.sheet;
        const box = place.box;
        if (s.tables.some((t) => overlaps(parseBox(t.address), box)))
          throw new FakeOfficeError('InvalidOperation', 'A table cannot overlap another table.');
        s.tables.push({ address: boxAddress(box), hasHeaders });
      });
    },
  };

  /** worksheet.protection.protected (ExcelApi 1.2). */
  readonly protection = new FakeSheetProtection(this.context, () => this.at());

  readonly freezePanes = {
    freezeRows: (count = 1): void => {
      this.context.enqueue(() => {
        const s = this.at();
        if (s) s.frozenRows = count;
      });
    },
  };

  readonly charts = {
    add: (type: string, source: FakeRange, seriesBy: string): FakeChartProxy => {
      const chart: FakeChart = { type, source: '', seriesBy, title: null, position: null };
      this.context.enqueue(() => {
        const s = this.at();
        const p = source.place();
        if (!s || !p) return;
        chart.source = `${quoteSheet(p.sheet.name)}!${boxAddress(p.box)}`;
        s.charts.push(chart);
      });
      return new FakeChartProxy(this.context, chart);
    },
  };

  /** Used by the collection while its sync runs: properties as a load of "items/…" gives them. */
  loadNow(sheet: FakeSheet, props: string[]): void {
    this.fill(sheet, props, sheetProp);
  }

  load(props: string | string[]): this {
    this.queueLoad(props, (s, p) => sheetProp(s, p));
    return this;
  }

  get name(): string {
    return this.read<string>('name');
  }
  get id(): string {
    return this.read<string>('id');
  }
  get visibility(): string {
    return this.read<string>('visibility');
  }

  getRange(address: string): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const s = this.at();
        return s && { sheet: s, box: parseBox(address) };
      },
      false,
    );
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    return this.used(valuesOnly, false);
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return this.used(valuesOnly, true);
  }

  private used(_valuesOnly: boolean | undefined, orNull: boolean): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const s = this.at();
        const box = s?.usedBox();
        return s && box ? { sheet: s, box } : null;
      },
      orNull,
    );
  }

  activate(): void {
    this.context.enqueue(() => {
      const s = this.at();
      if (s) this.context.excel.activeSheet = s.name;
    });
  }
}

export class FakeSheetProtection {
  private value: boolean | undefined;
  constructor(
    private readonly context: FakeContext,
    private readonly sheet: () => FakeSheet | null,
  ) {}
  load(_props?: string): this {
    this.context.enqueue(() => void (this.value = this.sheet()?.protected ?? false));
    return this;
  }
  get protected(): boolean {
    if (this.value === undefined)
      throw new FakeOfficeError('PropertyNotLoaded', "The property 'protected' is not available.");
    return this.value;
  }
}

function sheetProp(s: FakeSheet, p: string): unknown {
  if (p === 'name') return s.name;
  if (p === 'id') return s.id;
  if (p === 'visibility') return s.visibility;
  throw new FakeOfficeError('InvalidArgument', `the fake does not know worksheet property ${p}`);
}

function overlaps(a: Box, b: Box): boolean {
  return a.top <= b.bottom && a.bottom >= b.top && a.left <= b.right && a.right >= b.left;
}

/** The chart proxy: title and position are queued like every other write. */
export class FakeChartProxy {
  readonly title: { text: string };
  constructor(
    private readonly context: FakeContext,
    private readonly chart: FakeChart,
  ) {
    this.title = {
      set text(text: string) {
        context.enqueue(() => void (chart.title = text));
      },
      get text(): string {
        throw new FakeOfficeError('PropertyNotLoaded', 'The fake does not load chart titles.');
      },
    };
  }

  setPosition(start: string, end?: string): void {
    this.context.enqueue(() => void (this.chart.position = { start, end: end ?? null }));
  }
}

export class FakeEventHandlerResult {
  constructor(
    readonly context: FakeContext,
    private readonly drop: () => void,
  ) {}
  remove(): void {
    this.context.enqueue(() => this.drop());
  }
}

interface Place {
  sheet: FakeSheet;
  box: Box;
}

export class FakeRange extends Proxy<Place> {
  constructor(ctx: FakeContext, resolve: () => Place | null, orNull: boolean) {
    super(ctx, resolve, orNull, 'range');
  }

  load(props: string | string[]): this {
    this.queueLoad(props, (p, prop) => {
      const v = rangeProp(p, prop);
      if (prop === 'values' || prop === 'formulas') this.context.responseBytes += jsonBytes(v);
      return v;
    });
    return this;
  }

  get address(): string {
    return this.read<string>('address');
  }
  get rowCount(): number {
    return this.read<number>('rowCount');
  }
  get columnCount(): number {
    return this.read<number>('columnCount');
  }
  get values(): FakeValue[][] {
    return this.read<FakeValue[][]>('values');
  }
  get formulas(): FakeValue[][] {
    return this.read<FakeValue[][]>('formulas');
  }

  /**
   * Writing values queues the write; Excel applies it (and fires onChanged) at sync. On a
   * protected sheet a range with any locked cell fails the whole sync with AccessDenied
   * (docs/excel/excel-add-ins-error-handling.md, "AccessDenied"; excel-add-ins-worksheets.md,
   * "Data protection"); a write covering part of a merged area fails as Excel's own "We can't
   * do that to a merged cell" does (the fake's rule: Excel documents no API code for it).
   */
  set values(rows: FakeValue[][]) {
    const copy = rows.map((r) => r.slice());
    this.context.requestBytes += jsonBytes(copy);
    this.context.enqueue(() => {
      const p = this.at();
      if (!p) return;
      checkSize(p.box, copy);
      checkWritable(p);
      copy.forEach((row, r) =>
        row.forEach((v, c) => {
          const isFormula = typeof v === 'string' && v.startsWith('=');
          // A leading apostrophe makes the rest text, as typing it in Excel does.
          const text = typeof v === 'string' && v.startsWith("'") ? v.slice(1) : null;
          p.sheet.set(
            p.box.top + r,
            p.box.left + c,
            v === ''
              ? undefined
              : text !== null
                ? { value: text }
                : isFormula
                  ? { value: '', formula: v }
                  : { value: v },
          );
        }),
      );
      this.context.excel.fire(p.sheet, p.box, true);
    });
  }

  /** Number formats, applied at sync like values (Excel fires no onChanged for formats). */
  set numberFormat(rows: string[][]) {
    const copy = rows.map((r) => r.slice());
    this.context.enqueue(() => {
      const p = this.at();
      if (!p) return;
      checkSize(p.box, copy);
      checkWritable(p);
      copy.forEach((row, r) =>
        row.forEach((f, c) => p.sheet.formats.set(`${p.box.top + r},${p.box.left + c}`, f)),
      );
    });
  }

  readonly format = {
    autofitColumns: (): void => {
      this.context.enqueue(() => {
        const p = this.at();
        if (p) p.sheet.autofitted.push(boxAddress(p.box));
      });
    },
    /** format.protection.locked: true or false for the whole range, null when it is mixed. */
    protection: new FakeRangeProtection(this.context, () => this.at()),
  };

  /** Where the range is, resolved at sync: for the fake's own charts. */
  place(): Place | null {
    return this.at();
  }

  getCell(row: number, col: number): FakeRange {
    return this.derived((b) => ({
      top: b.top + row,
      left: b.left + col,
      bottom: b.top + row,
      right: b.left + col,
    }));
  }

  getAbsoluteResizedRange(rows: number, cols: number): FakeRange {
    return this.derived((b) => ({
      top: b.top,
      left: b.left,
      bottom: b.top + rows - 1,
      right: b.left + cols - 1,
    }));
  }

  /**
   * Excel.Range.getMergedAreasOrNullObject: "if the merged areas count in this range is more
   * than 512, then this method will fail to return the result" (the whole sync fails).
   */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, () => {
      const p = this.at();
      if (!p) return null;
      const hits = p.sheet.merges.filter((m) => overlaps(m, p.box));
      if (hits.length > MAX_MERGED_AREAS)
        throw new FakeOfficeError('GeneralException', 'There are too many merged areas in the range.');
      return hits.length > 0
        ? hits.map((m) => `${quoteSheet(p.sheet.name)}!${boxAddress(m)}`).join(',')
        : null;
    });
  }

  getColumn(col: number): FakeRange {
    return this.derived((b) => ({ top: b.top, left: b.left + col, bottom: b.bottom, right: b.left + col }));
  }

  select(): void {
    this.context.enqueue(() => {
      const p = this.at();
      if (!p) return;
      this.context.excel.activeSheet = p.sheet.name;
      this.context.excel.selection = { sheet: p.sheet.name, address: boxAddress(p.box) };
    });
  }

  private derived(f: (b: Box) => Box): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const p = this.at();
        return p && { sheet: p.sheet, box: f(p.box) };
      },
      true,
    );
  }
}

const MAX_MERGED_AREAS = 512;

function checkWritable({ sheet, box }: Place): void {
  if (sheet.protected)
    for (let r = box.top; r <= box.bottom; r++)
      for (let c = box.left; c <= box.right; c++)
        if (sheet.isLocked(r, c))
          throw new FakeOfficeError(
            'AccessDenied',
            "The cell or chart you're trying to change is protected and therefore read-only.",
          );
  for (const m of sheet.merges)
    if (
      overlaps(m, box) &&
      !(box.top <= m.top && box.bottom >= m.bottom && box.left <= m.left && box.right >= m.right)
    )
      throw new FakeOfficeError('InvalidOperation', "We can't do that to a merged cell.");
}

/** UTF-8 bytes of a value as JSON: what a payload limit counts. */
function jsonBytes(v: unknown): number {
  return new TextEncoder().encode(JSON.stringify(v)).length;
}

export class FakeRangeProtection {
  private value: boolean | null | undefined;
  constructor(
    private readonly context: FakeContext,
    private readonly place: () => Place | null,
  ) {}
  load(_props?: string): this {
    this.context.enqueue(() => {
      const p = this.place();
      if (!p) return;
      const seen = new Set<boolean>();
      for (let r = p.box.top; r <= p.box.bottom; r++)
        for (let c = p.box.left; c <= p.box.right; c++) seen.add(p.sheet.isLocked(r, c));
      this.value = seen.size === 1 ? [...seen][0]! : null;
    });
    return this;
  }
  get locked(): boolean | null {
    if (this.value === undefined)
      throw new FakeOfficeError('PropertyNotLoaded', "The property 'locked' is not available.");
    return this.value;
  }
}

function checkSize(box: Box, rows: readonly (readonly unknown[])[]): void {
  const h = box.bottom - box.top + 1;
  const w = box.right - box.left + 1;
  if (rows.length !== h || rows.some((r) => r.length !== w))
    throw new FakeOfficeError(
      'InvalidArgument',
      'The number of rows or columns in the input array does not match the size or dimensions of the range.',
    );
}

function rangeProp(p: Place, prop: string): unknown {
  const { sheet, box } = p;
  const rows = () =>
    Array.from({ length: box.bottom - box.top + 1 }, (_, r) =>
      Array.from({ length: box.right - box.left + 1 }, (_, c) => sheet.get(box.top + r, box.left + c)),
    );
  switch (prop) {
    case 'address':
      return `${quoteSheet(sheet.name)}!${boxAddress(box)}`;
    case 'rowCount':
      return box.bottom - box.top + 1;
    case 'columnCount':
      return box.right - box.left + 1;
    case 'values':
      return rows().map((r) => r.map((c) => c?.value ?? ''));
    case 'formulas':
      return rows().map((r) => r.map((c) => c?.formula ?? c?.value ?? ''));
    default:
      throw new FakeOfficeError('InvalidArgument', `the fake does not know range property ${prop}`);
  }
}

export class FakeRangeAreas extends Proxy<string> {
  constructor(ctx: FakeContext, resolve: () => string | null) {
    super(ctx, resolve, true, 'range areas');
  }
  load(props: string | string[]): this {
    this.queueLoad(props, (address) => address);
    return this;
  }
  get address(): string {
    return this.read<string>('address');
  }
}
