import { Sheet, type WorkbookGrid } from '../engine/grid/grid';
import type { Lang } from '../engine/model/issue';
import { FORM_NAMES } from '../engine/model/kind-names';
import type { RowKind, RowReason } from '../engine/read/estimate/classify-row';
import { readEstimateByMarkerSteps } from '../engine/read/estimate/read-by-marker';
import { type EstimateReading, readEstimateByHeaders } from '../engine/read/estimate/read-estimate';
import { formMarkers } from '../engine/read/markers';
import { anchors, type PlanRowKind, type PlanRowReason } from '../engine/read/plan/classify-plan-row';
import type { PlanReading } from '../engine/read/plan/read-plan';
import { readPlanReading } from '../engine/read/report-forms';
import { type CapReason, capLines } from '../engine/rules/estimate/cap-lines';
import { EXPLAIN_WORDS } from './explain-words';

export type ExplainedKind = RowKind | PlanRowKind | 'subtotal' | 'total';
export type ExplainedReason = RowReason | PlanRowReason | 'subtotal' | 'grand-total';

/** One table row as the reader took it: `esep check --explain`. */
export interface ExplainedRow {
  /** 1-based sheet row. */
  row: number;
  kind: ExplainedKind;
  reason: ExplainedReason;
  label: string;
  /** Why the row counts toward the 10 % cap on material-technical support and institutional development. */
  cap: CapReason | null;
  /** Measures a plan row gave. */
  measures?: number;
}

export interface ExplainedTable {
  form: 'estimate' | 'plan';
  sheet: string;
  readBy: 'marker' | 'headers';
  rows: ExplainedRow[];
}

/** Every estimate and plan table of a workbook, row by row, read as `esep check` reads them. */
export function explainWorkbook(workbook: WorkbookGrid): ExplainedTable[] {
  const markers = formMarkers(workbook.names ?? []);
  const out: ExplainedTable[] = [];
  for (const grid of workbook.sheets) {
    const sheet = new Sheet(grid);
    const marker = markers.find((m) => m.form === 'estimate' && m.sheet === sheet.name);
    const estimate = (marker && readEstimateByMarkerSteps(sheet, marker)) ?? readEstimateByHeaders(sheet);
    if (estimate) out.push(explainEstimate(sheet, estimate));
    else {
      const plan = readPlanReading(sheet);
      if (plan) out.push(explainPlan(sheet, plan));
    }
  }
  return out;
}

function explainEstimate(sheet: Sheet, reading: EstimateReading): ExplainedTable {
  const est = reading.estimate;
  const cap = new Map<number, CapReason>();
  // A counted section or group carries its rows with it: each is shown as counted.
  const mark = (i: number, why: CapReason): void => {
    cap.set(est.lines[i]!.row, why);
    for (const c of est.lines[i]!.children) mark(c, why);
  };
  for (const [i, why] of capLines(est)) mark(i, why);
  const rows: ExplainedRow[] = reading.rows.map((r, i) => {
    const c = reading.classes[i]!;
    const row = sheet.sheetRow(r.row);
    return { row, kind: c.kind, reason: c.reason, label: r.label, cap: cap.get(row) ?? null };
  });
  for (const r of reading.subtotals)
    rows.push({
      row: sheet.sheetRow(r),
      kind: 'subtotal',
      reason: 'subtotal',
      label: firstText(sheet, r),
      cap: null,
    });
  const total = est.grandTotal;
  if (total) rows.push({ row: total.row, kind: 'total', reason: 'grand-total', label: '', cap: null });
  rows.sort((a, b) => a.row - b.row);
  return { form: 'estimate', sheet: est.sheet, readBy: est.readBy ?? 'headers', rows };
}

function explainPlan(sheet: Sheet, reading: PlanReading): ExplainedTable {
  const rows = reading.rows.map(({ row, class: c, measures }) => ({
    row: sheet.sheetRow(row),
    kind: c.kind,
    reason: c.reason,
    label: c.text || c.title || c.task || firstText(sheet, row),
    cap: null,
    measures,
  }));
  return { form: 'plan', sheet: reading.plan.sheet, readBy: 'headers', rows };
}

const firstText = (sheet: Sheet, row: number) => anchors(sheet, row)[0]?.text ?? '';

const short = (s: string) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 48 ? `${t.slice(0, 47)}…` : t;
};

/** The explanation as text: one line per row, the kind it was read as and why, in the user's language. */
export function renderExplanation(file: string, tables: readonly ExplainedTable[], lang: Lang): string {
  const w = EXPLAIN_WORDS[lang];
  const out = [file];
  if (tables.length === 0) out.push(`  ${w.none}`);
  for (const t of tables) {
    out.push(`  ${t.sheet}: ${FORM_NAMES[lang][t.form]}, ${w.readBy[t.readBy]}`);
    for (const r of t.rows) {
      if (r.kind === 'blank') continue;
      const measures = r.measures ? ` · ${w.measures(r.measures)}` : '';
      const cap = r.cap ? ` · ${w.cap[r.cap]}` : '';
      const label = r.label ? `«${short(r.label)}» ` : '';
      out.push(
        `    ${String(r.row).padStart(4)}  ${w.kind[r.kind].padEnd(14)} ${label}— ${w.reason[r.reason]}${measures}${cap}`,
      );
    }
  }
  return out.join('\n') + '\n';
}
