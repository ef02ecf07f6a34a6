import { serialFromDate } from '../../engine/grid/excel-date';
import type ExcelJS from 'exceljs';
import * as z from 'zod/mini';
import { ESTIMATE_LAYOUT_V1 } from '../../engine/read/estimate/layout';
import {
  DATE,
  PERCENT,
  STATUS_HEADER,
  addMarkers,
  addr,
  finishSheet,
  formula,
  headerCell,
  input,
  label,
  monthsFormula,
} from '../kit';
import { LABELS, type Labels, type TemplateLang } from '../labels';
import {
  C,
  type Cursor,
  STATUS,
  type Sums,
  ZERO,
  add,
  col,
  writeGroup,
  writeItem,
  writeSection,
  writeSubtotal,
} from './estimate-lines';

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

const HEADER_TOP = 4;
const FIRST_ROW = HEADER_TOP + ESTIMATE_LAYOUT_V1.headerRows;
const PERIOD_ROW = HEADER_TOP + ESTIMATE_LAYOUT_V1.period.row;

/** Where the period's dates come from when not typed here: cells of the project sheet. */
type PeriodLink = { sheet: string; start: string; end: string };

/** Writes the estimate sheet; `periodFrom` links the period to the project sheet instead of own inputs. */
export async function writeEstimateSheet(
  wb: ExcelJS.Workbook,
  lang: TemplateLang,
  data: EstimateData,
  periodFrom?: PeriodLink,
): Promise<EstimateSheetMap> {
  const L = LABELS[lang].estimate;
  const ws = wb.addWorksheet(LABELS[lang].sheets.estimate);
  const widths = [5, 46, 10, 9, 13, 15, 15, 15, 36, 6];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.getCell(1, col(C.label)).value = L.title;
  ws.getCell(1, col(C.label)).font = { bold: true, size: 13 };
  writePeriod(ws, L, data, periodFrom);
  writeHeader(ws, L);

  const at: Cursor = { ws, L, row: FIRST_ROW, rowOf: new Map() };
  const sections = writeSections(at, data);
  const totalRow = at.row++;
  label(ws, totalRow, col(C.label), L.total, true);
  const { admin, mtid, direct } = sections;
  const grand = add(add(admin.sums, mtid.sums), direct.sums);
  writeSubtotal(at, totalRow, FIRST_ROW, totalRow - 1, grand);
  writeShares(at, sections, totalRow, grand);

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
    lastRow: at.row - 1,
    headerTop: HEADER_TOP,
    headerBottom: HEADER_TOP + 1,
    landscape: true,
  });
  return {
    sheet: ws.name,
    headerTop: HEADER_TOP,
    firstRow: FIRST_ROW,
    totalRow,
    rowOf: at.rowOf,
    sections: { admin: admin.row, mtid: mtid.row, direct: direct.row },
    salaryGroup: sections.salaryGroup,
    periodRow: PERIOD_ROW,
    grantTotalCell: addr(totalRow, col(C.grant)),
    grantTotal: grand.grant,
  };
}

/** The project period above the table: two dates (typed, or linked) and the months between them. */
function writePeriod(
  ws: ExcelJS.Worksheet,
  L: Labels['estimate'],
  data: EstimateData,
  from?: PeriodLink,
): void {
  const p = ESTIMATE_LAYOUT_V1.period;
  label(ws, PERIOD_ROW, col(C.label), L.period);
  const dates = [data.start, data.end].map((d) => (d ? new Date(`${d}T00:00:00Z`) : null));
  if (from) {
    // An empty project date stays empty here (a bare reference would show 0 as 30.12.1899).
    const ref = (cell: string) => `IF(ISBLANK('${from.sheet}'!${cell}),"",'${from.sheet}'!${cell})`;
    formula(ws, PERIOD_ROW, col(p.start), { formula: ref(from.start), result: serial(dates[0]) }, DATE);
    formula(ws, PERIOD_ROW, col(p.end), { formula: ref(from.end), result: serial(dates[1]) }, DATE);
  } else {
    input(ws, PERIOD_ROW, col(p.start), dates[0] ?? null, DATE);
    input(ws, PERIOD_ROW, col(p.end), dates[1] ?? null, DATE);
  }
  const [start, end] = [addr(PERIOD_ROW, col(p.start)), addr(PERIOD_ROW, col(p.end))];
  formula(ws, PERIOD_ROW, col(p.months), monthsFormula(start, end, dates[0], dates[1]));
  label(ws, PERIOD_ROW, col(p.months) + 1, L.months);
}

