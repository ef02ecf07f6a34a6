import type { Sheet } from '../../grid/grid';
import { rangeA1 } from '../../grid/address';
import type { Estimate } from '../../model/estimate';
import { buildTreeByHeaders, buildTreeByMarker } from './build-tree';
import { type RowClass, classifyKnownRow, classifyRows } from './classify-row';
import { collectRows } from './collect-rows';
import { type EstimateHeader, findEstimateHeader } from './header';
import { assignSalaryRoles } from './payroll-roles';
import { type FoundPeriod, findPeriod } from './period';
import type { RowCells } from './row-cells';
import { statedGrantType, unitScale } from './stated-terms';

/** What a known layout (a template's marker) tells the reader beyond the header. */
export interface KnownLayout {
  /** Section and group rows with the last grid row they cover (from their SUBTOTAL formulas). */
  spans: ReadonlyMap<number, { kind: 'section' | 'group'; end: number }>;
  period: FoundPeriod;
  /** Last grid row of the table (the grand total row). */
  lastRow: number | null;
}

/** The estimate and the reader's decisions on the way: each row with its kind and why. */
export interface EstimateReading {
  estimate: Estimate;
  rows: RowCells[];
  classes: RowClass[];
  subtotals: number[];
}

/**
 * Reads the estimate table of a sheet: header, then section → group → item rows down to the
 * grand total. Returns null when the sheet has no estimate header.
 */
export function readEstimate(sheet: Sheet): Estimate | null {
  return readEstimateByHeaders(sheet)?.estimate ?? null;
}

/** The estimate found by its headers, with the reader's decisions on the way. */
export function readEstimateByHeaders(sheet: Sheet): EstimateReading | null {
  const header = findEstimateHeader(sheet);
  return header && readEstimateSteps(sheet, header, null);
}

/** Reads the rows under a found header; a known layout makes the row tree exact. */
export function readEstimateTable(sheet: Sheet, header: EstimateHeader, known: KnownLayout | null): Estimate {
  return readEstimateSteps(sheet, header, known).estimate;
}

/** The reader step by step: collect the rows, classify each, build the tree, then the payroll roles. */
export function readEstimateSteps(
  sheet: Sheet,
  header: EstimateHeader,
  known: KnownLayout | null,
): EstimateReading {
  const cols = header.columns;
  const { rows, grandTotal, subtotals, lastRow, invalid } = collectRows(
    sheet,
    header,
    known?.lastRow ?? Infinity,
  );
  const classes = known
    ? rows.map((r) => classifyKnownRow(r, known.spans.get(r.row)?.kind))
    : classifyRows(rows);
  const ends = new Map([...(known?.spans ?? [])].map(([row, s]) => [row, s.end]));
  const { lines, structure } = known
    ? buildTreeByMarker(sheet, cols, rows, classes, ends)
    : buildTreeByHeaders(sheet, cols, rows, classes);
  if (!grandTotal)
    structure.unshift({
      cell: sheet.address(header.bottom, cols.label),
      problem: 'no-total-row',
      detail: '',
    });
  assignSalaryRoles(lines, structure);

  const used = Object.values(cols).filter((c): c is number => c !== null);
  const period = known?.period ?? findPeriod(sheet, header.top);
  const estimate: Estimate = {
    sheet: sheet.name,
    range: rangeA1(
      header.top + sheet.rowOffset,
      Math.min(...used) + sheet.colOffset,
      lastRow + sheet.rowOffset,
      Math.max(...used) + sheet.colOffset,
    ),
    columns: cols,
    lines,
    grandTotal,
    period: period.months !== null && period.cell ? { months: period.months, cell: period.cell } : null,
    year: period.year,
    invalid,
    structure,
    scale: unitScale(sheet, header),
    statedType: statedGrantType(sheet, header),
  };
  return { estimate, rows, classes, subtotals };
}
