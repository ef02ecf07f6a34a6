import type ExcelJS from 'exceljs';
import * as z from 'zod/mini';
import {
  DATE,
  STATUS_HEADER,
  TENGE,
  addMarkers,
  addr,
  finishSheet,
  formula,
  headerCell,
  input,
  label,
  statusCell,
  monthsFormula,
} from '../kit';
import { LABELS, type TemplateLang } from '../labels';

/** Block I of annex 3: the project card. */
export const ProjectDataSchema = z.object({
  grantee: z._default(z.string(), ''),
  direction: z._default(z.string(), ''),
  topic: z._default(z.string(), ''),
  region: z._default(z.string(), ''),
  /** ISO dates (yyyy-mm-dd). */
  start: z._default(z.nullable(z.string()), null),
  end: z._default(z.nullable(z.string()), null),
  /** Grant amount when the workbook has no estimate to take it from. */
  amount: z._default(z.nullable(z.number()), null),
});
export type ProjectData = z.infer<typeof ProjectDataSchema>;

export const PROJECT_LAYOUT_V1 = { version: 1, headerTop: 3 } as const;

export interface ProjectSheetMap {
  sheet: string;
  start: string;
  end: string;
  amount: string;
  /** In a grant workbook the amount is the estimate's grand total: a formula, not an input. */
  linkAmount: (ref: string, value: number) => void;
}

const date = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

export async function writeProjectSheet(
  wb: ExcelJS.Workbook,
  lang: TemplateLang,
  data: ProjectData,
): Promise<ProjectSheetMap> {
  const L = LABELS[lang].project;
  const ws = wb.addWorksheet(LABELS[lang].sheets.project);
  ws.getColumn(1).width = 42;
  ws.getColumn(2).width = 60;
  ws.getColumn(3).width = 6;
  ws.getCell(1, 1).value = L.title;
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  const top = PROJECT_LAYOUT_V1.headerTop;
  headerCell(ws, top, 1, L.field);
  headerCell(ws, top, 2, L.value);
  headerCell(ws, top, 3, STATUS_HEADER);
  let r = top + 1;
  const text = (name: string, value: string) => {
    label(ws, r, 1, name);
    input(ws, r, 2, value || null);
    ws.getCell(r, 2).alignment = { wrapText: true, vertical: 'top' };
    statusCell(ws, r++, 3);
  };
  text(L.grantee, data.grantee);
  text(L.direction, data.direction);
  text(L.topic, data.topic);
  text(L.region, data.region);
  const startRow = r;
  label(ws, r, 1, L.start);
  input(ws, r, 2, date(data.start), DATE);
  statusCell(ws, r++, 3);
  label(ws, r, 1, L.end);
  input(ws, r, 2, date(data.end), DATE);
  statusCell(ws, r++, 3);
  const [start, end] = [addr(startRow, 2), addr(startRow + 1, 2)];
  label(ws, r, 1, L.months);
  formula(ws, r, 2, monthsFormula(start, end, date(data.start), date(data.end)));
  ws.getCell(r, 2).alignment = { horizontal: 'left' };
  statusCell(ws, r++, 3);
  const amountRow = r;
  label(ws, r, 1, L.amount);
  input(ws, r, 2, data.amount, TENGE);
  ws.getCell(r, 2).alignment = { horizontal: 'left' };
  statusCell(ws, r++, 3);
  addMarkers(wb, ws, 'project', PROJECT_LAYOUT_V1.version, { top, bottom: top }, { bottom: r - 1, right: 3 });
  await finishSheet(ws, { lastCol: 3, lastRow: r - 1, headerTop: top, headerBottom: top, landscape: false });
  const amount = addr(amountRow, 2);
  return {
    sheet: ws.name,
    start,
    end,
    amount,
    linkAmount: (ref, value) => formula(ws, amountRow, 2, { formula: ref, result: value }, TENGE),
  };
}
