import type { Cell } from '../../engine/grid/grid';
import type { Lang } from '../../engine/model/issue';
import { groupThousands } from '../../engine/rules/format';

/**
 * A cell's value as Excel shows it under its number format code, for the preview grid. Covers
 * what grant forms use: General, digit placeholders (0 # ?) with literal or "," grouping,
 * decimals, percent, quoted and escaped literals, up to four sections (positive;negative;zero;
 * text) and [colour] prefixes. Anything else (dates, fractions, exponents, conditions) is shown
 * as General: a plain number is never wrong, only less dressed.
 */

/** The separators Excel takes from the system locale: "." and "," in a code are placeholders for these. */
const SEPARATORS: Record<Lang, { decimal: string; group: string }> = {
  kk: { decimal: ',', group: '\u00a0' },
  ru: { decimal: ',', group: '\u00a0' },
  en: { decimal: '.', group: ',' },
};

/** Splits a code on ";" outside quotes and escapes. */
function sections(code: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < code.length; i++) {
    const ch = code[i]!;
    if (ch === '"') {
      const end = code.indexOf('"', i + 1);
      const stop = end < 0 ? code.length : end;
      cur += code.slice(i, stop + 1);
      i = stop;
    } else if (ch === '\\' && i + 1 < code.length) {
      cur += ch + code[++i];
    } else if (ch === ';') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

type Token = { kind: 'digit'; ch: '0' | '#' | '?' } | { kind: 'point' } | { kind: 'text'; text: string };

/** A section as tokens, or null when it holds something this formatter does not draw. */
function tokenize(
  section: string,
): { tokens: Token[]; percent: number; grouping: boolean; scale: number } | null {
  const tokens: Token[] = [];
  let percent = 0;
  let grouping = false;
  for (let i = 0; i < section.length; i++) {
    const ch = section[i]!;
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      tokens.push({ kind: 'text', text: section.slice(i + 1, stop) });
      i = stop;
    } else if (ch === '\\') {
      tokens.push({ kind: 'text', text: section[++i] ?? '' });
    } else if (ch === '[') {
      const end = section.indexOf(']', i);
      const inner = section.slice(i + 1, end < 0 ? section.length : end);
      // Colours only change the ink; conditions and locales change the meaning: not drawn here.
      if (!/^(black|blue|cyan|green|magenta|red|white|yellow|color\s*\d+)$/i.test(inner)) return null;
      i = end < 0 ? section.length : end;
    } else if (ch === '_') {
      tokens.push({ kind: 'text', text: ' ' }); // space as wide as the next character
      i++;
    } else if (ch === '*') {
      i++; // fill to the column width: nothing to fill in a preview cell
    } else if (ch === '0' || ch === '#' || ch === '?') tokens.push({ kind: 'digit', ch });
    else if (ch === '.') tokens.push({ kind: 'point' });
    else if (ch === ',')
      tokens.push({ kind: 'text', text: ',' }); // resolved below: grouping or scaling
    else if (ch === '%') {
      percent++;
      tokens.push({ kind: 'text', text: '%' });
    } else if (/[eE/@]/.test(ch) || /[dmyhsDMYHS]/.test(ch)) return null;
    else tokens.push({ kind: 'text', text: ch });
  }
  // A comma between digit placeholders groups thousands; commas right after the last one divide by 1000.
  let scale = 0;
  const firstPoint = tokens.findIndex((t) => t.kind === 'point');
  const intEnd = firstPoint < 0 ? tokens.length : firstPoint;
  const lastDigit = tokens.map((t) => t.kind === 'digit').lastIndexOf(true);
  const out: Token[] = [];
  tokens.forEach((t, i) => {
    if (t.kind !== 'text' || t.text !== ',') return out.push(t);
    const digitBefore = tokens.slice(0, i).some((x) => x.kind === 'digit');
    const digitAfterInInt = tokens.slice(i + 1, intEnd).some((x) => x.kind === 'digit');
    if (digitBefore && digitAfterInInt && i < intEnd) grouping = true;
    else if (
      digitBefore &&
      i > lastDigit &&
      tokens.slice(lastDigit + 1, i).every((x) => x.kind === 'text' && x.text === ',')
    )
      scale++;
    else out.push(t);
  });
  return { tokens: out, percent, grouping, scale };
}

/** |x| rounded half away from zero to `decimals` places, as digit strings (no binary drift: 1.005 → 1.01). */
function roundDigits(x: number, decimals: number): { int: string; frac: string } {
  // Excel keeps 15 significant digits; rounding the decimal text of those avoids 0.1 + 0.2 artefacts.
  const [mantissa, exp] = Math.abs(x).toExponential(14).split('e') as [string, string];
  const digits = mantissa.replace('.', '');
  const pointAt = Number(exp) + 1; // digits before the decimal point
  const padded = pointAt <= 0 ? '0'.repeat(1 - pointAt) + digits : digits.padEnd(pointAt, '0');
  const intLen = Math.max(pointAt, 1);
  const keep = padded.slice(0, intLen + decimals).padEnd(intLen + decimals, '0');
  let rounded = BigInt(keep);
  if ((padded[intLen + decimals] ?? '0') >= '5') rounded += 1n;
  const text = rounded.toString().padStart(intLen + decimals, '0');
  return {
    int: text.slice(0, text.length - decimals).replace(/^0+(?=\d)/, ''),
    frac: text.slice(text.length - decimals),
  };
}

