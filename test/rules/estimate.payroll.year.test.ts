import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readGrant } from '../../engine/check';
import { readXlsx } from '../../engine/xlsx/read-xlsx';
import { checkBytes, hitsOf } from './hits';

const file = join(__dirname, '..', '..', 'templates', 'examples', 'estimate-kk.xlsx');

describe('estimate.payroll.year', () => {
  it('warns once, at the first payroll charge, when the profile has no rates for the year', async () => {
    const bytes = readFileSync(file);
    const estimate = readGrant(await readXlsx(bytes, 'estimate-kk.xlsx')).estimates[0]!;
    const firstCharge = estimate.lines.find(
      (l) => l.role !== null && l.role !== 'salary' && l.role !== 'salary-group',
    )!;
    const issues = await checkBytes(bytes, 'estimate-kk.xlsx', 2019);
    expect(hitsOf(issues, 'estimate.payroll.year')).toEqual([
      [firstCharge.total.cell, 'estimate.payroll.year', undefined, undefined],
    ]);
    // Payroll is then not checked: no charge rule fires on a guess.
    expect(
      issues.filter((i) => i.rule.startsWith('estimate.payroll.') && i.rule !== 'estimate.payroll.year'),
    ).toEqual([]);
  });

  it('is silent for a year the profile has rates for', async () => {
    expect(
      hitsOf(await checkBytes(readFileSync(file), 'estimate-kk.xlsx', 2025), 'estimate.payroll.year'),
    ).toEqual([]);
  });
});
