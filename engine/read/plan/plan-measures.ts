import type { Sheet } from '../../grid/grid';
import type { IndicatorValue } from '../../model/indicator';
import type { Measure, PlanColumns } from '../../model/plan';
import { rawText } from '../columns';
import { parseIndicator } from '../indicator';
import { norm } from '../text';
import { isParticipantMeasure } from './participants';
import { EVENT_COUNT_MEASURE } from './vocabulary';

export type Parse = (text: string) => IndicatorValue;

/**
 * parseIndicator with the readings of one plan remembered: plans repeat "1", "3/1", "кемінде 1"
 * dozens of times, and the reader runs on every edit. The readings are never mutated.
 */
export function rememberingParser(): Parse {
  const seen = new Map<string, IndicatorValue>();
  return (text) => {
    let v = seen.get(text);
    if (!v) seen.set(text, (v = parseIndicator(text)));
    return v;
  };
}

/** The fact cell as a value: numbers as Excel stores them, text as typed. */
function readFact(
  sheet: Sheet,
  row: number,
  col: number,
  parse: Parse,
): { value: IndicatorValue; fraction: boolean } {
  const cell = sheet.cell(row, col);
  const v = cell?.value;
  if (typeof v === 'number' && !cell?.error) return { value: parse(String(v)), fraction: v > 0 && v <= 1 };
  return { value: parse(rawText(sheet, row, col)), fraction: false };
}

/**
 * The measures of one plan row: none when the row has neither a label nor a planned value (or the
 * planned value is a merge's covered cell: a plan merged over rows gives its value to the first).
 */
export function rowMeasures(sheet: Sheet, r: number, cols: PlanColumns, parse: Parse): Measure[] {
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
  const pieces = linePieces(label, planText, factText, parse);
  if (pieces)
    return pieces.map((p) => measure(p.label, parse(p.plan), p.fact === null ? null : parse(p.fact), false));
  const fact = factCol === null ? null : readFact(sheet, r, factCol, parse);
  return [measure(label, parse(planText), fact?.value ?? null, fact?.fraction ?? false)];
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
  parse: Parse,
): { label: string; plan: string; fact: string | null }[] | null {
  const split = (s: string) =>
    s
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l !== '');
  const labels = split(label);
  const plans = split(planText);
  if (labels.length < 2 || plans.length !== labels.length) return null;
  if (plans.some((p) => parse(p).comparator === 'unreadable')) return null;
  const facts = factText === null ? null : split(factText);
  if (facts && facts.length > 0 && facts.length !== labels.length) return null;
  return labels.map((l, i) => ({
    label: l,
    plan: plans[i]!,
    fact: facts === null ? null : (facts[i] ?? ''),
  }));
}
