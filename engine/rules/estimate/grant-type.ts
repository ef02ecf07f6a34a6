import type { Estimate, GrantType, NumberField } from '../../model/estimate';
import type { RuleContext } from '../define';
import { value } from './figures';

/** The grant funds the estimate asks for (the grant-funds total; the grand total when there is no such column). */
export function grantFunds(est: Estimate): { field: NumberField; amount: number; ofGrant: boolean } | null {
  const g = est.grandTotal;
  if (!g) return null;
  const grant = value(g.grant);
  if (g.grant && grant) return { field: g.grant, amount: grant, ofGrant: true };
  const total = value(g.total);
  return total ? { field: g.total, amount: total, ofGrant: false } : null;
}

/** МРП of the project year, or of the profile's default year when the profile lacks that year. */
export function mrpOf(ctx: RuleContext): number | null {
  const y = ctx.profile.payroll[String(ctx.year)] ?? ctx.profile.payroll[String(ctx.profile.defaultYear)];
  return y?.mrp.value ?? null;
}

/**
 * The grant's type (Law on NGO grants, art. 6-1 p. 2): the one the form states, else the one its
 * size in МРП of the year gives (long-term from 10 000 МРП, medium-term above 3 000).
 */
export function grantTypeOf(
  est: Estimate,
  ctx: RuleContext,
): { type: GrantType; from: 'form' | 'size' } | null {
  if (est.statedType) return { type: est.statedType, from: 'form' };
  const funds = grantFunds(est);
  const mrp = mrpOf(ctx);
  if (!funds || !mrp) return null;
  const inMrp = (funds.amount * est.scale) / mrp;
  const bound = (t: GrantType) => ctx.profile.grantSize.find((s) => s.type === t)?.minMRP;
  const type: GrantType =
    inMrp >= (bound('long') ?? 10_000) ? 'long' : inMrp > (bound('medium') ?? 3_000) ? 'medium' : 'short';
  return { type, from: 'size' };
}
