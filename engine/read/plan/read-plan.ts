import type { Sheet } from '../../grid/grid';
import { rangeA1 } from '../../grid/address';
import type { MonitoringPlan, PlanColumns } from '../../model/plan';
import { activityEvents, PlanBuilder } from './build-plan';
import { classifyPlanRow, type PlanRowClass } from './classify-plan-row';
import type { PlanHeader } from './header';
import { rowMeasures } from './plan-measures';

/** The plan and the reader's decisions on the way: each row with its kind and why. */
export interface PlanReading {
  plan: MonitoringPlan;
  rows: { row: number; class: PlanRowClass; measures: number }[];
}

/**
 * Reads the monitoring plan under `header`, up to `untilRow` (exclusive: the caller stops it where
 * the social-impact or statistics table starts). Tasks hold activities, activities hold one
 * measure per row; an activity cell merged down over its measure rows (a pasted Word table) or
 * left empty below the title keeps the measures in that activity. The header may repeat per task.
 */
export function readPlan(sheet: Sheet, header: PlanHeader, untilRow = sheet.rowCount): MonitoringPlan {
  return readPlanSteps(sheet, header, untilRow).plan;
}

/** The reader step by step: classify each row, then add it to the task → activity → measure tree. */
export function readPlanSteps(sheet: Sheet, header: PlanHeader, untilRow = sheet.rowCount): PlanReading {
  let cols: PlanColumns = header.columns;
  const built = new PlanBuilder(sheet);
  const rows: PlanReading['rows'] = [];
  const usedCols = new Set<number>(Object.values(header.columns).filter((c) => c !== null));
  let lastRow = header.bottom;
  let hasFact = cols.fact !== null;
  built.taskAbove(header);
  for (let r = header.bottom + 1; r < untilRow; r++) {
    const c = classifyPlanRow(
      sheet,
      r,
      cols,
      untilRow,
      built.activity !== null && built.activity.number !== '',
    );
    const measures = c.kind === 'row' ? rowMeasures(sheet, r, cols) : [];
    rows.push({ row: r, class: c, measures: measures.length });
    if (c.kind === 'blank') continue;
    if (c.header) {
      cols = c.header.columns;
      hasFact ||= cols.fact !== null;
      built.activity = null;
      r = c.header.bottom;
    } else if (c.kind === 'task') built.openTask(c.text, r, c.col);
    else if (c.kind === 'block-title') {
      built.blockTitle(c, r);
      continue;
    } else {
      built.tableRow(c, r, cols, measures);
      for (const col of Object.values(cols)) if (col !== null) usedCols.add(col);
    }
    lastRow = r;
  }
  for (const t of built.tasks) for (const a of t.activities) Object.assign(a, activityEvents(a));
  const plan: MonitoringPlan = {
    sheet: sheet.name,
    range: rangeA1(
      header.top + sheet.rowOffset,
      Math.min(...usedCols) + sheet.colOffset,
      lastRow + sheet.rowOffset,
      Math.max(...usedCols) + sheet.colOffset,
    ),
    columns: header.columns,
    hasFact,
    tasks: built.tasks.filter((t) => t.activities.length > 0),
  };
  return { plan, rows };
}
