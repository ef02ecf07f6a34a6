import * as z from 'zod/mini';
import { IndicatorValueSchema } from './indicator';

/** The indicators of Annex 3 block IV and the money rows the final report adds. */
export const ImpactKindSchema = z.enum([
  'direct',
  'indirect',
  'staff',
  'specialists',
  'ngos',
  'partners',
  'payroll',
  'taxes',
  'economy',
  'other',
]);
export type ImpactKind = z.infer<typeof ImpactKindSchema>;

export const ImpactRowSchema = z.object({
  row: z.int(),
  kind: ImpactKindSchema,
  indicator: z.string(),
  indicatorCell: z.string(),
  unit: z.string(),
  plan: IndicatorValueSchema,
  planCell: z.string(),
  fact: z.nullable(IndicatorValueSchema),
  factCell: z.nullable(z.string()),
});
export type ImpactRow = z.infer<typeof ImpactRowSchema>;

export const MoneyStatementSchema = z.object({ value: z.number(), cell: z.string() });

/** Annex 3 block IV or the social-impact table of a report. */
export const SocialImpactSchema = z.object({
  sheet: z.string(),
  range: z.string(),
  hasFact: z.boolean(),
  rows: z.array(ImpactRowSchema),
  /** "Грантты іске асыруға бөлінген қаражаттың жалпы сомасы: 10 125 000 тг", when the sheet states it. */
  grantAmount: z.nullable(MoneyStatementSchema),
});
export type SocialImpact = z.infer<typeof SocialImpactSchema>;

export const BreakdownKindSchema = z.enum(['gender', 'category', 'age']);
export type BreakdownKind = z.infer<typeof BreakdownKindSchema>;

export const StatCellSchema = z.object({
  label: z.string(),
  /** Null when empty (counted as 0) or unreadable (see `invalid`). */
  value: z.nullable(z.number()),
  cell: z.string(),
  invalid: z.boolean(),
});
export type StatCell = z.infer<typeof StatCellSchema>;

/** One participant breakdown of the final report: a total and its parts on the row under the header. */
export const BreakdownSchema = z.object({
  kind: BreakdownKindSchema,
  row: z.int(),
  total: StatCellSchema,
  parts: z.array(StatCellSchema),
});
export type Breakdown = z.infer<typeof BreakdownSchema>;

export const ParticipantStatsSchema = z.object({
  sheet: z.string(),
  range: z.string(),
  breakdowns: z.array(BreakdownSchema),
});
export type ParticipantStats = z.infer<typeof ParticipantStatsSchema>;
