import { withMistakes } from '../../templates/examples/mistakes';
import { checkExample, hitsOf } from './hits';

// templates/examples/with-mistakes.xlsx holds one mistake per estimate rule at a known cell.
describe('estimate.line.funding', () => {
  it('fires once, at the cell of a line whose own contribution and grant funds do not add up to its total', async () => {
    const intended = (await withMistakes()).mistakes.find((m) => m.rule === 'estimate.line.funding')!;
    const hits = hitsOf(await checkExample('with-mistakes.xlsx'), 'estimate.line.funding');
    expect(hits).toEqual([['H26', 'estimate.line.funding', 300_000, 250_000]]);
    expect(hits[0]![0]).toBe(intended.cell);
  });

  it('stays silent on the correct example estimates (kk, ru and the real application)', async () => {
    for (const file of ['estimate-kk.xlsx', 'estimate-ru.xlsx', 'estimate-application-kk.xlsx'])
      expect([file, hitsOf(await checkExample(file), 'estimate.line.funding')]).toEqual([file, []]);
  });
});
