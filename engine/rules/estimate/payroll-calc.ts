import { type Estimate, type EstimateLine, isChargeLine } from '../../model/estimate';
import type { Charge, PayrollYear } from '../../model/profile';
import type { RuleContext } from '../define';
import { rememberLast } from '../../read/memo';
import { itemIntendedTotal, value } from '../../calc/estimate-figures';

export type ChargeKind = 'social-tax' | 'social-contributions' | 'medical' | 'pension';
export const CHARGE_KINDS: readonly ChargeKind[] = [
  'social-tax',
  'social-contributions',
  'medical',
  'pension',
];

/** A salary line as the payroll sees it: a monthly amount for some months. */
interface Salary {
  monthly: number;
  months: number;
  /** One person per line (unit "month"): per-person floors and ceilings apply. */
  perPerson: boolean;
}

/** The salaries and charge lines whose charges are computed together. */
export interface PayrollScope {
  salaries: EstimateLine[];
  charges: Map<ChargeKind, EstimateLine[]>;
}

function salary(line: EstimateLine, reading: 'written' | 'intended'): Salary | null {
  const total = reading === 'written' ? value(line.total) : itemIntendedTotal(line);
  if (total === null) return null;
  const months = line.qty?.value;
  if (line.unitKind === 'month' && months != null && months > 0 && !line.qty!.invalid) {
    return { monthly: total / months, months, perPerson: true };
  }
  return { monthly: total, months: 1, perPerson: false };
}

/**
 * A per-person floor or ceiling in money (none for a line of several people). Module functions, not
 * closures made at every call: charges runs for every salary line, mostly cold.
 */
function bound(b: Charge['minBase'], fallback: number, perPerson: boolean, y: PayrollYear): number {
  return b === undefined || !perPerson
    ? fallback
    : b.value * (b.unit === 'MZP' ? y.minWage.value : y.mrp.value);
}

function clamp(
  x: number,
  c: Pick<Charge, 'minBase' | 'maxBase'>,
  perPerson: boolean,
  y: PayrollYear,
): number {
  return Math.min(
    Math.max(x, bound(c.minBase, -Infinity, perPerson, y)),
    bound(c.maxBase, Infinity, perPerson, y),
  );
}

function charges(s: number, perPerson: boolean, y: PayrollYear): Record<ChargeKind, number> {
  const opv = y.employeePension.rate.value * clamp(s, y.employeePension, perPerson, y);
  const vosms = y.employeeMedical.rate.value * clamp(s, y.employeeMedical, perPerson, y);
  const base = (c: Charge) =>
    clamp(c.base === 'S' ? s : c.base === 'S-OPV' ? s - opv : s - opv - vosms, c, perPerson, y);
  const so = y.socialContributions.rate.value * base(y.socialContributions);
  const st = y.socialTax.rate.value * base(y.socialTax) - (y.socialTax.deductSocialContributions ? so : 0);
  return {
    'social-contributions': so,
    'social-tax': Math.max(0, st),
    medical: y.medical.rate.value * base(y.medical),
    pension: y.pension.rate.value * base(y.pension),
  };
}

/** Expected charge of one kind over the salaries, per line and month, before rounding. */
export function expectedCharge(
  kind: ChargeKind,
  salaries: readonly EstimateLine[],
  reading: 'written' | 'intended',
  y: PayrollYear,
): number | null {
  const all = expectedCharges(salaries, reading, y);
  return all === null ? null : all[kind];
}

/** Every charge over one scope's salaries, by reading, for the rates asked about. */
interface KnownCharges {
  salaries: readonly EstimateLine[];
  y: PayrollYear;
  written?: Record<ChargeKind, number> | null;
  intended?: Record<ChargeKind, number> | null;
}

/**
 * Four payroll rules and the sum rules ask for the charges of the same salaries in one check, scope
 * after scope: the last scope's are kept.
 */
let lastCharges: KnownCharges | null = null;

/** The four charges over the salaries, each summed line by line in order (as expectedCharge sums one). */
function expectedCharges(
  salaries: readonly EstimateLine[],
  reading: 'written' | 'intended',
  y: PayrollYear,
): Record<ChargeKind, number> | null {
  if (lastCharges === null || lastCharges.salaries !== salaries || lastCharges.y !== y)
    lastCharges = { salaries, y };
  const known = lastCharges;
  const cached = known[reading];
  if (cached !== undefined) return cached;
  let sums: Record<ChargeKind, number> | null = {
    'social-contributions': 0,
    'social-tax': 0,
    medical: 0,
    pension: 0,
  };
  for (const line of salaries) {
    const s = salary(line, reading);
    if (s === null) {
      sums = null;
      break;
    }
    const c = charges(s.monthly, s.perPerson, y);
    for (const kind of CHARGE_KINDS) sums[kind] += c[kind] * s.months;
  }
  known[reading] = sums;
  return sums;
}

