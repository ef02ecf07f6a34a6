import { columnIndex } from '../../grid/address';
import type { Cell, Sheet } from '../../grid/grid';
import type { Estimate } from '../../model/estimate';
import type { FormMarker } from '../markers';
import { norm } from '../text';
import { findEstimateHeader, type EstimateHeader } from './header';
import { ESTIMATE_LAYOUTS } from './layout';
import { type FoundPeriod, monthsBetween } from './period';
import { type EstimateReading, type KnownLayout, readEstimateSteps } from './read-estimate';
import { TOTAL_ROW } from './vocabulary';

const SUBTOTAL = /^=?SUBTOTAL\(\s*9\s*,\s*\$?([A-Z]{1,3})\$?(\d+)\s*:\s*\$?([A-Z]{1,3})\$?(\d+)\s*\)$/i;
const DMY = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A date cell as the grid carries it: "dd.mm.yyyy" text (exceljs dates) or an Excel serial number. */
function dateOf(cell: Cell | null): Date | null {
  const v = cell?.value;
  if (typeof v === 'number' && v > 0) return new Date(EXCEL_EPOCH + Math.round(v) * 86_400_000);
  if (typeof v !== 'string') return null;
  const m = DMY.exec(v.trim());
  return m ? new Date(Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1]))) : null;
}

function periodAt(sheet: Sheet, row: number, startCol: number, endCol: number): FoundPeriod {
  const start = row >= 0 ? dateOf(sheet.cell(row, startCol)) : null;
  const end = row >= 0 ? dateOf(sheet.cell(row, endCol)) : null;
  const utc = (d: Date) => new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  return {
    months: start && end && end >= start ? monthsBetween(utc(start), utc(end)) : null,
    year: start ? start.getUTCFullYear() : null,
    cell: start ? sheet.address(row, startCol) : null,
  };
}

/**
 * Section and group rows from the SUBTOTAL formulas of the total column: a span inside no other
 * span is a section, the rest are groups. The grand total's span (over everything) is left out.
 */
function spansOf(sheet: Sheet, header: EstimateHeader, lastRow: number): KnownLayout['spans'] {
  const raw: { row: number; from: number; to: number }[] = [];
  const { total, own, grant } = header.columns;
  // Any money column's SUBTOTAL marks the row: a total typed over its formula leaves the other two.
  const subtotalAt = (r: number) => {
    for (const col of [total, own, grant]) {
      const f = col === null ? undefined : sheet.cell(r, col)?.formula;
      const m = f ? SUBTOTAL.exec(f.trim()) : null;
      if (m && columnIndex(m[1]!) === col! + sheet.colOffset) return m;
    }
    return null;
  };
  for (let r = header.bottom + 1; r <= lastRow; r++) {
    const m = subtotalAt(r);
    if (!m) continue;
    if (TOTAL_ROW.test(norm(sheet.text(r, header.columns.label)))) continue;
    raw.push({ row: r, from: Number(m[2]) - 1 - sheet.rowOffset, to: Number(m[4]) - 1 - sheet.rowOffset });
  }
  const spans = new Map<number, { kind: 'section' | 'group'; end: number }>();
  for (const s of raw) {
    const inside = raw.some((o) => o !== s && o.row < s.row && o.to >= s.row);
    spans.set(s.row, { kind: inside ? 'group' : 'section', end: s.to });
  }
  return spans;
}

/**
 * Reads an estimate sheet made from our template at the place its marker names. Returns null
 * when the layout version is unknown or the header there no longer has the template's columns
 * (someone rearranged it): the caller then reads the sheet by its headers.
 */
export function readEstimateByMarker(sheet: Sheet, marker: FormMarker): Estimate | null {
  const reading = readEstimateByMarkerSteps(sheet, marker);
  return reading && reading.estimate;
}

/** The same, with the reader's decisions on the way (for `esep check --explain`). */
export function readEstimateByMarkerSteps(sheet: Sheet, marker: FormMarker): EstimateReading | null {
  const layout = ESTIMATE_LAYOUTS[marker.version];
  if (!layout || marker.form !== 'estimate' || marker.sheet !== sheet.name) return null;
  const top = marker.header.top - sheet.rowOffset;
  const left = marker.header.left - sheet.colOffset;
  const found = findEstimateHeader(sheet, top);
  if (!found || found.top !== top) return null;
  const expected = Object.entries(layout.columns).map(([role, c]) => [role, c + left] as const);
  if (expected.some(([role, c]) => found.columns[role as keyof typeof found.columns] !== c)) return null;
  const header: EstimateHeader = { top, bottom: top + layout.headerRows - 1, columns: found.columns };
  const lastRow = marker.table ? marker.table.bottom - sheet.rowOffset : sheet.rowCount - 1;
  const p = layout.period;
  const known: KnownLayout = {
    spans: spansOf(sheet, header, lastRow),
    period: periodAt(sheet, top + p.row, left + p.start, left + p.end),
    lastRow,
  };
  const reading = readEstimateSteps(sheet, header, known);
  return { ...reading, estimate: { ...reading.estimate, readBy: 'marker' } };
}
