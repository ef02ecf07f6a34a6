import * as aq from 'arquero';
import {
  COMPARED,
  type ComparedMetric,
  type Dimension,
  type GrantMetrics,
  type GroupSummary,
  type Outlier,
  type Spread,
} from '../model/portfolio';
import { money, percent } from '../rules/format';

export const DIMENSIONS: readonly Dimension[] = ['priority', 'region', 'year'];

/** Quartile fences are not computed for fewer grants than this: they would call anything an outlier. */
export const MIN_GROUP_FOR_OUTLIERS = 4;
/** Tukey's fences: Q1 − k·IQR and Q3 + k·IQR. */
export const FENCE = 1.5;

type Table = aq.ColumnTable;
type Row = Record<string, unknown>;

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** One copy of every grant per dimension, with `by` naming the dimension and `group` its value as text. */
function byDimension(grants: Table): Table {
  const copies = DIMENSIONS.map((d) =>
    grants.derive({
      by: `() => '${d}'`,
      group: `d => d.${d} == null ? null : '' + d.${d}`,
    }),
  );
  return copies.slice(1).reduce((all, t) => all.concat(t), copies[0]!);
}

function grantsTable(grants: readonly GrantMetrics[]): Table {
  return aq.from(grants as unknown as Row[]);
}

/** Count, sums, medians and quartiles per priority direction, region and year. */
export function groupSummaries(grants: readonly GrantMetrics[]): GroupSummary[] {
  if (grants.length === 0) return [];
  const rollup: Record<string, string> = {
    count: 'count()',
    total: 'sum(d.total)',
    ownContribution: 'sum(d.ownContribution)',
    grantTotal: 'sum(d.grantTotal)',
    directBeneficiaries: 'sum(d.directBeneficiaries)',
    errors: 'sum(d.errors)',
    warnings: 'sum(d.warnings)',
  };
  for (const m of COMPARED) {
    rollup[`${m}_n`] = `valid(d.${m})`;
    rollup[`${m}_q1`] = `quantile(d.${m}, 0.25)`;
    rollup[`${m}_median`] = `median(d.${m})`;
    rollup[`${m}_q3`] = `quantile(d.${m}, 0.75)`;
  }
  const rows = byDimension(grantsTable(grants))
    .groupby('by', 'group')
    .rollup(rollup)
    .orderby('by', 'group')
    .objects() as Row[];
  return rows.map((r) => {
    const metrics = {} as Record<ComparedMetric, Spread>;
    for (const m of COMPARED) {
      const n = num(r[`${m}_n`]) ?? 0;
      metrics[m] = {
        n,
        q1: n ? num(r[`${m}_q1`]) : null,
        median: n ? num(r[`${m}_median`]) : null,
        q3: n ? num(r[`${m}_q3`]) : null,
      };
    }
    return {
      by: r.by as Dimension,
      group: str(r.group),
      count: num(r.count) ?? 0,
      total: num(r.total) ?? 0,
      ownContribution: num(r.ownContribution) ?? 0,
      grantTotal: num(r.grantTotal) ?? 0,
      directBeneficiaries: num(r.directBeneficiaries) ?? 0,
      errors: num(r.errors) ?? 0,
      warnings: num(r.warnings) ?? 0,
      metrics,
    };
  });
}

export const METRIC_NAMES: Record<ComparedMetric, string> = {
  costPerBeneficiary: 'cost per direct beneficiary',
  adminShare: 'administrative share',
  payrollShare: 'payroll share',
  mtidShare: 'material-technical and institutional share',
  directShare: 'direct costs share',
  planMetShare: 'share of plan measures met',
};

function show(metric: ComparedMetric, x: number): string {
  return metric === 'costPerBeneficiary' ? `${money(x)} ₸` : percent(x);
}

function reason(o: Omit<Outlier, 'reason'>): string {
  const iqr = o.q3 - o.q1;
  const fence =
    o.direction === 'high'
      ? `above the upper fence ${show(o.metric, o.upper)} (Q3 ${show(o.metric, o.q3)} + ${FENCE} × IQR ${show(o.metric, iqr)})`
      : `below the lower fence ${show(o.metric, o.lower)} (Q1 ${show(o.metric, o.q1)} − ${FENCE} × IQR ${show(o.metric, iqr)})`;
  const group = o.group === null ? `no ${o.by} stated` : `${o.by} "${o.group}"`;
  return `${METRIC_NAMES[o.metric]} ${show(o.metric, o.value)} is ${fence} among ${o.n} grants with ${group}`;
}

/**
 * Grants whose metric lies beyond Q1 − 1.5·IQR or Q3 + 1.5·IQR of their group (per priority
 * direction, region and year), computed over the grants of the group that have the metric.
 */
export function findOutliers(grants: readonly GrantMetrics[]): Outlier[] {
  if (grants.length === 0) return [];
  const long = byDimension(grantsTable(grants))
    .select('file', 'grantee', 'by', 'group', ...COMPARED)
    .fold([...COMPARED], { as: ['metric', 'value'] })
    .filter('d => d.value != null')
    // One join key: arquero would not match null group values across tables.
    .derive({
      key: "d => d.by + '\\u0001' + (d.group == null ? '\\u0000' : d.group) + '\\u0001' + d.metric",
    });
  const fences = long
    .groupby('key')
    .rollup({ n: 'count()', q1: 'quantile(d.value, 0.25)', q3: 'quantile(d.value, 0.75)' })
    .filter(`d => d.n >= ${MIN_GROUP_FOR_OUTLIERS}`)
    .derive({
      lower: `d => d.q1 - ${FENCE} * (d.q3 - d.q1)`,
      upper: `d => d.q3 + ${FENCE} * (d.q3 - d.q1)`,
    });
  const rows = long
    .join(fences, 'key')
    .filter('d => d.value < d.lower || d.value > d.upper')
    .derive({ direction: "d => d.value > d.upper ? 'high' : 'low'" })
    .orderby('by', 'group', 'metric', 'file')
    .objects() as Row[];
  return rows.map((r) => {
    const o: Omit<Outlier, 'reason'> = {
      file: String(r.file),
      grantee: str(r.grantee),
      by: r.by as Dimension,
      group: str(r.group),
      metric: r.metric as ComparedMetric,
      value: num(r.value) ?? 0,
      direction: r.direction === 'high' ? 'high' : 'low',
      q1: num(r.q1) ?? 0,
      q3: num(r.q3) ?? 0,
      lower: num(r.lower) ?? 0,
      upper: num(r.upper) ?? 0,
      n: num(r.n) ?? 0,
    };
    return { ...o, reason: reason(o) };
  });
}
