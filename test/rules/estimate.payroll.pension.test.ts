import { withMistakes } from '../../templates/examples/mistakes';
import { checkExample, hitsOf } from './hits';

// templates/examples/with-mistakes.xlsx holds one mistake per estimate rule at a known cell.
describe('estimate.payroll.pension', () => {
  it('fires once, at the cell of employer pension contributions that do not follow the salaries and the rates of the year', async () => {
    const intended = (await withMistakes()).mistakes.find((m) => m.rule === 'estimate.payroll.pension')!;
    const hits = hitsOf(await checkExample('with-mistakes.xlsx'), 'estimate.payroll.pension');
    expect(hits).toEqual([['F14', 'estimate.payroll.pension', 79_500, 60_000]]);
    expect(hits[0]![0]).toBe(intended.cell);
  });

  it('stays silent on the correct example estimates (kk, ru and the real application)', async () => {
    for (const file of ['estimate-kk.xlsx', 'estimate-ru.xlsx', 'estimate-application-kk.xlsx'])
      expect([file, hitsOf(await checkExample(file), 'estimate.payroll.pension')]).toEqual([file, []]);
  });
});
