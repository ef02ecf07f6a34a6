import ExcelJS from 'exceljs';
import type { Lang } from '../model/issue';
import type { Portfolio } from '../portfolio/portfolio';
import { formatAt } from '../portfolio/column-format';
import { methodTable } from '../portfolio/method';
import {
  type ReportTable,
  grantsTable,
  groupsTable,
  issuesTable,
  outliersTable,
  unreadableTable,
} from '../portfolio/report-tables';

function addSheet(wb: ExcelJS.Workbook, t: ReportTable): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(t.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = t.header.map((header) => ({ header, width: Math.min(40, Math.max(12, header.length + 2)) }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).alignment = { wrapText: true, vertical: 'top' };
  t.rows.forEach((r, i) => {
    const row = ws.addRow(r.map((v) => v ?? null));
    t.formats.forEach((f, c) => {
      const numFmt = formatAt(f, i);
      if (numFmt) row.getCell(c + 1).numFmt = numFmt;
    });
  });
  return ws;
}

/** The portfolio report in the chosen language: Grants (an Excel table), Groups, Outliers, Issues, Unreadable, Method. */
export function portfolioWorkbook(p: Portfolio, lang: Lang): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const g = grantsTable(p.grants, lang);
  const grants = wb.addWorksheet(g.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  grants.addTable({
    name: 'Grants',
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: g.header.map((name) => ({ name, filterButton: true })),
    // An Excel table needs at least one row.
    rows: g.rows.length ? g.rows : [g.header.map(() => null)],
  });
  g.formats.forEach((f, i) => {
    const col = grants.getColumn(i + 1);
    col.width = i <= 3 ? 30 : 16;
    const numFmt = formatAt(f, 0);
    if (numFmt) col.numFmt = numFmt;
  });
  addSheet(wb, groupsTable(p.groups, lang));
  addSheet(wb, outliersTable(p.outliers, lang)).getColumn(13).width = 80;
  addSheet(wb, issuesTable(p.issues, lang)).getColumn(6).width = 100;
  addSheet(wb, unreadableTable(p.unreadable, lang)).getColumn(2).width = 80;
  const method = addSheet(wb, methodTable(lang));
  method.getColumn(1).width = 40;
  method.getColumn(2).width = 120;
  method.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  return wb;
}
