import type { Sheet } from '../../grid/grid';
import { rangeA1 } from '../../grid/address';
import type { Breakdown, BreakdownKind, ParticipantStats, StatCell } from '../../model/impact';
import { parseNumberCell } from '../number';
import { normAt } from '../columns';
import { rowHasWord } from '../header-index';
import { AGE_BAND, CATEGORY, MEN, STATS_TOTAL, WOMEN } from './vocabulary';

interface StatsHeader {
  row: number;
  /** Last row of the header band (a header cell may be merged over two rows). */
  bottom: number;
  kind: BreakdownKind;
  total: number;
  parts: { col: number; label: string }[];
}

/** A breakdown header: a "total" column and men/women, three or more age bands, or three or more categories. */
function statsHeaderAt(sheet: Sheet, row: number): StatsHeader | null {
  if (!rowHasWord(sheet, row, 'statsTotal')) return null;
  let total: number | null = null;
  let bottom = row;
  const men: { col: number; label: string }[] = [];
  const women: { col: number; label: string }[] = [];
  const ages: { col: number; label: string }[] = [];
  const categories: { col: number; label: string }[] = [];
  for (let c = 0; c < sheet.width(row); c++) {
    if (sheet.isMergedCover(row, c)) continue;
    const t = normAt(sheet, row, c);
    if (!t || t.length > 200) continue;
    const label = sheet.text(row, c);
    // The total column names participants and "all"; a category such as "Басқа санаттар" does not.
    if (total === null && STATS_TOTAL.test(t)) total = c;
    else if (MEN.test(t)) men.push({ col: c, label });
    else if (WOMEN.test(t)) women.push({ col: c, label });
    else if (AGE_BAND.test(t)) ages.push({ col: c, label });
    else if (CATEGORY.test(t)) categories.push({ col: c, label });
  }
  if (total === null) return null;
  // Figures start below the header cells' merges.
  const cols = new Set(
    [total, ...men, ...women, ...ages, ...categories].map((p) => (typeof p === 'number' ? p : p.col)),
  );
  for (const m of sheet.grid.merges)
    if (m.top === row && cols.has(m.left) && m.bottom > bottom) bottom = m.bottom;
  const head = { row, bottom, total };
  if (men.length === 1 && women.length === 1) return { ...head, kind: 'gender', parts: [men[0]!, women[0]!] };
  if (ages.length >= 3) return { ...head, kind: 'age', parts: ages };
  if (categories.length >= 3) return { ...head, kind: 'category', parts: categories };
  return null;
}

function statCell(sheet: Sheet, row: number, col: number, label: string): StatCell {
  const parsed = parseNumberCell(sheet.cell(row, col));
  const cell = sheet.address(row, col);
  if (parsed.kind === 'number') return { label, value: parsed.value, cell, invalid: false };
  return { label, value: null, cell, invalid: parsed.kind === 'invalid' };
}

/**
 * The final report's participant statistics (section 4): gender, social category and age
 * breakdowns, each a header row with its figures on the first row below that has a total.
 * Null when the sheet has none.
 */
export function readStats(sheet: Sheet, fromRow = 0, untilRow = sheet.rowCount): ParticipantStats | null {
  const breakdowns: Breakdown[] = [];
  let top: number | null = null;
  let bottom = 0;
  let left = Number.MAX_SAFE_INTEGER;
  let right = 0;
  for (let r = fromRow; r < untilRow; r++) {
    const h = statsHeaderAt(sheet, r);
    if (!h) continue;
    for (let v = h.bottom + 1; v <= Math.min(h.bottom + 3, untilRow - 1); v++) {
      const total = statCell(sheet, v, h.total, sheet.text(h.row, h.total));
      if (total.value === null && !total.invalid) continue;
      breakdowns.push({
        kind: h.kind,
        row: sheet.sheetRow(v),
        total,
        parts: h.parts.map((p) => statCell(sheet, v, p.col, p.label)),
      });
      top ??= h.row;
      bottom = v;
      for (const c of [h.total, ...h.parts.map((p) => p.col)]) {
        left = Math.min(left, c);
        right = Math.max(right, c);
      }
      r = v;
      break;
    }
  }
  if (top === null) return null;
  return {
    sheet: sheet.name,
    range: rangeA1(
      top + sheet.rowOffset,
      left + sheet.colOffset,
      bottom + sheet.rowOffset,
      right + sheet.colOffset,
    ),
    breakdowns,
  };
}

/** First row of a breakdown header at or after `fromRow`, for bounding the tables above it. */
export function firstStatsHeader(sheet: Sheet, fromRow = 0): number | null {
  for (let r = fromRow; r < sheet.rowCount; r++) if (statsHeaderAt(sheet, r)) return r;
  return null;
}
