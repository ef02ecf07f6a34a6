import type { Category, Estimate } from '../model/estimate';
import type { Grant } from '../model/grant';
import { formsOf } from '../check';
import type { Issue } from '../model/issue';
import type { GrantMetrics } from '../model/portfolio';
import type { ProjectInfo } from '../model/project';
import { type Column, type Figures, figuresOf, value } from '../calc/estimate-figures';
import { compareValues } from '../calc/plan-compare';
import { measuresOf } from '../calc/plan-walk';

/** The estimate's money: grand total, own contribution and grant funds. */
export interface EstimateMoney {
  total: number | null;
  ownContribution: number | null;
  grantTotal: number | null;
}

/** Payroll: the salary lines and the employer's charges on them. */
const PAYROLL_ROLES = new Set(['salary', 'social-tax', 'social-contributions', 'medical', 'pension']);
const MTID: ReadonlySet<Category> = new Set(['mt', 'inst', 'mtid']);

/** A figure as written; when a cell is unreadable, what the rows under it add up to. */
function figure(fig: Figures, lines: readonly number[], col: Column): number | null {
  return fig.sum(lines, col, 'written') ?? fig.sum(lines, col, 'intended');
}

/** The grand total row's figure, else the sum of the sections. */
function grand(est: Estimate, fig: Figures, col: Column): number | null {
  const row = est.grandTotal;
  const written = row ? value(col === 'total' ? row.total : row[col]) : null;
  return written ?? figure(fig, fig.topLevel(), col);
}

/**
 * The estimate's total, own contribution and grant funds in tenge: an estimate that states its
 * figures in thousands ("тыс. тенге", est.scale 1 000) is multiplied out, so that grants compare
 * and add up in one unit (a portfolio had put such a grant's 4 000 beside others' 4 000 000).
 */
export function estimateMoney(est: Estimate): EstimateMoney {
  const fig = figuresOf(est);
  // Multiplied out to the tiyn: 3100,27 thousand is 3 100 270, not 3 100 270.0000000005.
  const tenge = (x: number | null) =>
    x === null || est.scale === 1 ? x : Math.round(x * est.scale * 100) / 100;
  const total = tenge(grand(est, fig, 'total'));
  // Without an own-contribution column the grantee states none; without a grant column, the
  // grant pays what the own contribution leaves.
  const ownContribution = est.columns.own === null ? 0 : tenge(grand(est, fig, 'own'));
  const grantTotal =
    est.columns.grant !== null
      ? tenge(grand(est, fig, 'grant'))
      : total !== null && ownContribution !== null
        ? total - ownContribution
        : null;
  return { total, ownContribution, grantTotal };
}

/** The outermost lines that satisfy `pick` (a picked line's picked descendants are not counted twice). */
function outermost(est: Estimate, pick: (i: number) => boolean): number[] {
  const out: number[] = [];
  est.lines.forEach((line, i) => {
    if (!pick(i)) return;
    for (let p = line.parent; p !== null; p = est.lines[p]!.parent) if (pick(p)) return;
    out.push(i);
  });
  return out;
}

/** A part of the estimate (in its own unit) as a share of `total` (in tenge, as estimateMoney gives it). */
function shareOf(fig: Figures, total: number | null, pick: (i: number) => boolean): number | null {
  if (total === null || total <= 0) return null;
  const part = figure(fig, outermost(fig.estimate, pick), 'total');
  return part === null ? null : (part * fig.estimate.scale) / total;
}

export interface BudgetShares {
  adminShare: number | null;
  payrollShare: number | null;
  mtidShare: number | null;
  directShare: number | null;
}

/** Budget structure: each part as a share of the estimate's grand total (in tenge: estimateMoney's). */
export function budgetShares(est: Estimate, total: number | null): BudgetShares {
  const fig = figuresOf(est);
  const category = (cats: ReadonlySet<Category>) => (i: number) => cats.has(est.lines[i]!.category);
  return {
    adminShare: shareOf(fig, total, category(new Set(['admin']))),
    payrollShare: shareOf(fig, total, (i) => {
      const line = est.lines[i]!;
      return line.kind === 'item' && line.role !== null && PAYROLL_ROLES.has(line.role);
    }),
    mtidShare: shareOf(fig, total, category(MTID)),
    directShare: shareOf(fig, total, category(new Set(['direct']))),
  };
}

/**
 * Planned direct beneficiaries: the "Тікелей бенефициарлар саны" row of the first social-impact
 * table that states one readable count. Null when no table states it (never 0: unknown is not none).
 */
export function directBeneficiaries(grant: Grant): number | null {
  for (const impact of grant.impacts)
    for (const row of impact.rows) {
      const v = row.plan;
      if (row.kind === 'direct' && v.comparator !== 'unreadable' && !v.percent && v.values.length === 1)
        return v.values[0]!;
    }
  return null;
}

/**
 * Of the plan measures whose fact can be set against the plan (the comparison of plan.fact.below),
 * the share that meet it. Null without a report's facts.
 */
export function planMetShare(grant: Grant): number | null {
  let met = 0;
  let compared = 0;
  for (const { activity, measure } of measuresOf(grant)) {
    if (!measure.fact) continue;
    const result = compareValues(measure.plan, measure.fact, {
      events: activity.events,
      factFraction: measure.factFraction,
    });
    if (result.kind === 'incomparable') continue;
    compared++;
    if (result.kind === 'met') met++;
  }
  return compared === 0 ? null : met / compared;
}

/** Grant funds per planned direct beneficiary. */
export function costPerBeneficiary(grantTotal: number | null, beneficiaries: number | null): number | null {
  if (grantTotal === null || beneficiaries === null || beneficiaries <= 0) return null;
  return grantTotal / beneficiaries;
}

/** One grant reduced to its portfolio row. */
export function grantMetrics(
  file: string,
  grant: Grant,
  project: ProjectInfo | null,
  issues: readonly Issue[],
): GrantMetrics {
  const est = grant.estimates[0];
  const money: EstimateMoney = est
    ? estimateMoney(est)
    : { total: null, ownContribution: null, grantTotal: null };
  const shares: BudgetShares = est
    ? budgetShares(est, money.total)
    : { adminShare: null, payrollShare: null, mtidShare: null, directShare: null };
  const beneficiaries = directBeneficiaries(grant);
  // Keys in the order of the JSON contract: the CSV and the Grants sheet follow it.
  return {
    file,
    forms: [...new Set(formsOf(grant).map((f) => f.form))],
    grantee: project?.grantee ?? null,
    priority: project?.priority ?? null,
    region: project?.region ?? null,
    year: project?.year ?? est?.year ?? null,
    // Named one by one: a spread is a runtime call each time while the code is cold.
    total: money.total,
    ownContribution: money.ownContribution,
    grantTotal: money.grantTotal,
    adminShare: shares.adminShare,
    payrollShare: shares.payrollShare,
    mtidShare: shares.mtidShare,
    directShare: shares.directShare,
    directBeneficiaries: beneficiaries,
    costPerBeneficiary: costPerBeneficiary(money.grantTotal, beneficiaries),
    planMetShare: planMetShare(grant),
    errors: issues.filter((i) => i.severity === 'error').length,
    warnings: issues.filter((i) => i.severity === 'warning').length,
  };
}
