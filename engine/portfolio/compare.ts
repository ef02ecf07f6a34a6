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

/** The grants' numbers that groupSummaries rolls up. */
const SUMMED = [
  'total',
  'ownContribution',
  'grantTotal',
  'directBeneficiaries',
  'errors',
  'warnings',
  ...COMPARED,
] as const;

/**
 * One row for every grant in each dimension, with `by` naming the dimension and `group` the
 * grant's group in it as text, built as columns: deriving the copies from a table of the grants
 * and concatenating them was a third of a 1 000-grant comparison, most of it while still cold.
 */
function byDimension(grants: readonly GrantMetrics[]): Table {
  const columns: Record<string, unknown[]> = { by: [], group: [], hasEstimate: [] };
  for (const name of SUMMED) columns[name] = [];
  for (const by of DIMENSIONS)
    for (const g of grants) {
      columns.by!.push(by);
      columns.group!.push(groupOf(g, by));
      columns.hasEstimate!.push(g.forms.includes('estimate') ? 1 : 0);
      for (const name of SUMMED) columns[name]!.push(g[name]);
    }
  return aq.table(columns);
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
  const rows = byDimension(grants)
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

/** A grant's group in a dimension, as text: what byDimension gives arquero. */
function groupOf(g: GrantMetrics, by: Dimension): string | null {
  const v = g[by];
  return v === null || v === undefined ? null : String(v);
}

/** A group's key among all dimensions' groups (no group is null: it has a key of its own). */
const groupKey = (by: Dimension, group: string | null) => (group === null ? by : `${by}:${group}`);

/** As arquero orders strings (code units), so the list reads as it did. */
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Grants whose metric lies beyond Q1 − 1.5·IQR or Q3 + 1.5·IQR of their group (per priority
 * direction, region and year), computed over the grants of the group that have the metric. A group
 * without a spread (Q1 = Q3) has no fences: with most values equal, any other value would be "out".
 * The quartiles are the groups' own (groupSummaries, by arquero): computed once, not twice.
 */
export function findOutliers(
  grants: readonly GrantMetrics[],
  lang: Lang,
  groups: readonly GroupSummary[] = groupSummaries(grants),
): Outlier[] {
  const metrics = [...COMPARED].sort(byCodeUnits);
  // Each group's members in file order, found in one pass over the grants instead of one per group.
  const members = new Map<string, GrantMetrics[]>();
  for (const x of [...grants].sort((a, b) => byCodeUnits(a.file, b.file)))
    for (const by of DIMENSIONS) {
      const key = groupKey(by, groupOf(x, by));
      const list = members.get(key);
      if (list) list.push(x);
      else members.set(key, [x]);
    }
  const out: Outlier[] = [];
  for (const g of groups) {
    for (const metric of metrics) {
      const { n, q1, q3 } = g.metrics[metric];
      if (n < MIN_GROUP_FOR_OUTLIERS || q1 === null || q3 === null || !(q1 < q3)) continue;
      const lower = q1 - FENCE * (q3 - q1);
      const upper = q3 + FENCE * (q3 - q1);
      for (const x of members.get(groupKey(g.by, g.group)) ?? []) {
        const value = x[metric];
        if (typeof value !== 'number' || !(value < lower || value > upper)) continue;
        const o: Omit<Outlier, 'reason'> = {
          file: x.file,
          grantee: x.grantee,
          by: g.by,
          group: g.group,
          metric,
          value,
          direction: value > upper ? 'high' : 'low',
          q1,
          q3,
          lower,
          upper,
          n,
        };
        out.push({ ...o, reason: outlierReason(o, lang) });
      }
    }
  }
  return out;
}
