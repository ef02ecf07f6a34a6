import type { Grant } from '../model/grant';
import { rememberLast } from '../read/memo';
import type { Activity, Measure, MonitoringPlan } from '../model/plan';

/** A measure of a plan with its activity. */
export interface PlacedMeasure {
  plan: MonitoringPlan;
  activity: Activity;
  measure: Measure;
}

/**
 * Every measure of every plan with its activity, in sheet order: listed once for the grant last
 * asked about (five plan rules and the portfolio metrics walk them).
 */
export const measuresOf = rememberLast((grant: Grant): readonly PlacedMeasure[] => {
  const out: PlacedMeasure[] = [];
  for (const plan of grant.plans)
    for (const task of plan.tasks)
      for (const activity of task.activities)
        for (const measure of activity.measures) out.push({ plan, activity, measure });
  return out;
});
