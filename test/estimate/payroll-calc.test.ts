import type { EstimateLine } from '../../engine/model/estimate';
import { type ChargeKind, expectedCharge } from '../../engine/rules/estimate/payroll-calc';
import { profile } from './check-helpers';

function salaryLine(
  monthly: number,
  months: number,
  unitKind: EstimateLine['unitKind'] = 'month',
): EstimateLine {
  const field = (value: number, cell: string) => ({ value, cell, invalid: false });
  return {
    kind: 'item',
    row: 1,
    label: 'Маман',
    labelCell: 'B1',
    number: '',
    unit: unitKind === 'month' ? 'ай' : 'адам',
    unitKind,
    qty: field(months, 'D1'),
    unitCost: field(monthly, 'E1'),
    total: field(monthly * months, 'F1'),
    own: null,
    grant: null,
    parent: null,
    children: [],
    category: 'admin',
    role: 'salary',
  };
}

const charge = (kind: ChargeKind, lines: EstimateLine[], year: number) =>
  expectedCharge(kind, lines, 'written', profile.payroll[String(year)]!);

describe('payroll charges computed by hand from the rates', () => {
  it.each([
    // [kind, monthly salary, months, year, expected total]
    ['social-contributions', 180000, 5, 2025, 0.05 * 162000 * 5],
    ['social-tax', 180000, 5, 2025, (0.11 * 158400 - 8100) * 5],
    ['medical', 180000, 5, 2025, 5400 * 5],
    ['pension', 180000, 5, 2025, 4500 * 5],
    // A high salary: social contributions capped at 7 МЗП of base, medical at 10 МЗП.
    ['social-contributions', 1000000, 1, 2025, 0.05 * 595000],
    ['social-tax', 1000000, 1, 2025, 0.11 * 883000 - 29750],
    ['medical', 1000000, 1, 2025, 0.03 * 850000],
    // A low salary: the social-contribution base is at least 1 МЗП.
    ['social-contributions', 60000, 1, 2025, 0.05 * 85000],
    // 2026 as publicly reported: social tax 6 % with no deduction, employer pension 3.5 %.
    ['social-tax', 200000, 1, 2026, 0.06 * 176000],
    ['pension', 200000, 1, 2026, 0.035 * 200000],
    ['social-tax', 200000, 1, 2024, 0.095 * 176000 - 0.035 * 180000],
  ] as const)('%s on %d a month for %d months in %d', (kind, monthly, months, year, expected) => {
    expect(charge(kind, [salaryLine(monthly, months)], year)).toBeCloseTo(expected, 2);
  });

  it('the seed salaries reproduce the estimate to the tenge', () => {
    const lines = [salaryLine(180000, 5), salaryLine(180000, 5), salaryLine(170000, 5)];
    expect(Math.round(charge('social-contributions', lines, 2025)!)).toBe(119250);
    expect(Math.round(charge('social-tax', lines, 2025)!)).toBe(137270);
    expect(Math.round(charge('medical', lines, 2025)!)).toBe(79500);
    expect(Math.round(charge('pension', lines, 2025)!)).toBe(66250);
  });

  it('a line that is not one person (unit other than month) gets no per-person floor or ceiling', () => {
    expect(charge('medical', [salaryLine(3000000, 1, 'person')], 2025)).toBeCloseTo(90000, 2);
  });
});
