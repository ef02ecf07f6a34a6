import { memoByText } from '../memo';
import { norm } from '../text';

/** One end of an activity's period: a month (1–12) and the year when stated. */
export interface PeriodEnd {
  month: number;
  year: number | null;
}

const MONTHS: ReadonlyArray<readonly [number, RegExp]> = [
  [1, /^(қаңтар|январ|january)/u],
  [2, /^(ақпан|феврал|february)/u],
  [3, /^(наурыз|март|march)/u],
  [4, /^(сәуір|апрел|april)/u],
  [5, /^(мамыр|ма[йя]$|мая|may$)/u],
  [6, /^(маусым|июн|june)/u],
  [7, /^(шілде|июл|july)/u],
  [8, /^(тамыз|август|august)/u],
  [9, /^(қыркүйек|сентябр|september)/u],
  [10, /^(қазан|октябр|october)/u],
  [11, /^(қараша|ноябр|november)/u],
  [12, /^(желтоқсан|декабр|december)/u],
];

const DATE = /(\d{1,2})\.(\d{1,2})\.(\d{2,4})/gu;

type Ends = { start: PeriodEnd; end: PeriodEnd };

/**
 * The first and last month of an activity's period as written ("Қазан-қыркүйек", "март – май
 * 2025 г.", "01.03.2025-31.05.2025"); null when the text names fewer than two months or dates.
 * Remembered by text (a plan repeats its periods, and every grant the usual ones), so frozen.
 */
export const periodEnds = memoByText(
  (text: string): Readonly<{ start: Readonly<PeriodEnd>; end: Readonly<PeriodEnd> }> | null => {
    const ends = readEnds(text);
    return ends && Object.freeze({ start: Object.freeze(ends.start), end: Object.freeze(ends.end) });
  },
);

function readEnds(text: string): Ends | null {
  const t = norm(text);
  const dates = [...t.matchAll(DATE)].map((m) => ({
    month: Number(m[2]),
    year: Number(m[3]!.length === 2 ? `20${m[3]}` : m[3]),
  }));
  if (dates.length >= 2) return { start: dates[0]!, end: dates[dates.length - 1]! };
  const ends: PeriodEnd[] = [];
  // A year before any month ("2025 жылғы маусым-қараша") is the year of the months after it.
  let leading: number | null = null;
  for (const m of t.matchAll(/(\p{L}+)|(\d{4})/gu)) {
    if (m[2]) {
      // A year after a month belongs to it ("қазан 2025 – наурыз 2026").
      const last = ends[ends.length - 1];
      if (last && last.year === null) last.year = Number(m[2]);
      else if (!last) leading = Number(m[2]);
      continue;
    }
    const month = MONTHS.find(([, p]) => p.test(m[1]!))?.[0];
    if (month !== undefined) ends.push({ month, year: leading });
  }
  if (ends.length === 1) return { start: ends[0]!, end: { ...ends[0]! } };
  if (ends.length < 2) return null;
  return { start: ends[0]!, end: ends[ends.length - 1]! };
}

/**
 * True when an activity's months fall outside the project's. Only within one stated project year
 * (an activity without years takes it); a project over two years is not judged.
 */
export function isOutside(activity: Ends, project: Ends): boolean {
  // "июнь–ноябрь 2025 года": a year stated once is the year of both ends.
  const year = project.start.year ?? project.end.year;
  if (year === null || (project.end.year ?? year) !== year) return false;
  const at = (e: PeriodEnd) => (e.year ?? year) * 12 + e.month;
  return at(activity.start) < at(project.start) || at(activity.end) > at(project.end);
}

/** True when the end precedes the start in one year (no years stated, or the same one). */
export function isReversed(p: { start: PeriodEnd; end: PeriodEnd }): boolean {
  const { start, end } = p;
  if (start.year !== null && end.year !== null)
    return end.year * 12 + end.month < start.year * 12 + start.month;
  if (start.year !== null && end.year === null) return false;
  return end.month < start.month && (start.year === null || start.year === end.year);
}
