import { withMistakes } from '../../templates/examples/mistakes';
import { checkExample, hitsOf } from './hits';

// templates/examples/with-mistakes.xlsx holds one mistake per estimate rule at a known cell.
describe('estimate.total.sum', () => {
  it('fires once, at the cell of a grand total that is not the sum of the sections', async () => {
    const intended = (await withMistakes()).mistakes.find((m) => m.rule === 'estimate.total.sum')!;
    const hits = hitsOf(await checkExample('with-mistakes.xlsx'), 'estimate.total.sum');
    expect(hits).toEqual([['F32', 'estimate.total.sum', 6_419_000, 7_000_000]]);
    expect(hits[0]![0]).toBe(intended.cell);
  });

  it('stays silent on the correct example estimates (kk, ru and the real application)', async () => {
    for (const file of ['estimate-kk.xlsx', 'estimate-ru.xlsx', 'estimate-application-kk.xlsx'])
      expect([file, hitsOf(await checkExample(file), 'estimate.total.sum')]).toEqual([file, []]);
  });
});
