import { withMistakes } from '../../templates/examples/mistakes';
import { checkExample, hitsOf } from './hits';

// templates/examples/with-mistakes.xlsx holds one mistake per estimate rule at a known cell.
describe('estimate.line.amount', () => {
  it('fires once, at the cell of a line whose total is not quantity × unit cost', async () => {
    const intended = (await withMistakes()).mistakes.find((m) => m.rule === 'estimate.line.amount')!;
    const hits = hitsOf(await checkExample('with-mistakes.xlsx'), 'estimate.line.amount');
    expect(hits).toEqual([['F25', 'estimate.line.amount', 800_000, 900_000]]);
    expect(hits[0]![0]).toBe(intended.cell);
  });

  it('stays silent on the correct example estimates (kk, ru and the real application)', async () => {
    for (const file of ['estimate-kk.xlsx', 'estimate-ru.xlsx', 'estimate-application-kk.xlsx'])
      expect([file, hitsOf(await checkExample(file), 'estimate.line.amount')]).toEqual([file, []]);
  });
});
