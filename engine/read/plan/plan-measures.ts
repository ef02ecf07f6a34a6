import type { Sheet } from '../../grid/grid';
import type { IndicatorValue } from '../../model/indicator';
import type { Measure, PlanColumns } from '../../model/plan';
import { rawText } from '../columns';
import { parseIndicator } from '../indicator';
import { norm } from '../text';
import { isParticipantMeasure } from './participants';
import { EVENT_COUNT_MEASURE } from './vocabulary';

/** The fact cell as a value: numbers as Excel stores them, text as typed. */
function readFact(sheet: Sheet, row: number, col: number): { value: IndicatorValue; fraction: boolean } {
  const cell = sheet.cell(row, col);
  const v = cell?.value;
  if (typeof v === 'number' && !cell?.error)
    return { value: parseIndicator(String(v)), fraction: v > 0 && v <= 1 };
  return { value: parseIndicator(rawText(sheet, row, col)), fraction: false };
}

/**
 * The measures of one plan row: none when the row has neither a label nor a planned value (or the
 * planned value is a merge's covered cell: a plan merged over rows gives its value to the first).
 */
export function rowMeasures(sheet: Sheet, r: number, cols: PlanColumns): Measure[] {
  const label = sheet.isMergedCover(r, cols.measure) ? '' : sheet.text(r, cols.measure);
  if (sheet.isMergedCover(r, cols.plan)) return [];
  const planText = rawText(sheet, r, cols.plan);
  if (label === '' && planText === '') return [];
  // A fact merged over several measure rows belongs to none of them alone: not checked.
  const factCol = cols.fact !== null && !sheet.isMergedCover(r, cols.fact) ? cols.fact : null;
  const measure = (
    label: string,
    plan: IndicatorValue,
    fact: IndicatorValue | null,
    fraction: boolean,
  ): Measure => ({
    row: sheet.sheetRow(r),
    label,
    labelCell: sheet.address(r, cols.measure),
    plan,
    planCell: sheet.address(r, cols.plan),
    fact,
    factCell: factCol === null ? null : sheet.address(r, factCol),
    factFraction: fraction,
    note: cols.note === null ? '' : sheet.text(r, cols.note, true),
    participants: isParticipantMeasure(label, plan),
    eventCount: EVENT_COUNT_MEASURE.test(norm(label)),
  });
  const factText = factCol === null ? null : rawText(sheet, r, factCol);
  const pieces = linePieces(label, planText, factText);
  if (pieces)
    return pieces.map((p) =>
      measure(p.label, parseIndicator(p.plan), p.fact === null ? null : parseIndicator(p.fact), false),
    );
  const fact = factCol === null ? null : readFact(sheet, r, factCol);
  return [measure(label, parseIndicator(planText), fact?.value ?? null, fact?.fraction ?? false)];
}

/**
 * A Word cell pasted without being split into rows holds several measures, one per line, with one
 * value per line beside it ("Жарияланым\nҚатысушылар саны" | "1\n50"). Split only when the lines
 * pair up exactly and every planned line reads as a value; a wrapped label ("… әлеуметтік\nжелідегі
 * жарияланым саны" | "1") stays one measure.
 */
export function linePieces(
  label: string,
  planText: string,
  factText: string | null,
): { label: string; plan: string; fact: string | null }[] | null {
  const split = (s: string) =>
    s
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l !== '');
  const labels = split(label);
  const plans = split(planText);
  if (labels.length < 2 || plans.length !== labels.length) return null;
  if (plans.some((p) => parseIndicator(p).comparator === 'unreadable')) return null;
  const facts = factText === null ? null : split(factText);
  if (facts && facts.length > 0 && facts.length !== labels.length) return null;
  return labels.map((l, i) => ({
    label: l,
    plan: plans[i]!,
    fact: facts === null ? null : (facts[i] ?? ''),
  }));
}
