import type { Grant } from '../model/grant';
import type { Activity, Measure, MonitoringPlan } from '../model/plan';

/** Every measure of every plan with its activity, in sheet order. */
export function* measuresOf(
  grant: Grant,
): Generator<{ plan: MonitoringPlan; activity: Activity; measure: Measure }> {
  for (const plan of grant.plans)
    for (const task of plan.tasks)
      for (const activity of task.activities)
        for (const measure of activity.measures) yield { plan, activity, measure };
}
