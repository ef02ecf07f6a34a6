import { serialFromDate } from '../../engine/grid/excel-date';
import type ExcelJS from 'exceljs';
import * as z from 'zod/mini';
import { ESTIMATE_LAYOUT_V1 } from '../../engine/read/estimate/layout';
import {
  DATE,
  PERCENT,
  STATUS_HEADER,
  TENGE,
  addMarkers,
  addr,
  finishSheet,
  formula,
  headerCell,
  input,
  label,
  nonNegative,
  shadeRow,
  statusCell,
  unitList,
  monthsFormula,
} from '../kit';
import { LABELS, type TemplateLang } from '../labels';

export const EstimateItemSchema = z.object({
  label: z._default(z.string(), ''),
  unit: z._default(z.string(), ''),
  qty: z._default(z.nullable(z.number()), null),
  cost: z._default(z.nullable(z.number()), null),
  own: z._default(z.nullable(z.number()), null),
  note: z._default(z.string(), ''),
});
export const EstimateGroupSchema = z.object({ label: z.string(), items: z.array(EstimateItemSchema) });
export const ChargeKindSchema = z.enum(['social-contributions', 'social-tax', 'medical', 'pension']);

/** What an estimate holds; an empty template is the same shape with blank lines to type into. */
export const EstimateDataSchema = z.object({
  /** ISO dates (yyyy-mm-dd); null leaves the period cells for the user. */
  start: z._default(z.nullable(z.string()), null),
  end: z._default(z.nullable(z.string()), null),
  salaries: z.array(EstimateItemSchema),
  /** Payroll charges in the order of the form; labels come from the dictionary. */
  charges: z.record(ChargeKindSchema, z.omit(EstimateItemSchema, { label: true })),
  /** Administrative lines after the salary group: items, or groups "…, соның ішінде:". */
  admin: z.array(z.union([EstimateGroupSchema, EstimateItemSchema])),
  mtid: z.array(EstimateItemSchema),
  activities: z.array(z.object({ title: z.string(), items: z.array(EstimateItemSchema) })),
});
export type EstimateItem = z.infer<typeof EstimateItemSchema>;
export type EstimateData = z.infer<typeof EstimateDataSchema>;
export type EstimateInput = z.input<typeof EstimateDataSchema>;

const blank = (n: number): EstimateItem[] => Array.from({ length: n }, () => EstimateItemSchema.parse({}));

/** The empty form: the official skeleton with a few blank lines in each place. */
export function emptyEstimate(lang: TemplateLang): EstimateData {
  const unit = LABELS[lang].estimate.units[0];
  const charge = { unit, qty: null, cost: null, own: null, note: '' };
  return {
    start: null,
    end: null,
    salaries: blank(3),
    charges: { 'social-contributions': charge, 'social-tax': charge, medical: charge, pension: charge },
    admin: blank(3),
    mtid: blank(3),
    activities: [1, 2, 3].map(() => ({ title: '', items: blank(4) })),
  };
}

/** Where the template put things, for the add-in, the examples and the tests (1-based rows). */
export interface EstimateSheetMap {
  sheet: string;
  headerTop: number;
  firstRow: number;
  totalRow: number;
  /** Row of every line by its label (first occurrence), and of the sections by key. */
  rowOf: Map<string, number>;
  sections: { admin: number; mtid: number; direct: number };
  salaryGroup: number;
  periodRow: number;
  /** The grand total of grant funds: the grant amount of the project card. */
  grantTotalCell: string;
  grantTotal: number;
}

const C = ESTIMATE_LAYOUT_V1.columns;
const col = (c: number) => c + 1;
const STATUS = col(ESTIMATE_LAYOUT_V1.status);
const HEADER_TOP = 4;
const FIRST_ROW = HEADER_TOP + ESTIMATE_LAYOUT_V1.headerRows;

interface Sums {
  total: number;
  own: number;
  grant: number;
}
const add = (a: Sums, b: Sums): Sums => ({
  total: a.total + b.total,
  own: a.own + b.own,
  grant: a.grant + b.grant,
});
const ZERO: Sums = { total: 0, own: 0, grant: 0 };

