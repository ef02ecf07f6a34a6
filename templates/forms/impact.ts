import type ExcelJS from 'exceljs';
import * as z from 'zod/mini';
import {
  PERCENT,
  TENGE,
  addMarkers,
  addr,
  finishSheet,
  formula,
  headerCell,
  input,
  label,
  statusCell,
  achievedFormula,
  formSheet,
} from '../kit';
import { LABELS, type Labels, type TemplateLang } from '../labels';

/** Annex 3 block IV (planned levels) and the final report (actual levels, participant statistics). */
const LevelSchema = z._default(z.nullable(z.union([z.number(), z.string()])), null);
export const ImpactDataSchema = z.object({
  /** Plan and fact of the official indicators, in the order of LABELS.impact.indicators. */
  indicators: z.array(z.object({ plan: LevelSchema, fact: LevelSchema })),
  participants: z._default(
    z.object({
      total: z.nullable(z.number()),
      men: z.nullable(z.number()),
      women: z.nullable(z.number()),
      bands: z.array(z.nullable(z.number())),
    }),
    { total: null, men: null, women: null, bands: [] },
  ),
});
export type ImpactData = z.infer<typeof ImpactDataSchema>;
export type ImpactInput = z.input<typeof ImpactDataSchema>;

/**
 * The status column stands right of the participant statistics (total, seven age bands and their
 * sum: columns A–I), so it never shares a column with a table the user fills in.
 */
export const IMPACT_LAYOUT_V1 = {
  version: 1,
  headerTop: 3,
  columns: { number: 0, indicator: 1, unit: 2, plan: 3, fact: 4, achieved: 5 },
  status: 9,
} as const;

export function emptyImpact(): ImpactData {
  return ImpactDataSchema.parse({ indicators: LABELS.kk.impact.indicators.map(() => ({})) });
}

export interface ImpactSheetMap {
  sheet: string;
  indicatorRows: number[];
  genderRow: number;
  ageRow: number;
}

const C = IMPACT_LAYOUT_V1.columns;
const col = (c: number) => c + 1;
const STATUS = col(IMPACT_LAYOUT_V1.status);
const TOP = IMPACT_LAYOUT_V1.headerTop;

export async function writeImpactSheet(
  wb: ExcelJS.Workbook,
  lang: TemplateLang,
  data: ImpactData,
): Promise<ImpactSheetMap> {
  const L = LABELS[lang].impact;
  if (L.bands.length + 2 >= STATUS)
    throw new Error('impact template: the age table reaches the status column');
  const ws = formSheet(wb, LABELS[lang].sheets.impact, {
    widths: [22, 50, 14, 16, 16, 14, 12, 12, 12, 6],
    title: L.title,
    headerTop: TOP,
    headers: L.headers,
    statusCol: STATUS,
  });
  const indicatorRows = writeIndicators(ws, L, data);
  const last = indicatorRows[indicatorRows.length - 1] ?? TOP;
  addMarkers(
    wb,
    ws,
    'impact',
    IMPACT_LAYOUT_V1.version,
    { top: TOP, bottom: TOP },
    { bottom: last, right: STATUS },
  );
  const stats = writeParticipants(ws, L, data.participants, last + 2);
  addMarkers(
    wb,
    ws,
    'stats',
    1,
    { top: stats.genderHeader, bottom: stats.genderHeader },
    { bottom: stats.ageRow, right: L.bands.length + 2 },
  );
  await finishSheet(ws, {
    lastCol: STATUS,
    lastRow: stats.ageRow,
    headerTop: TOP,
    headerBottom: TOP,
    landscape: true,
  });
  return { sheet: ws.name, indicatorRows, genderRow: stats.genderRow, ageRow: stats.ageRow };
}

/** One row per official indicator: plan and fact typed, the share achieved by formula; returns their rows. */
function writeIndicators(ws: ExcelJS.Worksheet, L: Labels['impact'], data: ImpactData): number[] {
  let r = TOP + 1;
  const indicatorRows: number[] = [];
  L.indicators.forEach(([name, unit], i) => {
    const v = data.indicators[i] ?? { plan: null, fact: null };
    label(ws, r, col(C.number), String(i + 1));
    label(ws, r, col(C.indicator), name);
    label(ws, r, col(C.unit), unit);
    const fmt = i >= 6 ? TENGE : undefined;
    input(ws, r, col(C.plan), v.plan, fmt);
    input(ws, r, col(C.fact), v.fact, fmt);
    const achieved = achievedFormula(addr(r, col(C.plan)), addr(r, col(C.fact)), v.plan, v.fact);
    formula(ws, r, col(C.achieved), achieved, PERCENT);
    statusCell(ws, r, STATUS);
    indicatorRows.push(r++);
  });
  return indicatorRows;
}

/**
 * Participant statistics of the final report from row `top`: each breakdown (gender, age bands)
 * has a sum to set against the total.
 */
function writeParticipants(
  ws: ExcelJS.Worksheet,
  L: Labels['impact'],
  p: ImpactData['participants'],
  top: number,
): { genderHeader: number; genderRow: number; ageRow: number } {
  let r = top;
  label(ws, r++, 1, L.stats, true);
  label(ws, r++, 1, L.gender, true);
  const genderHeader = r;
  [L.total, L.men, L.women, L.sum].forEach((h, i) => headerCell(ws, r, i + 1, h));
  r++;
  const genderRow = r;
  input(ws, r, 1, p.total);
  input(ws, r, 2, p.men);
  input(ws, r, 3, p.women);
  formula(ws, r, 4, { formula: `${addr(r, 2)}+${addr(r, 3)}`, result: (p.men ?? 0) + (p.women ?? 0) });
  r += 2;
  label(ws, r++, 1, L.age, true);
  [L.total, ...L.bands, L.sum].forEach((h, i) => headerCell(ws, r, i + 1, h));
  r++;
  const ageRow = r;
  formula(ws, r, 1, { formula: addr(genderRow, 1), result: p.total ?? 0 });
  L.bands.forEach((_, i) => input(ws, ageRow, i + 2, p.bands[i] ?? null));
  const bandsSum = p.bands.reduce<number>((s, b) => s + (b ?? 0), 0);
  formula(ws, r, L.bands.length + 2, {
    formula: `SUM(${addr(r, 2)}:${addr(r, L.bands.length + 1)})`,
    result: bandsSum,
  });
  ws.getRow(ageRow - 1).height = 30;
  return { genderHeader, genderRow, ageRow };
}
