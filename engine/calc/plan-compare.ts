import type { IndicatorValue } from '../model/indicator';
import { norm } from '../read/text';

/** One component of a value that falls short of its plan. */
export interface Gap {
  /** The component's label ("фото", "Диплом") or null for a plain number. */
  label: string | null;
  /** 0-based position among the plan's values, and how many there are. */
  index: number;
  count: number;
  expected: number;
  actual: number;
  percent: boolean;
  comparator: 'atLeast' | 'atMost' | 'target';
  /** The events the per-event plan value was multiplied by (1 when not scaled). */
  scale: number;
}

export type Comparison =
  | { kind: 'met' }
  | { kind: 'gaps'; gaps: Gap[] }
  /** The fact cannot be set against the plan (a count for a share, two numbers for one). */
  | { kind: 'incomparable' };

export interface CompareOptions {
  /** Events of the activity, when the plan states them; per-event plans are multiplied by it. */
  events: number | null;
  /** The fact came from a numeric cell between 0 and 1: Excel's stored form of a percentage. */
  factFraction: boolean;
}

/** Fact values on the plan's scale: shares as percentages, or null when the kinds do not match. */
function factNumbers(plan: IndicatorValue, fact: IndicatorValue, fraction: boolean): number[] | null {
  if (!plan.percent) return fact.percent ? null : fact.values;
  if (fact.percent) return fact.values;
  // A share typed or stored as a fraction: "0,85", or Excel's 1 for a cell showing "100 %".
  const only = fact.values.length === 1 ? fact.values[0]! : null;
  if (only !== null && ((only > 0 && only < 1) || (fraction && only === 1))) return [only * 100];
  // "85" typed against an "80 %" plan is a percentage; "1 200" is not.
  return fact.values.every((v) => v <= 100) ? fact.values : null;
}

/** The pairs of two single values, whatever their labels: most indicators hold one value. */
const ONE_PAIR: readonly (readonly [number, number])[] = Object.freeze([Object.freeze([0, 0] as const)]);

/** Pairs of (plan index, fact index): by label when both sides name every value alike, else by position. */
function pairs(plan: IndicatorValue, fact: IndicatorValue): readonly (readonly [number, number])[] | null {
  if (plan.values.length !== fact.values.length) return null;
  if (plan.values.length === 1) return ONE_PAIR;
  const key = (l: string | null) => (l === null ? null : norm(l));
  const planKeys = plan.labels.map(key);
  const factKeys = fact.labels.map(key);
  const labelled = planKeys.every((k) => k !== null) && factKeys.every((k) => k !== null);
  if (labelled && new Set(planKeys).size === planKeys.length && planKeys.every((k) => factKeys.includes(k))) {
    return planKeys.map((k, i) => [i, factKeys.indexOf(k)]);
  }
  return plan.values.map((_, i) => [i, i]);
}

/**
 * Compares a fact with a readable plan: at least / target plans want every component at or above
 * the plan (per-event values times the events), at most plans want it at or below. A per-event plan
 * whose activity states no events is compared unscaled: one event is the least it can mean.
 */
export function compareValues(
  plan: IndicatorValue,
  fact: IndicatorValue,
  options: CompareOptions,
): Comparison {
  if (plan.comparator === 'unreadable' || fact.comparator === 'unreadable') return { kind: 'incomparable' };
  const numbers = factNumbers(plan, fact, options.factFraction);
  const paired = pairs(plan, fact);
  if (!numbers || !paired) return { kind: 'incomparable' };
  const scale = plan.perEvent && !fact.perEvent && !plan.percent && options.events ? options.events : 1;
  const gaps: Gap[] = [];
  for (const [p, f] of paired) {
    const expected = plan.values[p]! * scale;
    const actual = numbers[f]!;
    const short = plan.comparator === 'atMost' ? actual > expected : actual < expected;
    if (short) {
      gaps.push({
        label: plan.labels[p] ?? null,
        index: p,
        count: plan.values.length,
        expected,
        actual,
        percent: plan.percent,
        comparator: plan.comparator,
        scale,
      });
    }
  }
  return gaps.length > 0 ? { kind: 'gaps', gaps } : { kind: 'met' };
}
