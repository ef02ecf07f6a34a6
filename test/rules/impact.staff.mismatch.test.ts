import { KK_IMPACT_HEADER, KK_IMPACT_ROWS } from '../fixtures/annex3-plan';
import { PlanWorkbook } from '../fixtures/plan-workbook';
import { buildSeedWorkbook } from '../fixtures/seed-estimate';
import { checkBook, hitsOf } from './hits';

/** The seed estimate (three people on salary lines) beside a block IV planning `staff` on labour contracts. */
function grant(staff: string) {
  const rows = KK_IMPACT_ROWS.map((r) => (r.indicator.startsWith('3.') ? { ...r, plan: staff } : r));
  return new PlanWorkbook(buildSeedWorkbook()).addSheet({
    name: 'IV блок',
    impact: { header: KK_IMPACT_HEADER, rows },
  });
}

describe('impact.staff.mismatch', () => {
  it('warns at the planned staff when the estimate pays salaries to a different number of people', async () => {
    const book = grant('4');
    expect(hitsOf(await checkBook(book.wb), 'impact.staff.mismatch')).toEqual([
      [book.impact('3.').planCell, 'impact.staff.mismatch', 3, 4],
    ]);
  });

  it('agrees with three people on the salary lines', async () => {
    expect(hitsOf(await checkBook(grant('3').wb), 'impact.staff.mismatch')).toEqual([]);
  });
});
