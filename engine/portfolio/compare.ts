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
import type { Lang } from '../model/issue';
import { money, percent } from '../rules/format';
import { FENCE, MIN_GROUP_FOR_OUTLIERS, REPORT_WORDS } from './labels';

export const DIMENSIONS: readonly Dimension[] = ['priority', 'region', 'year'];

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
  return aq.from(
    grants.map(({ forms, ...g }) => ({ ...g, hasEstimate: forms.includes('estimate') ? 1 : 0 })),
  );
}

/** Count, sums, medians and quartiles per priority direction, region and year. */
export function groupSummaries(grants: readonly GrantMetrics[]): GroupSummary[] {
  if (grants.length === 0) return [];
  const rollup: Record<string, string> = {
    count: 'count()',
    estimates: 'sum(d.hasEstimate)',
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
      estimates: num(r.estimates) ?? 0,
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

function show(metric: ComparedMetric, x: number, lang: Lang): string {
  return metric === 'costPerBeneficiary' ? `${money(x)} ${REPORT_WORDS[lang].currency}` : percent(x);
}

/** Russian genitive after "среди": 21 гранта, 5 грантов. */
const RU_GRANTS = new Intl.PluralRules('ru');

/** Why a value is an outlier, in words and numbers, as an analyst would write it. */
export function outlierReason(o: Omit<Outlier, 'reason'>, lang: Lang): string {
  const w = REPORT_WORDS[lang];
  const s = (x: number) => show(o.metric, x, lang);
  const k = lang === 'en' ? String(FENCE) : String(FENCE).replace('.', ',');
  const iqr = s(o.q3 - o.q1);
  const high = o.direction === 'high';
  const dim = w.dimensions[o.by];
  const metric = w.metrics[o.metric];
  switch (lang) {
    case 'kk': {
      const group = o.group === null ? `${dim} көрсетілмеген` : `${dim}: «${o.group}»`;
      const fence = high
        ? `жоғарғы шектен ${s(o.upper)} (Q3 ${s(o.q3)} + ${k} × IQR ${iqr}) жоғары`
        : `төменгі шектен ${s(o.lower)} (Q1 ${s(o.q1)} − ${k} × IQR ${iqr}) төмен`;
      return `${metric} ${s(o.value)} — ${fence}; топта (${group}) көрсеткіші бар ${o.n} грант`;
    }
    case 'ru': {
      const group =
        o.group === null ? `${dim} не указан${o.by === 'priority' ? 'о' : ''}` : `${dim} «${o.group}»`;
      const fence = high
        ? `выше верхней границы ${s(o.upper)} (Q3 ${s(o.q3)} + ${k} × IQR ${iqr})`
        : `ниже нижней границы ${s(o.lower)} (Q1 ${s(o.q1)} − ${k} × IQR ${iqr})`;
      const grants = RU_GRANTS.select(o.n) === 'one' ? 'гранта' : 'грантов';
      return `${metric} ${s(o.value)} — ${fence} среди ${o.n} ${grants} группы (${group})`;
    }
    case 'en': {
      const group = o.group === null ? `no ${dim} stated` : `${dim} "${o.group}"`;
      const fence = high
        ? `above the upper fence ${s(o.upper)} (Q3 ${s(o.q3)} + ${k} × IQR ${iqr})`
        : `below the lower fence ${s(o.lower)} (Q1 ${s(o.q1)} − ${k} × IQR ${iqr})`;
      return `${metric} ${s(o.value)} is ${fence} among ${o.n} grants with ${group}`;
    }
  }
}

/**
 * Grants whose metric lies beyond Q1 − 1.5·IQR or Q3 + 1.5·IQR of their group (per priority
 * direction, region and year), computed over the grants of the group that have the metric. A group
 * without a spread (Q1 = Q3) has no fences: with most values equal, any other value would be "out".
 */
export function findOutliers(grants: readonly GrantMetrics[], lang: Lang): Outlier[] {
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
    .filter(`d => d.n >= ${MIN_GROUP_FOR_OUTLIERS} && d.q1 < d.q3`)
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
    return { ...o, reason: outlierReason(o, lang) };
  });
}
