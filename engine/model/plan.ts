import * as z from 'zod/mini';
import { IndicatorValueSchema } from './indicator';

/** One measure (көрсеткіш / показатель) of an activity with its planned and, in a report, actual value. */
export const MeasureSchema = z.object({
  /** 1-based row on the sheet. */
  row: z.int(),
  label: z.string(),
  labelCell: z.string(),
  plan: IndicatorValueSchema,
  planCell: z.string(),
  /** Null when the table has no fact column (an application, not a report). */
  fact: z.nullable(IndicatorValueSchema),
  factCell: z.nullable(z.string()),
  /**
   * A numeric fact cell holding a share between 0 and 1: Excel stores "85 %" as 0.85, so for a
   * percentage plan the fact is read as 85.
   */
  factFraction: z._default(z.boolean(), false),
  /** The explanation written beside the measure in a report's deviation column ('' when none). */
  note: z._default(z.string(), ''),
  /** Counts people taking part (see engine/read/plan/participants.ts); used against direct beneficiaries. */
  participants: z.boolean(),
  /** This measure states how many events the activity holds. */
  eventCount: z.boolean(),
});
export type Measure = z.infer<typeof MeasureSchema>;

export const ActivitySchema = z.object({
  row: z.int(),
  /** "1", "2" … as numbered in the plan; '' when not numbered. */
  number: z.string(),
  title: z.string(),
  titleCell: z.string(),
  place: z.string(),
  period: z.string(),
  /** Where the period was read (merged cells followed: the first row that states it). */
  periodCell: z._default(z.nullable(z.string()), null),
  /** How many events the activity holds, when the plan states it; per-event values are multiplied by it. */
  events: z.nullable(z.number()),
  eventsFrom: z.nullable(z.enum(['measure', 'title'])),
  measures: z.array(MeasureSchema),
});
export type Activity = z.infer<typeof ActivitySchema>;

export const TaskSchema = z.object({
  row: z.int(),
  /** "1" for "1-міндет" / "Задача 1"; null for unnumbered blocks (final presentation, media work). */
  number: z.nullable(z.string()),
  title: z.string(),
  cell: z.string(),
  activities: z.array(ActivitySchema),
});
export type Task = z.infer<typeof TaskSchema>;

export const PlanColumnsSchema = z.object({
  task: z.nullable(z.int()),
  activity: z.int(),
  place: z.nullable(z.int()),
  measure: z.int(),
  plan: z.int(),
  fact: z.nullable(z.int()),
  /** A report's column explaining deviations from the plan ("Ауытқу себебі", "Причины отклонения"). */
  note: z._default(z.nullable(z.int()), null),
  period: z.nullable(z.int()),
});
export type PlanColumns = z.infer<typeof PlanColumnsSchema>;

/** Annex 3 block III (monitoring plan) or the plan/fact table of a report. */
export const MonitoringPlanSchema = z.object({
  sheet: z.string(),
  range: z.string(),
  columns: PlanColumnsSchema,
  hasFact: z.boolean(),
  tasks: z.array(TaskSchema),
});
export type MonitoringPlan = z.infer<typeof MonitoringPlanSchema>;
