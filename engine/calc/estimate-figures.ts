import type { Estimate, EstimateLine } from '../model/estimate';
import { rememberLast } from '../read/memo';
import { itemIntendedTotal, value } from '../read/number';

// The money helpers live with the number parsing, where the readers use them too.
export { itemIntendedTotal, value };

/**
 * Two readings of every money figure. "Written" is what the cell says; "intended" is what it
 * would be if the rows under it were right (quantity × unit cost for an item, what the rates
 * give for a payroll charge, the sum of the children for a group). A total is accepted when it
 * matches either, so one wrong cell gives one error at that cell and not a cascade up the tree.
 */
export type Column = 'total' | 'own' | 'grant';

export class Figures {
  /** Per column, by line index; undefined until computed. Arrays, not string keys: rules ask often. */
  private readonly intendedCache: Record<Column, (number | null | undefined)[]> = {
    total: [],
    own: [],
    grant: [],
  };

  /** chargeTotals: the total each payroll-charge line should have, where the year's rates are known. */
  constructor(
    readonly estimate: Estimate,
    private readonly chargeTotals: ReadonlyMap<EstimateLine, number> = new Map(),
  ) {}

  private itemTotal(line: EstimateLine): number | null {
    return this.chargeTotals.get(line) ?? itemIntendedTotal(line);
  }

  line(i: number): EstimateLine {
    return this.estimate.lines[i]!;
  }

  written(i: number, col: Column): number | null {
    return value(this.line(i)[col]);
  }

  intended(i: number, col: Column): number | null {
    const cached = this.intendedCache[col][i];
    if (cached !== undefined) return cached;
    const line = this.line(i);
    let result: number | null;
    if (line.children.length > 0) result = this.sum(line.children, col, 'intended');
    else if (col === 'total') result = line.kind === 'item' ? this.itemTotal(line) : value(line.total);
    else if (col === 'grant' && line.kind === 'item' && line.grant) {
      // Grant funds are what the own contribution leaves of the line total.
      const total = this.itemTotal(line);
      const own = value(line.own) ?? 0;
      result = total === null ? null : total - own;
    } else result = value(line[col]);
    this.intendedCache[col][i] = result;
    return result;
  }

  /** Sum of a column over lines; null when any of them is unreadable. */
  sum(indexes: readonly number[], col: Column, reading: 'written' | 'intended'): number | null {
    let s = 0;
    for (const i of indexes) {
      const v = reading === 'written' ? this.written(i, col) : this.intended(i, col);
      if (v === null) return null;
      s += v;
    }
    return s;
  }

  private top: number[] | null = null;

  topLevel(): readonly number[] {
    if (this.top !== null) return this.top;
    const out: number[] = [];
    this.estimate.lines.forEach((l, i) => {
      if (l.parent === null) out.push(i);
    });
    return (this.top = out);
  }
}

/**
 * The arithmetic reading of an estimate (no payroll corrections), its sums computed once for all
 * who ask: the rules and the portfolio's metrics read the same estimate's figures, one estimate
 * after another, so the last one's Figures is kept (see rememberLast).
 */
export const figuresOf = rememberLast((est: Estimate) => new Figures(est));
