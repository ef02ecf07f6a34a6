import type { Grant } from '../model/grant';
import type { Activity, Measure, MonitoringPlan } from '../model/plan';

/** A measure of a plan with its activity. */
export interface PlacedMeasure {
  plan: MonitoringPlan;
  activity: Activity;
  measure: Measure;
}

/** Each grant's measures, listed once: five plan rules and the portfolio metrics walk them. */
const listed = new WeakMap<Grant, readonly PlacedMeasure[]>();

/** Every measure of every plan with its activity, in sheet order. */
export function measuresOf(grant: Grant): readonly PlacedMeasure[] {
  let list = listed.get(grant);
  if (list) return list;
  const out: PlacedMeasure[] = [];
  for (const plan of grant.plans)
    for (const task of plan.tasks)
      for (const activity of task.activities)
        for (const measure of activity.measures) out.push({ plan, activity, measure });
  listed.set(grant, (list = out));
  return list;
}
