import * as z from 'zod/mini';
import { FormKindSchema, IssueSchema } from './issue';
import { UnreadableCodeSchema, UnreadableParamsSchema } from './unreadable';

const share = z.nullable(z.number());

/** One grant's row of the portfolio (contract: `esep portfolio --json`, grants[]). */
export const GrantMetricsSchema = z.object({
  file: z.string(),
  /** The forms the workbook holds; without an estimate the money columns stay empty. */
  forms: z.array(FormKindSchema),
  grantee: z.nullable(z.string()),
  priority: z.nullable(z.string()),
  region: z.nullable(z.string()),
  year: z.nullable(z.int()),
  total: z.nullable(z.number()),
  ownContribution: z.nullable(z.number()),
  grantTotal: z.nullable(z.number()),
  adminShare: share,
  payrollShare: share,
  mtidShare: share,
  directShare: share,
  directBeneficiaries: z.nullable(z.number()),
  costPerBeneficiary: z.nullable(z.number()),
  planMetShare: share,
  errors: z.int(),
  warnings: z.int(),
});
export type GrantMetrics = z.infer<typeof GrantMetricsSchema>;

/** The metrics compared within groups and screened for outliers. */
export const COMPARED = [
  'costPerBeneficiary',
  'adminShare',
  'payrollShare',
  'mtidShare',
  'directShare',
  'planMetShare',
] as const;
export const ComparedMetricSchema = z.enum(COMPARED);
export type ComparedMetric = z.infer<typeof ComparedMetricSchema>;

export const DimensionSchema = z.enum(['priority', 'region', 'year']);
export type Dimension = z.infer<typeof DimensionSchema>;

/** Median and quartiles of one metric over the grants of a group that have it. */
export const SpreadSchema = z.object({
  n: z.int(),
  q1: z.nullable(z.number()),
  median: z.nullable(z.number()),
  q3: z.nullable(z.number()),
});
export type Spread = z.infer<typeof SpreadSchema>;

/** A group of grants sharing a priority direction, a region or a year (null: not stated). */
export const GroupSummarySchema = z.object({
  by: DimensionSchema,
  group: z.nullable(z.string()),
  count: z.int(),
  /** Workbooks of the group with an estimate: the ones the money sums and shares are over. */
  estimates: z.int(),
  total: z.number(),
  ownContribution: z.number(),
  grantTotal: z.number(),
  directBeneficiaries: z.number(),
  errors: z.int(),
  warnings: z.int(),
  metrics: z.record(ComparedMetricSchema, SpreadSchema),
});
export type GroupSummary = z.infer<typeof GroupSummarySchema>;

/** A grant whose metric lies beyond its group's interquartile fences. */
export const OutlierSchema = z.object({
  file: z.string(),
  grantee: z.nullable(z.string()),
  by: DimensionSchema,
  group: z.nullable(z.string()),
  metric: ComparedMetricSchema,
  value: z.number(),
  direction: z.enum(['high', 'low']),
  q1: z.number(),
  q3: z.number(),
  lower: z.number(),
  upper: z.number(),
  /** Grants in the group with this metric. */
  n: z.int(),
  reason: z.string(),
});
export type Outlier = z.infer<typeof OutlierSchema>;

/** The Outliers sheet's columns, in the order both reports (CLI and add-in) write them. */
export const OUTLIER_COLUMNS = [
  'file',
  'grantee',
  'by',
  'group',
  'metric',
  'value',
  'direction',
  'q1',
  'q3',
  'lower',
  'upper',
  'n',
  'reason',
] as const satisfies readonly (keyof Outlier)[];

export function outlierRow(o: Outlier): Outlier[(typeof OUTLIER_COLUMNS)[number]][] {
  return OUTLIER_COLUMNS.map((c) => o[c]);
}

/** A file left out of the comparison: `reason` in the report's language, rendered from `code` and `params`. */
export const UnreadableSchema = z.object({
  file: z.string(),
  reason: z.string(),
  code: UnreadableCodeSchema,
  params: UnreadableParamsSchema,
});
export type Unreadable = z.infer<typeof UnreadableSchema>;

/** An issue of a grant with the file it came from (the report's Issues sheet). */
export const FileIssueSchema = z.extend(IssueSchema, { file: z.string() });
export type FileIssue = z.infer<typeof FileIssueSchema>;

/** contract: `esep portfolio --json`. */
export const PortfolioJsonSchema = z.object({
  grants: z.array(GrantMetricsSchema),
  groups: z.array(GroupSummarySchema),
  outliers: z.array(OutlierSchema),
  unreadable: z.array(UnreadableSchema),
});
export type PortfolioJson = z.infer<typeof PortfolioJsonSchema>;
