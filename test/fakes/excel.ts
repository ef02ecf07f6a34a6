/**
 * A faithful fake of the Excel JavaScript API subset Esep uses, for jest (node) and, bundled by
 * esbuild, as the office.js stub of the browser end-to-end tests.
 *
 * What it keeps from Office: proxies queue work and nothing happens until context.sync(); a
 * property read before load() + sync() throws PropertyNotLoaded; getItem of a missing sheet fails
 * the sync with ItemNotFound while *OrNullObject gives a null object; onChanged handlers take
 * effect at the next sync and fire asynchronously after writes, including the add-in's own.
 * Sheets, tables and charts the add-in adds are recorded on the sheet for tests to inspect.
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

type Decoder = (base64: string) => Promise<Grid[]>;

/** The workbook behind the fake: sheets, selection, active sheet, sync counter. */
export class FakeExcel {
  sheets: FakeSheet[] = [];
  syncCount = 0;
  selection: { sheet: string; address: string } | null = null;
  activeSheet: string | null = null;
  private nextId = 1;

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

  /** A sheet filled from an engine grid (values and formulas, merges). */
  addGrid(grid: Grid): FakeSheet {
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

  isSetSupported(name: string, version: string): boolean {
    if (name !== 'ExcelApi') return false;
    const [maj, min] = version.split('.').map(Number);
    const [haveMaj, haveMin] = this.apiVersion.split('.').map(Number);
    return (haveMaj ?? 0) > (maj ?? 0) || ((haveMaj ?? 0) === (maj ?? 0) && (haveMin ?? 0) >= (min ?? 0));
  }

  async run<T>(batch: (ctx: FakeContext) => Promise<T>): Promise<T> {
    return batch(new FakeContext(this));
  }

  /** Excel fires change events after the batch, asynchronously; `byAddin` for writes made through a context. */
  fire(sheet: FakeSheet, box: Box, byAddin = false): void {
    const event: FakeChangedEvent = {
      type: 'WorksheetChanged',
      address: boxAddress(box),
      worksheetId: sheet.id,
      changeType: 'RangeEdited',
      source: 'Local',
    };
    if (this.isSetSupported('ExcelApi', '1.14')) event.triggerSource = byAddin ? 'ThisLocalAddin' : 'Unknown';
    for (const h of [...sheet.handlers]) setTimeout(() => void h(event), 0);
  }

  async insertFromBase64(base64: string): Promise<string[]> {
    if (!this.decode) throw new FakeOfficeError('NotImplemented', 'this fake has no workbook decoder');
    const grids = await this.decode(base64);
    return grids.map((g) => {
      let name = g.name;
      for (let i = 2; this.sheets.some((s) => s.name === name); i++) name = `${g.name} (${i})`;
      return this.addGrid({ ...g, name }).id;
    });
  }
}

type Op = () => void | Promise<void>;

export class FakeContext {
  readonly workbook: FakeWorkbook;
  private queue: Op[] = [];
  constructor(readonly excel: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
  }

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  /** Runs everything queued, in order; the first failure rejects the sync like Office. */
  async sync(): Promise<void> {
    this.excel.syncCount++;
    const ops = this.queue;
    this.queue = [];
    for (const op of ops) await op();
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
  constructor(private readonly ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
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
    /** Records the table at sync; tables may not overlap, as in Excel. */
    add: (address: string, hasHeaders: boolean): void => {
      this.context.enqueue(() => {
        const s = this.at();
        if (!s) return;
        const box = parseBox(address);
        if (s.tables.some((t) => overlaps(parseBox(t.address), box)))
          throw new FakeOfficeError('InvalidOperation', 'A table cannot overlap another table.');
        s.tables.push({ address: boxAddress(box), hasHeaders });
      });
    },
  };

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
    this.queueLoad(props, (p, prop) => rangeProp(p, prop));
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

  /** Writing values queues the write; Excel applies it (and fires onChanged) at sync. */
  set values(rows: FakeValue[][]) {
    const copy = rows.map((r) => r.slice());
    this.context.enqueue(() => {
      const p = this.at();
      if (!p) return;
      checkSize(p.box, copy);
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

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, () => {
      const p = this.at();
      if (!p) return null;
      const hits = p.sheet.merges.filter(
        (m) =>
          m.top <= p.box.bottom && m.bottom >= p.box.top && m.left <= p.box.right && m.right >= p.box.left,
      );
      return hits.length > 0
        ? hits.map((m) => `${quoteSheet(p.sheet.name)}!${boxAddress(m)}`).join(',')
        : null;
    });
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
