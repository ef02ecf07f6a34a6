import type { Cell } from '../grid/grid';
import type { NumberField } from '../model/estimate';

/** What a cell that should hold a number turned out to hold. */
export type ParsedNumber =
  | { kind: 'empty' }
  | { kind: 'number'; value: number }
  | { kind: 'invalid'; text: string; reason: InvalidReason };

export type InvalidReason = 'error-value' | 'not-a-number' | 'negative' | 'uncalculated' | 'too-large';

/**
 * Larger than any grant's figure (a trillion tenge): such a number is a typo or a hostile file,
 * and beyond ~9·10^13 sums in tiyn would no longer be exact.
 */
export const MAX_AMOUNT = 1e12;

/**
 * A number as a figure: too large (or not finite) is reported with a readable value, never
 * computed with. The value's text is made only for a report: most cells are plain numbers.
 */
function figure(value: number, text: string | number): ParsedNumber {
  if (!Number.isFinite(value)) return { kind: 'invalid', text: String(text), reason: 'not-a-number' };
  if (Math.abs(value) > MAX_AMOUNT) return { kind: 'invalid', text: String(text), reason: 'too-large' };
  return { kind: 'number', value };
}

const CURRENCY = /\s*(?:теңге|тенге|тңг|тнг|тг|kzt|₸|т)\.?$/iu;
const SPACES = /[\s\u00a0\u2007\u202f']/g;
const DASHES = /^[-–—]+$/;
const EXCEL_ERROR =
  /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i;

/**
 * Parse a number as people type it in an estimate: "11 550 500", "11 550 500,00",
 * "180 000 тг", "1 000 000 теңге", non-breaking spaces, "0,5". A lone dash means zero.
 * Anything else is reported, never turned silently into 0.
 */
export function parseNumberText(raw: string): ParsedNumber {
  let t = raw.trim();
  if (t === '') return { kind: 'empty' };
  if (EXCEL_ERROR.test(t)) return { kind: 'invalid', text: raw, reason: 'error-value' };
  if (DASHES.test(t)) return { kind: 'number', value: 0 };
  t = t.replace(CURRENCY, '').trim();
  t = t.replace(SPACES, '');
  let negative = false;
  if (/^[-–−]/.test(t)) {
    negative = true;
    t = t.slice(1);
  }
  let normalised: string | null = null;
  if (/^\d+$/.test(t)) normalised = t;
  else if (/^\d+[.,]\d+$/.test(t)) {
    // One separator: "0,5", "1.25". Two or more thousands groups use the next branch.
    normalised = t.replace(',', '.');
  } else if (/^\d{1,3}(,\d{3}){2,}(\.\d+)?$/.test(t)) normalised = t.replace(/,/g, '');
  else if (/^\d{1,3}(\.\d{3}){2,}(,\d+)?$/.test(t)) normalised = t.replace(/\./g, '').replace(',', '.');
  else if (/^\d{1,3}(,\d{3})+\.\d+$/.test(t)) normalised = t.replace(/,/g, '');
  else if (/^\d{1,3}(\.\d{3})+,\d+$/.test(t)) normalised = t.replace(/\./g, '').replace(',', '.');
  if (normalised === null) return { kind: 'invalid', text: raw, reason: 'not-a-number' };
  const value = Number(normalised);
  if (negative && value !== 0 && Number.isFinite(value))
    return { kind: 'invalid', text: raw, reason: 'negative' };
  return figure(value, raw);
}

/** Parse a grid cell that should hold a non-negative number. */
export function parseNumberCell(cell: Cell | null): ParsedNumber {
  if (!cell) return { kind: 'empty' };
  if (cell.error) return { kind: 'invalid', text: cell.error, reason: 'error-value' };
  const v = cell.value;
  if (v === null || v === undefined) {
    return cell.formula
      ? { kind: 'invalid', text: `=${cell.formula.replace(/^=/, '')}`, reason: 'uncalculated' }
      : { kind: 'empty' };
  }
  if (typeof v === 'number') {
    if (v < 0 && Number.isFinite(v)) return { kind: 'invalid', text: String(v), reason: 'negative' };
    return figure(v, v);
  }
  if (typeof v === 'boolean') return { kind: 'invalid', text: String(v), reason: 'not-a-number' };
  return parseNumberText(v);
}

/** Money compares in tenge after rounding to 0.01; the tolerance comes from the rule profile. */
export function sameMoney(a: number, b: number, tolerance: number): boolean {
  return Math.abs(Math.round(a * 100) - Math.round(b * 100)) <= Math.round(tolerance * 100);
}

export function roundMoney(x: number): number {
  return Math.round(x * 100) / 100;
}

/** A money field's amount: 0 when empty, null when the cell holds something that is not a number. */
export const value = (f: NumberField | null): number | null => (f && !f.invalid ? (f.value ?? 0) : null);

/** What a line should total: quantity × unit cost when both are there, else its written total. */
export function itemIntendedTotal(line: {
  qty: NumberField | null;
  unitCost: NumberField | null;
  total: NumberField;
}): number | null {
  const q = line.qty?.value;
  const c = line.unitCost?.value;
  if (q != null && c != null && !line.qty!.invalid && !line.unitCost!.invalid) return q * c;
  return value(line.total);
}
