import { checkWorkbook } from '../../engine/check';
import { readXlsx } from '../../engine/xlsx/read-xlsx';
import { KK_IMPACT_HEADER, KK_IMPACT_ROWS } from '../fixtures/annex3-plan';
import { PlanWorkbook } from '../fixtures/plan-workbook';
import { buildSeedWorkbook } from '../fixtures/seed-estimate';
import { profile } from '../estimate/check-helpers';

/** The seed estimate (three salaried people) beside a block IV planning `staff` people on labour contracts. */
async function check(staff: string) {
  const rows = KK_IMPACT_ROWS.map((r) => (r.indicator.startsWith('3.') ? { ...r, plan: staff } : r));
  const book = new PlanWorkbook(buildSeedWorkbook()).addSheet({
    name: 'IV блок',
    impact: { header: KK_IMPACT_HEADER, rows },
  });
  const result = checkWorkbook(readXlsx(new Uint8Array(await book.wb.xlsx.writeBuffer()), 'grant.xlsx'), {
    profile,
  });
  return { issues: result.issues.filter((i) => i.rule === 'impact.staff.mismatch'), book };
}

describe('impact.staff.mismatch: staff on labour contracts vs the estimate salary lines', () => {
  it('agrees when block IV plans the three people the estimate pays', async () => {
    expect((await check('3')).issues).toEqual([]);
    expect((await check('кемінде 2')).issues).toEqual([]);
  });

  it('warns at the planned value when they differ', async () => {
    const { issues, book } = await check('4');
    expect(issues).toEqual([
      expect.objectContaining({
        severity: 'warning',
        cell: book.impact('3.').planCell,
        expected: 3,
        actual: 4,
      }),
    ]);
  });
});
