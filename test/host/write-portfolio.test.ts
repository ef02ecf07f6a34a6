import { ExcelGridHost } from '../../addin/host/excel-host';
import type { PortfolioReport } from '../../addin/portfolio/protocol';
import { FileGridHost } from '../../addin/preview/file-host';
import type { GroupSummary } from '../../engine/model/portfolio';
import { findOutliers, groupSummaries } from '../../engine/portfolio/compare';
import { grantMetrics } from '../fixtures/grant-metrics';
import { readXlsx } from '../../engine/xlsx/read-xlsx';
import { seedWithStatus } from '../fixtures/seed-estimate';
import { FakeExcel } from '../fakes/excel';
import { runnerFor } from './fake-runner';

const titles = { lang: 'en' as const, budget: 'Budget structure', cost: 'Cost per beneficiary' };

const GRANTS = [
  grantMetrics('a.xlsx', { costPerBeneficiary: 10 }),
  grantMetrics('b.xlsx', { costPerBeneficiary: 12, errors: 2 }),
  grantMetrics('c.xlsx', { costPerBeneficiary: 14 }),
  grantMetrics('d.xlsx', { costPerBeneficiary: 60 }),
  grantMetrics('=HYPERLINK("x").xlsx', { priority: 'Health', adminShare: 0.3, costPerBeneficiary: null }),
];
const REPORT: PortfolioReport = {
  grants: GRANTS,
  groups: groupSummaries(GRANTS),
  outliers: findOutliers(GRANTS, 'en'),
  unreadable: [{ file: 'bad.xlsx', reason: 'not an .xlsx workbook', code: 'not-a-zip', params: {} }],
};
const priorityGroups = (groups: readonly GroupSummary[]) => groups.filter((g) => g.by === 'priority').length;

async function userWorkbook(): Promise<FakeExcel> {
  const fake = new FakeExcel('1.13');
  for (const g of (await readXlsx(await seedWithStatus(), 'seed.xlsx')).sheets) fake.addGrid(g);
  // A user sheet already called like ours (in another case): ours must get another name.
  fake.addSheet('esep grants').set(0, 0, { value: 'my notes' });
  return fake;
}

describe('writing the portfolio to Excel', () => {
  it('adds three new sheets in two syncs and leaves user sheets as they were', async () => {
    const fake = await userWorkbook();
    const host = await ExcelGridHost.create(runnerFor(fake));
    const before = fake.sheets.map((s) => ({ name: s.name, cells: JSON.stringify(s.snapshot()) }));
    const syncs = fake.syncCount;
    const names = await host.writePortfolio(REPORT, titles);
    expect(fake.syncCount - syncs).toBeLessThanOrEqual(2);
    expect(names).toEqual(['Esep Grants (2)', 'Esep Groups', 'Esep Outliers']);
    expect(fake.sheets.map((s) => s.name)).toEqual([...before.map((b) => b.name), ...names]);
    for (const b of before) {
      const sheet = fake.sheet(b.name);
      expect(JSON.stringify(sheet.snapshot())).toBe(b.cells);
      expect([sheet.tables, sheet.charts, sheet.formats.size, sheet.frozenRows, sheet.autofitted]).toEqual([
        [],
        [],
        0,
        0,
        [],
      ]);
    }
    expect(fake.activeSheet).toBe('Esep Grants (2)');
  });

  it('writes each table as an Excel table, with formats and text kept as text', async () => {
    const fake = await userWorkbook();
    const host = await ExcelGridHost.create(runnerFor(fake));
    await host.writePortfolio(REPORT, titles);
    const grants = fake.sheet('Esep Grants (2)');
    expect(grants.tables).toEqual([{ address: 'A1:R6', hasHeaders: true }]);
    expect([grants.frozenRows, grants.autofitted]).toEqual([1, ['A1:R6']]);
    expect(grants.get(0, 0)?.value).toBe('File');
    expect(grants.get(0, 1)?.value).toBe('Cost per direct beneficiary, tenge');
    expect(grants.get(2, 1)?.value).toBe(12);
    // A file name that looks like a formula stays text.
    expect(grants.get(5, 0)).toEqual({ value: '=HYPERLINK("x").xlsx' });
    expect(grants.get(5, 1)).toBeUndefined();
    expect(grants.formats.get('1,1')).toBe('#,##0');
    expect(grants.formats.get('1,10')).toBe('0.0%');
    const groups = fake.sheet('Esep Groups');
    expect(groups.tables).toEqual([{ address: `A1:AH${REPORT.groups.length + 1}`, hasHeaders: true }]);
    // Priority groups come first (Health, Youth), each with its median shares next to the name.
    expect(groups.get(1, 0)?.value).toBe('Health');
    expect(groups.get(1, 1)?.value).toBe(0.3);
    expect(groups.get(2, 0)?.value).toBe('Youth');
    const outliers = fake.sheet('Esep Outliers');
    expect(REPORT.outliers.length).toBeGreaterThan(0);
    expect(outliers.tables).toEqual([{ address: `A1:M${REPORT.outliers.length + 1}`, hasHeaders: true }]);
    expect(outliers.get(1, 0)?.value).toBe('d.xlsx');
  });

  it('adds native column charts over the right source ranges', async () => {
    const fake = await userWorkbook();
    const host = await ExcelGridHost.create(runnerFor(fake));
    await host.writePortfolio(REPORT, titles);
    expect(fake.sheet('Esep Grants (2)').charts).toEqual([
      {
        type: 'ColumnClustered',
        source: `'Esep Grants (2)'!A1:B6`,
        seriesBy: 'Columns',
        title: 'Cost per beneficiary',
        position: { start: 'T2', end: 'AB21' },
      },
    ]);
    expect(priorityGroups(REPORT.groups)).toBe(2);
    expect(fake.sheet('Esep Groups').charts).toEqual([
      expect.objectContaining({
        type: 'ColumnClustered',
        source: `'Esep Groups'!A1:E3`,
        title: 'Budget structure',
      }),
    ]);
    expect(fake.sheet('Esep Outliers').charts).toEqual([]);
  });

  it('writes an empty report as header-only tables without charts', async () => {
    const fake = new FakeExcel('1.13');
    fake.addSheet('Sheet1');
    const host = await ExcelGridHost.create(runnerFor(fake));
    await host.writePortfolio({ grants: [], groups: [], outliers: [], unreadable: [] }, titles);
    expect(fake.sheet('Esep Grants').tables).toEqual([{ address: 'A1:R2', hasHeaders: true }]);
    expect(fake.sheets.flatMap((s) => s.charts)).toEqual([]);
  });
});

describe('writing the portfolio in the preview', () => {
  it('adds the tables as new sheets and no charts', async () => {
    const host = new FileGridHost();
    host.load(await readXlsx(await seedWithStatus(), 'seed.xlsx'));
    const seed = JSON.stringify(host.current.workbook.sheets[0]);
    expect(host.capabilities.charts).toBe(false);
    const names = await host.writePortfolio(REPORT, titles);
    expect(names).toEqual(['Esep Grants', 'Esep Groups', 'Esep Outliers']);
    const sheets = host.current.workbook.sheets;
    expect(JSON.stringify(sheets[0])).toBe(seed);
    expect(sheets[1]?.cells[1]?.[0]).toEqual({ value: 'a.xlsx' });
    expect(sheets[1]?.cells).toHaveLength(GRANTS.length + 1);
    expect(host.current.activeSheet).toBe('Esep Grants');
  });
});