/**
 * Whether the rates behind a charge are confirmed. МЗП and МРП only move per-person floors and
 * ceilings, which ordinary salaries do not reach, so they do not soften the finding.
 */
export function rateVerified(kind: ChargeKind, y: PayrollYear): boolean {
  const byKind = {
    'social-tax': y.socialTax,
    'social-contributions': y.socialContributions,
    medical: y.medical,
    pension: y.pension,
  };
  const used = [byKind[kind].rate, y.employeePension.rate, y.employeeMedical.rate];
  if (kind === 'social-tax' && y.socialTax.deductSocialContributions) used.push(y.socialContributions.rate);
  return used.every((s) => s.verified);
}

/**
 * Salary groups that carry their own charge lines are computed on their own; the remaining
 * salaries and charges are computed together. Found once for the estimate last asked about: four
 * payroll rules and two sum rules ask for the scopes of the same estimate in one check.
 */
export const payrollScopes: (est: Estimate) => PayrollScope[] = rememberLast(findScopes);

function findScopes(est: Estimate): PayrollScope[] {
  const scopes: PayrollScope[] = [];
  const claimed = new Set<number>();
  const descendants = (i: number): number[] => {
    const out: number[] = [];
    for (const c of est.lines[i]!.children) out.push(c, ...descendants(c));
    return out;
  };
  const scopeOf = (indexes: number[]): PayrollScope => {
    const scope: PayrollScope = { salaries: [], charges: new Map() };
    for (const i of indexes) {
      const line = est.lines[i]!;
      if (line.kind !== 'item' || line.role === null || line.role === 'salary-group') continue;
      if (line.role === 'salary') scope.salaries.push(line);
      else scope.charges.set(line.role, [...(scope.charges.get(line.role) ?? []), line]);
    }
    return scope;
  };
  est.lines.forEach((line, i) => {
    if (line.role !== 'salary-group') return;
    const inside = descendants(i);
    const scope = scopeOf(inside);
    if (scope.charges.size > 0 && scope.salaries.length > 0) {
      scopes.push(scope);
      inside.forEach((j) => claimed.add(j));
    }
  });
  // Pay on lines of their own with their charges right after them, in the same group (a trainer
  // paid inside an activity): computed on their own as well.
  for (let i = 0; i < est.lines.length; i++) {
    if (claimed.has(i)) continue;
    const run = payRunAt(est.lines, i);
    if (run.length === 0) continue;
    scopes.push(scopeOf(run));
    run.forEach((j) => claimed.add(j));
    i = run[run.length - 1]!;
  }
  const rest = scopeOf(est.lines.map((_, i) => i).filter((i) => !claimed.has(i)));
  if (rest.charges.size > 0 || rest.salaries.length > 0) scopes.push(rest);
  return scopes;
}

/** The salaries from `start` and the charges right after them, all in one group; none if not so. */
function payRunAt(lines: readonly EstimateLine[], start: number): number[] {
  const parent = lines[start]!.parent;
  const run: number[] = [];
  let i = start;
  for (; lines[i]?.role === 'salary' && lines[i]!.parent === parent; i++) run.push(i);
  const salaries = run.length;
  for (; i < lines.length && lines[i]!.parent === parent && isChargeLine(lines[i]!); i++) run.push(i);
  return salaries > 0 && run.length > salaries ? run : [];
}

/**
 * The total each charge line should carry under the year's rates (per-month charges rounded to
 * the tenge, as accountants compute them). Only where a scope has one line of that charge.
 */
export function chargeTotals(est: Estimate, ctx: RuleContext): Map<EstimateLine, number> {
  const out = new Map<EstimateLine, number>();
  const rates = ratesFor(est, ctx);
  if (!rates) return out;
  // Rounded to the tenge, in the sheet's unit (0.001 of a thousand).
  const round = (x: number) => Math.round(x * est.scale) / est.scale;
  for (const scope of payrollScopes(est)) {
    for (const [kind, lines] of scope.charges) {
      const line = lines[0];
      if (lines.length !== 1 || !line || scope.salaries.length === 0) continue;
      const expected = expectedCharge(kind, scope.salaries, 'intended', rates);
      if (expected === null) continue;
      const months = line.unitKind === 'month' ? line.qty?.value : null;
      out.set(line, months ? round(expected / months) * months : round(expected));
    }
  }
  return out;
}

/**
 * The year's rates for an estimate, with the money bounds (МЗП, МРП) in the sheet's own unit: an
 * estimate in thousands of tenge then meets its floors and ceilings where they really are.
 */
export function ratesFor(est: Estimate, ctx: RuleContext): PayrollYear | undefined {
  const y = ctx.profile.payroll[String(ctx.year)];
  if (!y || est.scale === 1) return y;
  const scaled = (s: PayrollYear['minWage']) => ({ ...s, value: s.value / est.scale });
  return { ...y, minWage: scaled(y.minWage), mrp: scaled(y.mrp) };
}
