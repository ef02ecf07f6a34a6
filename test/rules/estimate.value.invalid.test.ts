import { withMistakes } from '../../templates/examples/mistakes';
import { checkExample, hitsOf } from './hits';

// templates/examples/with-mistakes.xlsx holds one mistake per estimate rule at a known cell.
describe('estimate.value.invalid', () => {
  it('fires once, at the cell of a quantity typed as a word', async () => {
    const intended = (await withMistakes()).mistakes.find((m) => m.rule === 'estimate.value.invalid')!;
    const hits = hitsOf(await checkExample('with-mistakes.xlsx'), 'estimate.value.invalid');
    expect(hits).toEqual([['D30', 'estimate.value.invalid', undefined, 'екі']]);
    expect(hits[0]![0]).toBe(intended.cell);
  });

  it('stays silent on the correct example estimates (kk, ru and the real application)', async () => {
    for (const file of ['estimate-kk.xlsx', 'estimate-ru.xlsx', 'estimate-application-kk.xlsx'])
      expect([file, hitsOf(await checkExample(file), 'estimate.value.invalid')]).toEqual([file, []]);
  });
});