/** The two header rows: funding split under one merged heading, the other headings merged down. */
function writeHeader(ws: ExcelJS.Worksheet, L: Labels['estimate']): void {
  L.headers.forEach((h, i) => headerCell(ws, HEADER_TOP, i + 1, h));
  headerCell(ws, HEADER_TOP + 1, col(C.own), L.funding[0]);
  headerCell(ws, HEADER_TOP + 1, col(C.grant), L.funding[1]);
  headerCell(ws, HEADER_TOP, STATUS, STATUS_HEADER);
  ws.mergeCells(HEADER_TOP, col(C.own), HEADER_TOP, col(C.grant));
  for (const c of [C.number, C.label, C.unit, C.qty, C.unitCost, C.total, C.note, ESTIMATE_LAYOUT_V1.status])
    ws.mergeCells(HEADER_TOP, col(c), HEADER_TOP + 1, col(c));
  ws.getRow(HEADER_TOP + 1).height = 30;
}

type Section = { row: number; sums: Sums };
interface Sections {
  admin: Section;
  mtid: Section;
  direct: Section;
  salaryGroup: number;
}

/** The three sections of the form: administrative (salaries and their charges first), MTID, activities. */
function writeSections(at: Cursor, data: EstimateData): Sections {
  const L = at.L;
  let salaryGroup = 0;
  const admin = writeSection(at, '1', L.admin, () => {
    salaryGroup = at.row;
    const charges = (['social-contributions', 'social-tax', 'medical', 'pension'] as const).map((k) => ({
      ...data.charges[k],
      label: L.charges[k],
    }));
    const salaryItems = [...data.salaries, ...charges];
    let sums = writeGroup(at, L.salary, salaryItems, false, (i) =>
      i >= data.salaries.length ? salaryItems[i]!.label : undefined,
    );
    for (const entry of data.admin) {
      sums = add(
        sums,
        'items' in entry ? writeGroup(at, entry.label, entry.items, true) : writeItem(at, entry),
      );
    }
    return sums;
  });
  const mtid = writeSection(at, '2', L.mtid, () =>
    data.mtid.reduce((s, it) => add(s, writeItem(at, it)), ZERO),
  );
  const direct = writeSection(at, '3', L.direct, () =>
    data.activities.reduce(
      (s, a, i) => add(s, writeGroup(at, L.activity(i + 1) + a.title, a.items, true)),
      ZERO,
    ),
  );
  return { admin, mtid, direct, salaryGroup };
}

/** Shares of the grand total, below the table (the reader stops at the total row). */
function writeShares(at: Cursor, sections: Sections, totalRow: number, grand: Sums): void {
  const { ws, L } = at;
  at.row++;
  label(ws, at.row++, col(C.label), L.shares, true);
  const T = addr(totalRow, col(C.total));
  const share = (text: string, part: string, value: number) => {
    label(ws, at.row, col(C.label), text);
    const result = grand.total === 0 ? 0 : value / grand.total;
    formula(ws, at.row, col(C.total), { formula: `IF(${T}=0,0,${part}/${T})`, result }, PERCENT);
    at.row++;
  };
  const { admin, mtid, direct } = sections;
  share(L.shareOf.admin, addr(admin.row, col(C.total)), admin.sums.total);
  share(L.shareOf.mtid, addr(mtid.row, col(C.total)), mtid.sums.total);
  share(L.shareOf.direct, addr(direct.row, col(C.total)), direct.sums.total);
  share(L.shareOf.own, addr(totalRow, col(C.own)), grand.own);
}

/** Excel's serial day number of a UTC date ("" when there is none), the cached result of a date link. */
function serial(d: Date | null | undefined): number | string {
  return d ? serialFromDate(d) : '';
}
