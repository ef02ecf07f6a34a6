import { withMistakes } from '../../templates/examples/mistakes';
import { checkExample, hitsOf } from './hits';

// templates/examples/with-mistakes.xlsx holds one mistake per estimate rule at a known cell.
describe('estimate.group.sum', () => {
  it('fires once, at the cell of a group total that is not the sum of its rows', async () => {
    const intended = (await withMistakes()).mistakes.find((m) => m.rule === 'estimate.group.sum')!;
    const hits = hitsOf(await checkExample('with-mistakes.xlsx'), 'estimate.group.sum');
    expect(hits).toEqual([['F17', 'estimate.group.sum', 55_000, 60_000]]);
    expect(hits[0]![0]).toBe(intended.cell);
  });

  it('stays silent on the correct example estimates (kk, ru and the real application)', async () => {
    for (const file of ['estimate-kk.xlsx', 'estimate-ru.xlsx', 'estimate-application-kk.xlsx'])
      expect([file, hitsOf(await checkExample(file), 'estimate.group.sum')]).toEqual([file, []]);
  });
});
