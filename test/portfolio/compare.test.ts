import type { GrantMetrics } from '../../engine/model/portfolio';
import { findOutliers, groupSummaries } from '../../engine/portfolio/compare';
import { grantMetrics } from '../fixtures/grant-metrics';

/**
 * Five "Youth" grants whose cost per beneficiary is 10, 12, 14, 16 and 60:
 * Q1 = 12, median = 14, Q3 = 16 (linear interpolation), IQR = 4, fences 6 and 22 → 60 is high.
 * One "Health" grant from another year and region, with nothing stated about its priority in a second.
 */
const PORTFOLIO: GrantMetrics[] = [
  grantMetrics('a', {
    costPerBeneficiary: 10,
    total: 1000,
    grantTotal: 900,
    ownContribution: 100,
    errors: 1,
  }),
  grantMetrics('b', { costPerBeneficiary: 12, total: 2000, grantTotal: 2000, warnings: 2 }),
  grantMetrics('c', { costPerBeneficiary: 14, total: 3000, grantTotal: 3000 }),
  grantMetrics('d', { costPerBeneficiary: 16, total: 4000, grantTotal: 4000, adminShare: 0.22 }),
  grantMetrics('e', { costPerBeneficiary: 60, total: 5000, grantTotal: 5000, adminShare: 0.21 }),
  grantMetrics('f', {
    priority: 'Health',
    region: 'Almaty',
    year: 2024,
    costPerBeneficiary: 500,
    adminShare: 0.9,
  }),
  grantMetrics('g', { priority: null, costPerBeneficiary: null, directBeneficiaries: null }),
];

describe('group summaries', () => {
  const groups = groupSummaries(PORTFOLIO);
  const find = (by: string, group: string | null) => groups.find((g) => g.by === by && g.group === group)!;

  it('has one row per priority, region and year, "not stated" included', () => {
    expect(groups.map((g) => [g.by, g.group, g.count])).toEqual([
      ['priority', null, 1],
      ['priority', 'Health', 1],
      ['priority', 'Youth', 5],
      ['region', 'Almaty', 1],
      ['region', 'Mangystau', 6],
      ['year', '2024', 1],
      ['year', '2025', 6],
    ]);
  });

  it('sums money, beneficiaries and issues', () => {
    expect(find('priority', 'Youth')).toMatchObject({
      total: 15000,
      grantTotal: 14900,
      ownContribution: 100,
      directBeneficiaries: 500,
      errors: 1,
      warnings: 2,
    });
  });

  it('gives median and quartiles over the grants that have the metric', () => {
    expect(find('priority', 'Youth').metrics.costPerBeneficiary).toEqual({
      n: 5,
      q1: 12,
      median: 14,
      q3: 16,
    });
    // 2025: cost per beneficiary of a–e (g has none): the same five values.
    expect(find('year', '2025').metrics.costPerBeneficiary).toEqual({ n: 5, q1: 12, median: 14, q3: 16 });
    expect(find('priority', null).metrics.costPerBeneficiary).toEqual({
      n: 0,
      q1: null,
      median: null,
      q3: null,
    });
    expect(find('priority', 'Youth').metrics.planMetShare.n).toBe(0);
  });

  it('is empty for an empty portfolio', () => {
    expect(groupSummaries([])).toEqual([]);
    expect(findOutliers([], 'en')).toEqual([]);
  });
});

