import type ExcelJS from 'exceljs';
import * as z from 'zod/mini';
import {
  PERCENT,
  addMarkers,
  addr,
  finishSheet,
  formula,
  input,
  statusCell,
  achievedFormula,
  formSheet,
} from '../kit';
import { LABELS, type TemplateLang } from '../labels';

/** Annex 3 block III (and the final report's plan/fact): tasks → activities → measures. */
const PlanValueSchema = z._default(z.nullable(z.union([z.number(), z.string()])), null);
export const MeasureSchema = z.object({
  name: z._default(z.string(), ''),
  plan: PlanValueSchema,
  fact: PlanValueSchema,
});
export const ActivitySchema = z.object({
  title: z._default(z.string(), ''),
  place: z._default(z.string(), ''),
  period: z._default(z.string(), ''),
  measures: z.array(MeasureSchema),
});
export const PlanDataSchema = z.object({
  tasks: z.array(z.object({ title: z._default(z.string(), ''), activities: z.array(ActivitySchema) })),
});
export type PlanData = z.infer<typeof PlanDataSchema>;
export type PlanInput = z.input<typeof PlanDataSchema>;

export const PLAN_LAYOUT_V1 = {
  version: 1,
  headerTop: 3,
  columns: {
    number: 0,
    task: 1,
    activity: 2,
    place: 3,
    measure: 4,
    plan: 5,
    fact: 6,
    achieved: 7,
    period: 8,
  },
  status: 9,
} as const;

export function emptyPlan(): PlanData {
  const measures = () => Array.from({ length: 3 }, () => MeasureSchema.parse({}));
  const activity = () => ActivitySchema.parse({ measures: measures() });
  return { tasks: [1, 2].map(() => ({ title: '', activities: [activity(), activity()] })) };
}

export interface PlanSheetMap {
  sheet: string;
  headerTop: number;
  /** Row of each measure, in order. */
  measureRows: number[];
}

export async function writePlanSheet(
  wb: ExcelJS.Workbook,
  lang: TemplateLang,
  data: PlanData,
): Promise<PlanSheetMap> {
  const L = LABELS[lang].plan;
  const C = PLAN_LAYOUT_V1.columns;
  const col = (c: number) => c + 1;
  const STATUS = col(PLAN_LAYOUT_V1.status);
  const top = PLAN_LAYOUT_V1.headerTop;
  const ws = formSheet(wb, LABELS[lang].sheets.plan, {
    widths: [6, 34, 40, 18, 40, 14, 12, 12, 14, 6],
    title: L.title,
    headerTop: top,
    headers: L.headers,
    statusCol: STATUS,
  });

  let r = top + 1;
  const measureRows: number[] = [];
  const wrap = (row: number, c: number) =>
    (ws.getCell(row, col(c)).alignment = { wrapText: true, vertical: 'top' });
  data.tasks.forEach((task, t) => {
    task.activities.forEach((act, a) => {
      act.measures.forEach((m, k) => {
        const first = k === 0;
        input(ws, r, col(C.number), first ? `${t + 1}.${a + 1}` : null);
        input(ws, r, col(C.task), first && a === 0 ? L.task(t + 1) + task.title : null);
        input(ws, r, col(C.activity), first ? act.title || null : null);
        input(ws, r, col(C.place), first ? act.place || null : null);
        input(ws, r, col(C.measure), m.name || null);
        input(ws, r, col(C.plan), m.plan);
        input(ws, r, col(C.fact), m.fact);
        input(ws, r, col(C.period), first ? act.period || null : null);
        for (const c of [C.task, C.activity, C.place, C.measure]) wrap(r, c);
        const achieved = achievedFormula(addr(r, col(C.plan)), addr(r, col(C.fact)), m.plan, m.fact);
        formula(ws, r, col(C.achieved), achieved, PERCENT);
        statusCell(ws, r, STATUS);
        measureRows.push(r++);
      });
    });
  });
  const last = r - 1;
  addMarkers(wb, ws, 'plan', PLAN_LAYOUT_V1.version, { top, bottom: top }, { bottom: last, right: STATUS });
  await finishSheet(ws, {
    lastCol: STATUS,
    lastRow: last,
    headerTop: top,
    headerBottom: top,
    landscape: true,
  });
  return { sheet: ws.name, headerTop: top, measureRows };
}
