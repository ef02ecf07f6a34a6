import { withMistakes } from '../../templates/examples/mistakes';
import { checkExample, hitsOf } from './hits';

// templates/examples/with-mistakes.xlsx holds one mistake per estimate rule at a known cell.
describe('estimate.payroll.social-tax', () => {
  it('fires once, at the cell of a social tax line that does not follow the salaries and the rates of the year', async () => {
    const intended = (await withMistakes()).mistakes.find((m) => m.rule === 'estimate.payroll.social-tax')!;
    const hits = hitsOf(await checkExample('with-mistakes.xlsx'), 'estimate.payroll.social-tax');
    expect(hits).toEqual([['F12', 'estimate.payroll.social-tax', 164_724, 162_000]]);
    expect(hits[0]![0]).toBe(intended.cell);
  });

  it('stays silent on the correct example estimates (kk, ru and the real application)', async () => {
    for (const file of ['estimate-kk.xlsx', 'estimate-ru.xlsx', 'estimate-application-kk.xlsx'])
      expect([file, hitsOf(await checkExample(file), 'estimate.payroll.social-tax')]).toEqual([file, []]);
  });
});
