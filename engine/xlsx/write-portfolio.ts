import type { Lang } from '../model/issue';
import { methodTable } from '../portfolio/method';
import type { Portfolio } from '../portfolio/portfolio';
import {
  type ReportTable,
  grantsTable,
  groupsTable,
  issuesTable,
  outliersTable,
  unreadableTable,
} from '../portfolio/report-tables';
import { type LeanSheet, writeLeanXlsx } from './lean-writer';

/** Laid out as a sheet: columns as wide as their header (12–40), or as given by index. */
function sheet(t: ReportTable, widths: Readonly<Record<number, number>> = {}, wrap?: number): LeanSheet {
  return {
    name: t.name,
    rows: t.rows,
    columns: t.header.map((header, i) => ({
      header,
      width: widths[i] ?? Math.min(40, Math.max(12, header.length + 2)),
      format: t.formats[i] ?? null,
      wrap: i === wrap,
    })),
  };
}

/** The portfolio report in the chosen language: Grants (an Excel table), Groups, Outliers, Issues, Unreadable, Method. */
export function portfolioSheets(p: Portfolio, lang: Lang): LeanSheet[] {
  const grants = grantsTable(p.grants, lang);
  const wide = Object.fromEntries(grants.header.map((_, i) => [i, i <= 3 ? 30 : 16]));
  return [
    { ...sheet(grants, wide), table: 'Grants' },
    sheet(groupsTable(p.groups, lang)),
    sheet(outliersTable(p.outliers, lang), { 12: 80 }),
    sheet(issuesTable(p.issues, lang), { 5: 100 }),
    sheet(unreadableTable(p.unreadable, lang), { 1: 80 }),
    sheet(methodTable(lang), { 0: 40, 1: 120 }, 1),
  ];
}

/** Streams the report as .xlsx through `sink`: memory stays flat however many grants there are. */
export function writePortfolioReport(p: Portfolio, lang: Lang, sink: (chunk: Uint8Array) => void): void {
  writeLeanXlsx(portfolioSheets(p, lang), sink);
}
