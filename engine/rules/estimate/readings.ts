import type { Estimate } from '../../model/estimate';
import { sameMoney } from '../../read/number';
import type { RuleContext } from '../define';
import { type Column, Figures, figuresOf } from '../../calc/estimate-figures';
import { chargeTotals } from './payroll-calc';

/**
 * The readings of an estimate's figures a total may rightly follow: the arithmetic one (rows as
 * quantity × unit cost) and the one that also corrects payroll charges to the year's rates. Two
 * readings, not one: a sheet can hold a wrong charge and, elsewhere in the same section, a
 * mistyped group, and each must stay one error at its own cell.
 */
export class Readings {
  readonly arithmetic: Figures;
  private readonly payroll: Figures;

  constructor(est: Estimate, ctx: RuleContext) {
    this.arithmetic = figuresOf(est);
    this.payroll = new Figures(est, chargeTotals(est, ctx));
  }

  /**
   * Whether a total equals what its rows add up to under some reading (written or intended),
   * money compared within `tolerance`, and the arithmetic sum to report when it does not. Null
   * when a row is unreadable.
   */
  judge(actual: number, rows: readonly number[], col: Column, tolerance: number) {
    const written = this.arithmetic.sum(rows, col, 'written');
    const arithmetic = this.arithmetic.sum(rows, col, 'intended');
    const payroll = this.payroll.sum(rows, col, 'intended');
    if (written === null || arithmetic === null || payroll === null) return null;
    const ok =
      sameMoney(actual, written, tolerance) ||
      sameMoney(actual, arithmetic, tolerance) ||
      sameMoney(actual, payroll, tolerance);
    return { ok, expected: arithmetic };
  }
}

/** The group and total sum rules judge the same estimate in one check: the last readings are kept. */
let last: { est: Estimate; ctx: RuleContext; readings: Readings } | null = null;

export function readingsOf(est: Estimate, ctx: RuleContext): Readings {
  if (last === null || last.est !== est || last.ctx !== ctx)
    last = { est, ctx, readings: new Readings(est, ctx) };
  return last.readings;
}