describe('outliers within a group', () => {
  const outliers = findOutliers(PORTFOLIO, 'en');

  it('flags values beyond Q1 − 1.5·IQR / Q3 + 1.5·IQR, with the reason in words and numbers', () => {
    const youth = outliers.filter((o) => o.by === 'priority' && o.group === 'Youth');
    expect(youth).toEqual([
      expect.objectContaining({
        file: 'e',
        metric: 'costPerBeneficiary',
        value: 60,
        direction: 'high',
        q1: 12,
        q3: 16,
        lower: 6,
        upper: 22,
        n: 5,
      }),
      // Admin shares 0.2 0.2 0.2 0.21 0.22: Q1 0.2, Q3 0.21, upper fence 0.225 — none beyond it.
    ]);
    expect(youth[0]!.reason).toBe(
      'cost per direct beneficiary 60 tenge is above the upper fence 22 tenge (Q3 16 tenge + 1.5 × IQR 4 tenge) among 5 grants with priority direction "Youth"',
    );
  });

  it('compares within each dimension, and not in groups too small for quartiles', () => {
    // Region Mangystau has a–e and g. Admin shares 0.2 ×4, 0.21, 0.22: Q1 = 0.2 (position 1.25),
    // Q3 = 0.2 + 0.75 × 0.01 = 0.2075 (position 3.75), upper fence 0.2075 + 1.5 × 0.0075 = 0.21875 → d.
    expect(outliers.filter((o) => o.by === 'region').map((o) => [o.group, o.file, o.metric])).toEqual([
      ['Mangystau', 'd', 'adminShare'],
      ['Mangystau', 'e', 'costPerBeneficiary'],
    ]);
    const d = outliers.find((o) => o.by === 'region' && o.file === 'd')!;
    expect(d.q3).toBeCloseTo(0.2075, 12);
    expect(d.upper).toBeCloseTo(0.21875, 12);
    // Health / Almaty / 2024 hold one grant each: f is never compared.
    expect(outliers.some((o) => o.file === 'f')).toBe(false);
  });

  it('flags low values too', () => {
    const low = findOutliers(
      [
        ...['a', 'b', 'c', 'd'].map((f) =>
          grantMetrics(f, { directShare: 0.7 + (f.charCodeAt(0) - 97) / 100 }),
        ),
        grantMetrics('z', { directShare: 0.1 }),
      ],
      'en',
    ).filter((o) => o.by === 'priority' && o.metric === 'directShare');
    // 0.1, 0.7, 0.71, 0.72, 0.73: Q1 0.7, Q3 0.72, IQR 0.02, lower fence 0.67.
    expect(low).toEqual([expect.objectContaining({ file: 'z', direction: 'low' })]);
    expect(low[0]!.lower).toBeCloseTo(0.67, 12);
    expect(low[0]!.reason).toMatch(/^direct costs share 10\u00a0% is below the lower fence 67\u00a0%/);
  });
});

describe('outliers in the language of the report', () => {
  const youth = (lang: 'kk' | 'ru') =>
    findOutliers(PORTFOLIO, lang).find((o) => o.by === 'priority' && o.group === 'Youth')!.reason;

  it('writes the fence as people write it, with the unit and the group size', () => {
    expect(youth('kk')).toBe(
      'бір тікелей бенефициарға шығын 60 теңге — жоғарғы шектен 22 теңге (Q3 16 теңге + 1,5 × IQR 4 теңге) жоғары; топта (басым бағыт: «Youth») көрсеткіші бар 5 грант',
    );
    expect(youth('ru')).toBe(
      'стоимость на прямого бенефициара 60 тенге — выше верхней границы 22 тенге (Q3 16 тенге + 1,5 × IQR 4 тенге) среди 5 грантов группы (приоритетное направление «Youth»)',
    );
  });
});

describe('groups without a spread and workbooks without an estimate', () => {
  it('finds no outlier where Q1 = Q3, however far a value lies', () => {
    // 10, 10, 10, 10, 500: Q1 = Q3 = 10, so there are no fences to be beyond.
    const flat = ['a', 'b', 'c', 'd'].map((f) => grantMetrics(f, { costPerBeneficiary: 10 }));
    expect(findOutliers([...flat, grantMetrics('e', { costPerBeneficiary: 500 })], 'en')).toEqual([]);
  });

  it('needs four grants with the metric, not four files in the group', () => {
    const few = [
      ...[10, 12, 60].map((c, i) => grantMetrics(`g${i}`, { costPerBeneficiary: c })),
      grantMetrics('plan-only', { forms: ['plan'], costPerBeneficiary: null }),
    ];
    expect(findOutliers(few, 'en')).toEqual([]);
  });

  it('counts a plan-only workbook as a file of the group, not as a grant with money', () => {
    const planOnly = grantMetrics('plan.xlsx', {
      forms: ['plan'],
      total: null,
      ownContribution: null,
      grantTotal: null,
      adminShare: null,
      payrollShare: null,
      mtidShare: null,
      directShare: null,
      costPerBeneficiary: null,
    });
    const youth = groupSummaries([...PORTFOLIO, planOnly]).find(
      (g) => g.by === 'priority' && g.group === 'Youth',
    )!;
    expect(youth).toMatchObject({ count: 6, estimates: 5, total: 15000 });
    expect(youth.metrics.adminShare.n).toBe(5);
  });
});
