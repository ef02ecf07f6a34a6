import { withMistakes } from '../../templates/examples/mistakes';
import { checkExample, hitsOf } from './hits';

// templates/examples/with-mistakes.xlsx holds one mistake per estimate rule at a known cell.
describe('estimate.payroll.medical', () => {
  it('fires once, at the cell of employer medical insurance that does not follow the salaries and the rates of the year', async () => {
    const intended = (await withMistakes()).mistakes.find((m) => m.rule === 'estimate.payroll.medical')!;
    const hits = hitsOf(await checkExample('with-mistakes.xlsx'), 'estimate.payroll.medical');
    expect(hits).toEqual([['F13', 'estimate.payroll.medical', 95_400, 72_000]]);
    expect(hits[0]![0]).toBe(intended.cell);
  });

  it('stays silent on the correct example estimates (kk, ru and the real application)', async () => {
    for (const file of ['estimate-kk.xlsx', 'estimate-ru.xlsx', 'estimate-application-kk.xlsx'])
      expect([file, hitsOf(await checkExample(file), 'estimate.payroll.medical')]).toEqual([file, []]);
  });
});
