import ExcelJS from 'exceljs';
import type { Lang } from '../model/issue';
import { renderIssue } from '../rules/render-issue';
import { COMPARED, OUTLIER_COLUMNS, outlierRow } from '../model/portfolio';
import { type ColumnFormat, GRANT_COLUMNS, MONEY, SHARE } from './columns';
import { METHOD } from './method';
import type { Portfolio } from './portfolio';

type Format = ColumnFormat | undefined;

function sheetWithRows(
  wb: ExcelJS.Workbook,
  name: string,
  columns: ReadonlyArray<readonly [string, Format]>,
  rows: readonly (readonly unknown[])[],
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map(([header, numFmt]) => ({
    header,
    width: Math.max(12, header.length + 2),
    style: numFmt ? { numFmt } : {},
  }));
  ws.getRow(1).font = { bold: true };
  for (const r of rows) ws.addRow(r.map((v) => v ?? null));
  return ws;
}

/** Grants: an Excel table (filter buttons, stripes) in the JSON contract's column order. */
function addGrants(wb: ExcelJS.Workbook, p: Portfolio): void {
  const grants = wb.addWorksheet('Grants', { views: [{ state: 'frozen', ySplit: 1 }] });
  grants.addTable({
    name: 'Grants',
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: GRANT_COLUMNS.map(([name]) => ({ name, filterButton: true })),
    // An Excel table needs at least one row.
    rows: p.grants.length
      ? p.grants.map((g) => GRANT_COLUMNS.map(([k]) => g[k]))
      : [GRANT_COLUMNS.map(() => null)],
  });
  GRANT_COLUMNS.forEach(([name, numFmt], i) => {
    const col = grants.getColumn(i + 1);
    col.width = name === 'file' || name === 'grantee' || name === 'priority' ? 30 : 14;
    if (numFmt) col.numFmt = numFmt;
  });
}

function addGroups(wb: ExcelJS.Workbook, p: Portfolio): void {
  const spreadCols = COMPARED.flatMap((m) => {
    const f: Format = m === 'costPerBeneficiary' ? MONEY : SHARE;
    return [
      [`${m} n`, undefined],
      [`${m} Q1`, f],
      [`${m} median`, f],
      [`${m} Q3`, f],
    ] as const;
  });
  sheetWithRows(
    wb,
    'Groups',
    [
      ['by', undefined],
      ['group', undefined],
      ['count', undefined],
      ['total', MONEY],
      ['ownContribution', MONEY],
      ['grantTotal', MONEY],
      ['directBeneficiaries', MONEY],
      ['errors', undefined],
      ['warnings', undefined],
      ...spreadCols,
    ],
    p.groups.map((g) => [
      g.by,
      g.group ?? '(not stated)',
      g.count,
      g.total,
      g.ownContribution,
      g.grantTotal,
      g.directBeneficiaries,
      g.errors,
      g.warnings,
      ...COMPARED.flatMap((m) => {
        const s = g.metrics[m];
        return [s.n, s.q1, s.median, s.q3];
      }),
    ]),
  );
}

/** The portfolio report: Grants (an Excel table), Groups, Outliers, Issues (in lang), Unreadable, Method. */
export function portfolioWorkbook(p: Portfolio, lang: Lang): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  addGrants(wb, p);
  addGroups(wb, p);
  sheetWithRows(
    wb,
    'Outliers',
    OUTLIER_COLUMNS.map((c) => [c, undefined] as const),
    p.outliers.map((o) => outlierRow({ ...o, group: o.group ?? '(not stated)' })),
  );
  sheetWithRows(
    wb,
    'Issues',
    [
      ['file', undefined],
      ['sheet', undefined],
      ['cell', undefined],
      ['rule', undefined],
      ['severity', undefined],
      ['message', undefined],
    ],
    p.issues.map((i) => [i.file, i.sheet, i.cell, i.rule, i.severity, renderIssue(i, lang)]),
  );
  sheetWithRows(
    wb,
    'Unreadable',
    [
      ['file', undefined],
      ['reason', undefined],
    ],
    p.unreadable.map((u) => [u.file, u.reason]),
  );
  const method = sheetWithRows(
    wb,
    'Method',
    [
      ['column', undefined],
      ['how it is computed', undefined],
    ],
    METHOD,
  );
  method.getColumn(1).width = 32;
  method.getColumn(2).width = 120;
  method.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  return wb;
}
