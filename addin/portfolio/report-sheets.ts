import { rangeA1 } from '../../engine/grid/address';
import type { Lang } from '../../engine/model/issue';
import { GRANT_COLUMNS } from '../../engine/portfolio/labels';
import type { ColumnFormat } from '../../engine/portfolio/column-format';
import {
  type ReportTable,
  STRUCTURE,
  type SheetValue,
  grantsTable,
  groupsTable,
  outliersTable,
} from '../../engine/portfolio/report-tables';
import type { PortfolioReport } from './protocol';

/**
 * The portfolio as sheets of plain tables, the same for every host: Excel writes them with
 * tables and charts, the preview adds them as grids. The tables, their words and formats are the
 * CLI report's (engine/portfolio/report-tables.ts), in the pane's language.
 */

export type { SheetValue };

export interface ChartSpec {
  title: string;
  /** The chart's data with its header row (categories in the first column, one series per other column). */
  source: string;
}

export interface ReportSheet {
  /** The sheet name before making it unique in the workbook. */
  name: string;
  header: string[];
  rows: SheetValue[][];
  /** Number format per column (null: General), or one per row. */
  formats: ColumnFormat[];
  chart: ChartSpec | null;
}

/** The report's language and its chart titles (the pane's words). */
export interface ReportText {
  lang: Lang;
  budget: string;
  cost: string;
}

const sheet = (t: ReportTable, chart: ChartSpec | null): ReportSheet => ({
  name: `Esep ${t.name}`,
  header: t.header,
  rows: [...t.rows],
  formats: t.formats,
  chart,
});

/** Moves column `from` to position 1: a chart's source must be one block (categories + series). */
function besideFirst(t: ReportTable, from: number): ReportTable {
  const move = <T>(row: readonly T[]): T[] => [
    row[0]!,
    row[from]!,
    ...row.slice(1, from),
    ...row.slice(from + 1),
  ];
  return { ...t, header: move(t.header), rows: Array.from(t.rows, move), formats: move(t.formats) };
}

export function reportSheets(report: PortfolioReport, text: ReportText): ReportSheet[] {
  const grants = grantsTable(report.grants, text.lang);
  const cost = besideFirst(
    grants,
    GRANT_COLUMNS.findIndex(([k]) => k === 'costPerBeneficiary'),
  );
  const groups = groupsTable(report.groups, text.lang);
  const priority = report.groups.filter((g) => g.by === 'priority').length;
  return [
    sheet(
      cost,
      report.grants.length > 0 ? { title: text.cost, source: rangeA1(0, 0, report.grants.length, 1) } : null,
    ),
    sheet(
      groups,
      priority > 0 ? { title: text.budget, source: rangeA1(0, 0, priority, STRUCTURE.length) } : null,
    ),
    sheet(outliersTable(report.outliers, text.lang), null),
  ];
}
