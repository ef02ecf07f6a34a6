import { readGrant } from '../../engine/check';
import { Sheet } from '../../engine/grid/grid';
import type { Grant } from '../../engine/model/grant';
import {
  budgetShares,
  costPerBeneficiary,
  estimateMoney,
  grantMetrics,
} from '../../engine/portfolio/metrics';
import { readProject } from '../../engine/read/project';
import { readXlsx } from '../../engine/xlsx/read-xlsx';
import { estimateLines, grantXlsx, syntheticSpec } from '../fixtures/grant-workbook';
import { SEED_ROWS, type SeedRow, seedXlsx } from '../fixtures/seed-estimate';
import { num } from '../estimate/check-helpers';

async function grantOf(bytes: Buffer): Promise<Grant> {
  return readGrant(await readXlsx(bytes, 'g.xlsx'));
}

const SEED_TOTAL = 11_550_500;

describe('metrics of the seed estimate (hand-computed from the application form)', () => {
  it('money: total, own contribution and grant funds from the grand total row', async () => {
    const est = (await grantOf(await seedXlsx())).estimates[0]!;
    expect(estimateMoney(est)).toEqual({ total: SEED_TOTAL, ownContribution: 0, grantTotal: SEED_TOTAL });
  });

  it('shares of the grand total', async () => {
    const est = (await grantOf(await seedXlsx({ numbers: 'number' }))).estimates[0]!;
    const s = budgetShares(est, SEED_TOTAL);
    expect(s.adminShare).toBeCloseTo(3_100_270 / SEED_TOTAL, 12);
    // 900 000 + 900 000 + 850 000 salaries + 119 250 + 137 270 + 79 500 + 66 250 charges
    expect(s.payrollShare).toBeCloseTo(3_052_270 / SEED_TOTAL, 12);
    expect(s.mtidShare).toBe(0);
    expect(s.directShare).toBeCloseTo(8_450_230 / SEED_TOTAL, 12);
  });

  it('states an estimate in thousands in tenge, in its portfolio row too, with the same shares', async () => {
    // Every amount of the seed as a thousands estimate types it: "3 100 270" → "3100,27".
    const thousands = (t: string) => (t.trim() === '' ? t : String(num(t) / 1000).replace('.', ','));
    const rows = SEED_ROWS.map((r) => r.map((v, c) => (c >= 4 && c <= 7 ? thousands(v) : v)) as SeedRow);
    const grant = await grantOf(await seedXlsx({ rows, title: [['Шығыстар сметасы (мың теңге)']] }));
    const est = grant.estimates[0]!;
    expect(est.scale).toBe(1000);
    expect(estimateMoney(est)).toEqual({ total: SEED_TOTAL, ownContribution: 0, grantTotal: SEED_TOTAL });
    const s = budgetShares(est, SEED_TOTAL);
    expect(s.adminShare).toBeCloseTo(3_100_270 / SEED_TOTAL, 12);
    expect(s.directShare).toBeCloseTo(8_450_230 / SEED_TOTAL, 12);
    expect(grantMetrics('k.xlsx', { ...grant, impacts: [] }, null, []).grantTotal).toBe(SEED_TOTAL);
  });

  it('falls back to the sum of the sections without a grand total row', async () => {
    const rows = SEED_ROWS.slice(0, -1);
    const est = (await grantOf(await seedXlsx({ rows }))).estimates[0]!;
    expect(est.grandTotal).toBeNull();
    expect(estimateMoney(est).total).toBe(3_100_270 + 0 + 8_450_230);
  });

  it('reads own contribution and grant funds when the grantee contributes', async () => {
    const rows = SEED_ROWS.map((r): SeedRow => {
      if (r[1] === 'Банк қызметі') return [...r.slice(0, 6), '18 000', '0', r[8]] as SeedRow;
      if (r[1] === 'Итого:') return [...r.slice(0, 6), '18 000', '11 532 500', ''] as SeedRow;
      return r;
    });
    const est = (await grantOf(await seedXlsx({ rows }))).estimates[0]!;
    expect(estimateMoney(est)).toEqual({
      total: SEED_TOTAL,
      ownContribution: 18_000,
      grantTotal: 11_532_500,
    });
  });

  it('cost per beneficiary is grant funds per planned direct beneficiary, unknown without either', () => {
    expect(costPerBeneficiary(11_550_500, 1030)).toBeCloseTo(11_214.08, 2);
    expect(costPerBeneficiary(11_550_500, null)).toBeNull();
    expect(costPerBeneficiary(null, 10)).toBeNull();
    expect(costPerBeneficiary(100, 0)).toBeNull();
  });

  it('one grant row: counts issues, takes the project block, leaves plan figures unknown', async () => {
    const grant = await grantOf(await seedXlsx());
    const m = grantMetrics('seed.xlsx', grant, null, [
      { rule: 'estimate.line.amount', severity: 'error', sheet: 'S', cell: 'A1', params: {} },
      { rule: 'plan.fact.missing', severity: 'warning', sheet: 'S', cell: 'A1', params: {} },
      { rule: 'impact.fact.missing', severity: 'warning', sheet: 'S', cell: 'A1', params: {} },
      { rule: 'form.structure', severity: 'info', sheet: 'S', cell: 'A1', params: {} },
    ]);
    expect(m).toMatchObject({ file: 'seed.xlsx', errors: 1, warnings: 2, grantee: null, year: null });
    expect(m).toMatchObject({ directBeneficiaries: null, costPerBeneficiary: null, planMetShare: null });
  });
});

describe('metrics of synthetic grants agree with how they were built', () => {
  it.each([0, 1, 2, 3, 4, 5])('grant %i', async (n) => {
    const spec = syntheticSpec(n);
    const built = estimateLines(spec);
    const wb = await readXlsx(await grantXlsx(spec), 'g.xlsx');
    const grant = readGrant(wb);
    const project = readProject(wb.sheets.map((g) => new Sheet(g)));
    const m = grantMetrics('g.xlsx', grant, project, []);
    expect(m).toMatchObject({
      grantee: spec.grantee,
      priority: spec.priority,
      region: spec.region,
      year: spec.year,
      total: built.total,
      ownContribution: built.own,
      grantTotal: built.total - built.own,
      directBeneficiaries: spec.beneficiaries ?? null,
    });
    expect(m.adminShare).toBeCloseTo(built.admin / built.total, 12);
    expect(m.payrollShare).toBeCloseTo(built.payroll / built.total, 12);
    expect(m.directShare).toBeCloseTo(built.direct / built.total, 12);
    expect(m.mtidShare).toBeCloseTo(spec.mt / built.total, 12);
  });
});
