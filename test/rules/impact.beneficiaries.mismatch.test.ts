import { KK_BLOCKS, KK_HEADER, KK_IMPACT_HEADER, KK_IMPACT_ROWS } from '../fixtures/annex3-plan';
import { PlanWorkbook } from '../fixtures/plan-workbook';
import { checkBook, hitsOf } from './hits';

/** The real Annex 3 (blocks III and IV) with the direct beneficiaries declared as `direct`. */
function annex3(direct: string) {
  const rows = [{ ...KK_IMPACT_ROWS[0]!, plan: direct }, ...KK_IMPACT_ROWS.slice(1)];
  return new PlanWorkbook().addSheet({
    name: 'Annex 3',
    plan: { header: KK_HEADER, blocks: KK_BLOCKS },
    impact: { header: KK_IMPACT_HEADER, rows },
  });
}

// The plan's participant measures: 50, 30, 30, 15, 1000, 1000, 100 (sum 2225, largest 1000).
describe('impact.beneficiaries.mismatch', () => {
  it('warns at the declared number when it exceeds the sum of participant measures', async () => {
    const book = annex3('3 000');
    expect(hitsOf(await checkBook(book.wb), 'impact.beneficiaries.mismatch')).toEqual([
      [book.impact('1. Тікелей').planCell, 'impact.beneficiaries.mismatch', 2225, 3000],
    ]);
  });

  it('warns when one activity alone has more participants than declared', async () => {
    const book = annex3('900');
    expect(hitsOf(await checkBook(book.wb), 'impact.beneficiaries.mismatch')).toEqual([
      [book.impact('1. Тікелей').planCell, 'impact.beneficiaries.mismatch', 1000, 900],
    ]);
  });

  it('accepts the document as it is (1030)', async () => {
    expect(hitsOf(await checkBook(annex3('1030').wb), 'impact.beneficiaries.mismatch')).toEqual([]);
  });
});