/** Writes the estimate sheet; `periodFrom` links the period to the project sheet instead of own inputs. */
export async function writeEstimateSheet(
  wb: ExcelJS.Workbook,
  lang: TemplateLang,
  data: EstimateData,
  periodFrom?: { sheet: string; start: string; end: string },
): Promise<EstimateSheetMap> {
  const L = LABELS[lang].estimate;
  const ws = wb.addWorksheet(LABELS[lang].sheets.estimate);
  const widths = [5, 46, 10, 9, 13, 15, 15, 15, 36, 6];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));

  ws.getCell(1, col(C.label)).value = L.title;
  ws.getCell(1, col(C.label)).font = { bold: true, size: 13 };
  const periodRow = HEADER_TOP + ESTIMATE_LAYOUT_V1.period.row;
  const p = ESTIMATE_LAYOUT_V1.period;
  label(ws, periodRow, col(C.label), L.period);
  const dates = [data.start, data.end].map((d) => (d ? new Date(`${d}T00:00:00Z`) : null));
  if (periodFrom) {
    // An empty project date stays empty here (a bare reference would show 0 as 30.12.1899).
    const ref = (cell: string) =>
      `IF(ISBLANK('${periodFrom.sheet}'!${cell}),"",'${periodFrom.sheet}'!${cell})`;
    formula(ws, periodRow, col(p.start), { formula: ref(periodFrom.start), result: serial(dates[0]) }, DATE);
    formula(ws, periodRow, col(p.end), { formula: ref(periodFrom.end), result: serial(dates[1]) }, DATE);
  } else {
    input(ws, periodRow, col(p.start), dates[0] ?? null, DATE);
    input(ws, periodRow, col(p.end), dates[1] ?? null, DATE);
  }
  formula(
    ws,
    periodRow,
    col(p.months),
    monthsFormula(addr(periodRow, col(p.start)), addr(periodRow, col(p.end)), dates[0], dates[1]),
  );
  label(ws, periodRow, col(p.months) + 1, L.months);

  L.headers.forEach((h, i) => headerCell(ws, HEADER_TOP, i + 1, h));
  headerCell(ws, HEADER_TOP + 1, col(C.own), L.funding[0]);
  headerCell(ws, HEADER_TOP + 1, col(C.grant), L.funding[1]);
  headerCell(ws, HEADER_TOP, STATUS, STATUS_HEADER);
  ws.mergeCells(HEADER_TOP, col(C.own), HEADER_TOP, col(C.grant));
  for (const c of [C.number, C.label, C.unit, C.qty, C.unitCost, C.total, C.note, ESTIMATE_LAYOUT_V1.status])
    ws.mergeCells(HEADER_TOP, col(c), HEADER_TOP + 1, col(c));
  ws.getRow(HEADER_TOP + 1).height = 30;

  const rowOf = new Map<string, number>();
  let row = FIRST_ROW;
  const money = (r: number, c: number, f: string, result: number) =>
    formula(ws, r, col(c), { formula: f, result }, TENGE);

  const item = (it: EstimateItem, fixedLabel?: string): Sums => {
    const r = row++;
    const text = fixedLabel ?? it.label;
    if (fixedLabel) label(ws, r, col(C.label), fixedLabel);
    else input(ws, r, col(C.label), it.label || null);
    if (text && !rowOf.has(text)) rowOf.set(text, r);
    input(ws, r, col(C.number), null);
    input(ws, r, col(C.unit), it.unit || null);
    unitList(ws, addr(r, col(C.unit)), L.units);
    input(ws, r, col(C.qty), it.qty);
    nonNegative(ws, addr(r, col(C.qty)));
    input(ws, r, col(C.unitCost), it.cost, TENGE);
    nonNegative(ws, addr(r, col(C.unitCost)));
    const total = (it.qty ?? 0) * (it.cost ?? 0);
    money(r, C.total, `${addr(r, col(C.qty))}*${addr(r, col(C.unitCost))}`, total);
    input(ws, r, col(C.own), it.own, TENGE);
    nonNegative(ws, addr(r, col(C.own)));
    const own = it.own ?? 0;
    money(r, C.grant, `${addr(r, col(C.total))}-${addr(r, col(C.own))}`, total - own);
    input(ws, r, col(C.note), it.note || null);
    ws.getCell(r, col(C.note)).alignment = { wrapText: true, vertical: 'top' };
    statusCell(ws, r, STATUS);
    return { total, own, grant: total - own };
  };

  /** A group or section row summing the rows under it; nested SUBTOTALs are not counted twice. */
  const subtotal = (r: number, first: number, last: number, sums: Sums) => {
    for (const [c, v] of [
      [C.total, sums.total],
      [C.own, sums.own],
      [C.grant, sums.grant],
    ] as const) {
      const L0 = addr(first, col(c));
      const L1 = addr(Math.max(first, last), col(c));
      money(r, c, `SUBTOTAL(9,${L0}:${L1})`, v);
    }
    for (const c of [C.number, C.unit, C.qty, C.unitCost, C.note])
      ws.getCell(r, col(c)).protection = { locked: true };
    statusCell(ws, r, STATUS);
    shadeRow(ws, r, 1, STATUS - 1);
  };

  const group = (
    title: string,
    items: EstimateItem[],
    editable: boolean,
    fixed?: (i: number) => string | undefined,
  ): Sums => {
    const r = row++;
    if (editable) input(ws, r, col(C.label), title);
    else label(ws, r, col(C.label), title, true);
    if (title && !rowOf.has(title)) rowOf.set(title, r);
    let sums = ZERO;
    items.forEach((it, i) => (sums = add(sums, item(it, fixed?.(i)))));
    subtotal(r, r + 1, row - 1, sums);
    return sums;
  };

  const section = (number: string, title: string, body: () => Sums): { row: number; sums: Sums } => {
    const r = row++;
    label(ws, r, col(C.number), number, true);
    label(ws, r, col(C.label), title, true);
    const sums = body();
    subtotal(r, r + 1, row - 1, sums);
    return { row: r, sums };
  };

  let salaryGroup = 0;
  const admin = section('1', L.admin, () => {
    salaryGroup = row;
    const charges = (['social-contributions', 'social-tax', 'medical', 'pension'] as const).map((k) => ({
      ...data.charges[k],
      label: L.charges[k],
    }));
    const salaryItems = [...data.salaries, ...charges];
    let sums = group(L.salary, salaryItems, false, (i) =>
      i >= data.salaries.length ? salaryItems[i]!.label : undefined,
    );
    for (const entry of data.admin) {
      sums = add(sums, 'items' in entry ? group(entry.label, entry.items, true) : item(entry));
    }
    return sums;
  });
  const mtid = section('2', L.mtid, () => data.mtid.reduce((s, it) => add(s, item(it)), ZERO));
  const direct = section('3', L.direct, () =>
    data.activities.reduce((s, a, i) => add(s, group(L.activity(i + 1) + a.title, a.items, true)), ZERO),
  );

  const totalRow = row++;
  label(ws, totalRow, col(C.label), L.total, true);
  const grand = add(add(admin.sums, mtid.sums), direct.sums);
  subtotal(totalRow, FIRST_ROW, totalRow - 1, grand);

  // Shares of the grand total, below the table (the reader stops at the total row).
  row++;
  label(ws, row++, col(C.label), L.shares, true);
  const T = addr(totalRow, col(C.total));
  const share = (text: string, part: string, value: number) => {
    label(ws, row, col(C.label), text);
    formula(
      ws,
      row,
      col(C.total),
      { formula: `IF(${T}=0,0,${part}/${T})`, result: grand.total === 0 ? 0 : value / grand.total },
      PERCENT,
    );
    row++;
  };
  share(L.shareOf.admin, addr(admin.row, col(C.total)), admin.sums.total);
  share(L.shareOf.mtid, addr(mtid.row, col(C.total)), mtid.sums.total);
  share(L.shareOf.direct, addr(direct.row, col(C.total)), direct.sums.total);
  share(L.shareOf.own, addr(totalRow, col(C.own)), grand.own);

  addMarkers(
    wb,
    ws,
    'estimate',
    ESTIMATE_LAYOUT_V1.version,
    { top: HEADER_TOP, bottom: HEADER_TOP + 1 },
    { bottom: totalRow, right: STATUS },
  );
  await finishSheet(ws, {
    lastCol: STATUS,
    lastRow: row - 1,
    headerTop: HEADER_TOP,
    headerBottom: HEADER_TOP + 1,
    landscape: true,
  });
  return {
    sheet: ws.name,
    headerTop: HEADER_TOP,
    firstRow: FIRST_ROW,
    totalRow,
    rowOf,
    sections: { admin: admin.row, mtid: mtid.row, direct: direct.row },
    salaryGroup,
    periodRow,
    grantTotalCell: addr(totalRow, col(C.grant)),
    grantTotal: grand.grant,
  };
}

/** Excel's serial day number of a UTC date ("" when there is none), the cached result of a date link. */
function serial(d: Date | null | undefined): number | string {
  return d ? serialFromDate(d) : '';
}
