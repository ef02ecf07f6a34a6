import type { Category, Estimate } from '../model/estimate';
import type { Grant } from '../model/grant';
import type { Issue } from '../model/issue';
import type { GrantMetrics } from '../model/portfolio';
import type { ProjectInfo } from '../model/project';
import { type Column, Figures, value } from '../rules/estimate/figures';

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

export function estimateMoney(est: Estimate): EstimateMoney {
  const fig = new Figures(est);
  const total = grand(est, fig, 'total');
  // Without an own-contribution column the grantee states none; without a grant column, the
  // grant pays what the own contribution leaves.
  const ownContribution = est.columns.own === null ? 0 : grand(est, fig, 'own');
  const grantTotal =
    est.columns.grant !== null
      ? grand(est, fig, 'grant')
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

function shareOf(fig: Figures, total: number | null, pick: (i: number) => boolean): number | null {
  if (total === null || total <= 0) return null;
  const part = figure(fig, outermost(fig.estimate, pick), 'total');
  return part === null ? null : part / total;
}

export interface BudgetShares {
  adminShare: number | null;
  payrollShare: number | null;
  mtidShare: number | null;
  directShare: number | null;
}

/** Budget structure: each part as a share of the estimate's grand total. */
export function budgetShares(est: Estimate, total: number | null): BudgetShares {
  const fig = new Figures(est);
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
 * Planned direct beneficiaries (social-impact table) and the share of plan measures with a
 * fact that meet their plan. The grant model has neither form yet (the monitoring-plan and
 * social-impact readers land with the `plan` branch): until then both are unknown, not zero.
 */
export function planFigures(_grant: Grant): {
  directBeneficiaries: number | null;
  planMetShare: number | null;
} {
  return { directBeneficiaries: null, planMetShare: null };
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
  const plan = planFigures(grant);
  // Keys in the order of the JSON contract: the CSV and the Grants sheet follow it.
  return {
    file,
    grantee: project?.grantee ?? null,
    priority: project?.priority ?? null,
    region: project?.region ?? null,
    year: project?.year ?? est?.year ?? null,
    ...money,
    ...shares,
    directBeneficiaries: plan.directBeneficiaries,
    costPerBeneficiary: costPerBeneficiary(money.grantTotal, plan.directBeneficiaries),
    planMetShare: plan.planMetShare,
    errors: issues.filter((i) => i.severity === 'error').length,
    warnings: issues.filter((i) => i.severity === 'warning').length,
  };
}