/** Integer digits into the placeholders from the right, literals kept in place; extra digits go first. */
function placedInteger(tokens: Token[], int: string): string {
  const digits = int === '0' ? '' : int;
  const firstSlot = tokens.findIndex((t) => t.kind === 'digit');
  let next = digits.length; // digits[0, next) are still to place
  const out: string[] = [];
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (t.kind === 'text') out.push(t.text);
    else if (t.kind === 'digit') {
      const take = i === firstSlot ? next : Math.min(1, next);
      if (take > 0) {
        out.push(digits.slice(next - take, next));
        next -= take;
      } else if (t.ch === '0') out.push('0');
      else if (t.ch === '?') out.push(' ');
    }
  }
  return out.reverse().join('');
}

/** "#,##0": the whole integer grouped by thousands, zero-padded to the '0' placeholders. */
function groupedInteger(tokens: Token[], int: string, group: string): string {
  const slots = tokens.filter((t) => t.kind === 'digit');
  const zeros = slots.length - slots.findIndex((t) => t.kind === 'digit' && t.ch === '0');
  const minDigits = slots.some((t) => t.kind === 'digit' && t.ch === '0') ? zeros : 0;
  const digits = (int === '0' ? '' : int).padStart(minDigits, '0');
  const grouped = groupThousands(digits, group);
  const first = tokens.findIndex((t) => t.kind === 'digit');
  const last = tokens.map((t) => t.kind === 'digit').lastIndexOf(true);
  const text = (from: number, to: number) =>
    tokens
      .slice(from, to)
      .map((t) => (t.kind === 'text' ? t.text : ''))
      .join('');
  return text(0, first) + grouped + text(last + 1, tokens.length);
}

function applySection(value: number, section: string, lang: Lang): string | null {
  const parsed = tokenize(section);
  if (!parsed) return null;
  const { tokens, percent, grouping, scale } = parsed;
  const { decimal, group } = SEPARATORS[lang];
  const point = tokens.findIndex((t) => t.kind === 'point');
  const intTokens = point < 0 ? tokens : tokens.slice(0, point);
  const fracTokens = point < 0 ? [] : tokens.slice(point + 1);
  const fracPlaces = fracTokens.filter((t) => t.kind === 'digit').length;
  const scaled = (value * 100 ** percent) / 1000 ** scale;
  const { int, frac } = roundDigits(scaled, fracPlaces);

  const left = grouping ? groupedInteger(intTokens, int, group) : placedInteger(intTokens, int);
  let right = '';
  let f = 0;
  // Trailing '#' and '?' decimals drop zeros the number does not need.
  const lastNeeded = frac.replace(/0+$/, '').length;
  for (const t of fracTokens) {
    if (t.kind === 'text') right += t.text;
    else if (t.kind === 'digit') {
      const d = frac[f] ?? '0';
      right += f < lastNeeded || t.ch === '0' ? d : t.ch === '?' ? ' ' : '';
      f++;
    }
  }
  const showPoint = point >= 0;
  return `${left}${showPoint ? decimal : ''}${right}`.trim();
}

/** General: up to 11 characters of number, as a default-width Excel column shows it. */
export function formatGeneral(value: number, lang: Lang): string {
  const { decimal } = SEPARATORS[lang];
  const abs = Math.abs(value);
  if (abs !== 0 && (abs >= 1e11 || abs < 1e-9)) {
    const [m, e] = value.toExponential(5).split('e') as [string, string];
    const mant = m.replace(/\.?0+$/, '').replace('.', decimal);
    const exp = Number(e);
    return `${mant}E${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  const intDigits = abs < 1 ? 1 : Math.floor(Math.log10(abs)) + 1;
  const { int, frac } = roundDigits(value, Math.max(0, 10 - intDigits));
  const trimmed = frac.replace(/0+$/, '');
  const text = trimmed ? `${int}${decimal}${trimmed}` : int;
  return value < 0 && text !== '0' ? `-${text}` : text;
}

/** A number under an Excel format code, in the separators of `lang`. */
export function formatNumber(value: number, code: string | undefined, lang: Lang): string {
  const trimmed = (code ?? '').trim();
  if (trimmed === '' || /^general$/i.test(trimmed)) return formatGeneral(value, lang);
  const parts = sections(trimmed);
  // Excel: one section for all; two: positive-and-zero;negative; three or more: positive;negative;zero.
  const pick = value < 0 ? (parts.length > 1 ? 1 : 0) : value === 0 && parts.length > 2 ? 2 : 0;
  const section = parts[pick] ?? '';
  if (/^general$/i.test(section.trim())) return formatGeneral(value, lang);
  const shown = applySection(Math.abs(value), section, lang);
  if (shown === null) return formatGeneral(value, lang);
  // Only the single-section code writes the minus itself; a negative section draws its own.
  const negative = value < 0 && pick === 0 && /[1-9]/.test(shown);
  return negative ? `-${shown}` : shown;
}

/** What the preview grid shows in a cell. */
export function shownValue(cell: Cell | null | undefined, lang: Lang): string {
  if (!cell) return '';
  if (cell.error) return cell.error;
  if (typeof cell.value === 'number') return formatNumber(cell.value, cell.format, lang);
  if (typeof cell.value === 'boolean') return cell.value ? 'TRUE' : 'FALSE';
  if (cell.value !== null) return cell.value;
  return cell.formula ?? '';
}
