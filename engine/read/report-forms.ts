import type { Sheet } from '../grid/grid';
import type { ParticipantStats, SocialImpact } from '../model/impact';
import type { MonitoringPlan } from '../model/plan';
import { findImpactHeader, readImpact } from './impact/read-impact';
import { firstStatsHeader, readStats } from './impact/read-stats';
import { findPlanHeader } from './plan/header';
import { type PlanReading, readPlanSteps } from './plan/read-plan';

export interface ReportForms {
  plan: MonitoringPlan | null;
  impact: SocialImpact | null;
  stats: ParticipantStats | null;
}

/**
 * The plan, social-impact and statistics tables of a sheet that holds no estimate. An Annex 3 or
 * a final report pasted from Word keeps blocks III and IV (and the report's statistics) on one
 * sheet, one below the other: each table ends where the next one's header starts, so no two
 * readers claim the same rows.
 */
export function readReportForms(sheet: Sheet): ReportForms {
  const { planHeader, impactHeader, statsTop, nextStart } = tableStarts(sheet);
  return {
    plan: planHeader ? readPlanSteps(sheet, planHeader, nextStart(planHeader.top)).plan : null,
    impact: impactHeader ? readImpact(sheet, impactHeader, nextStart(impactHeader.row)) : null,
    stats: statsTop !== null ? readStats(sheet, statsTop) : null,
  };
}

function tableStarts(sheet: Sheet) {
  const planHeader = findPlanHeader(sheet);
  const impactHeader = findImpactHeader(sheet);
  const statsTop = firstStatsHeader(sheet);
  const starts = [planHeader?.top, impactHeader?.row, statsTop ?? undefined].filter(
    (r): r is number => r !== undefined,
  );
  const nextStart = (after: number) => Math.min(sheet.rowCount, ...starts.filter((s) => s > after));
  return { planHeader, impactHeader, statsTop, nextStart };
}

/** The plan of a sheet as readReportForms reads it, with the reader's decisions on the way. */
export function readPlanReading(sheet: Sheet): PlanReading | null {
  const { planHeader, nextStart } = tableStarts(sheet);
  return planHeader ? readPlanSteps(sheet, planHeader, nextStart(planHeader.top)) : null;
}
