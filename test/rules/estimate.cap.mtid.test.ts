import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readGrant } from '../../engine/check';
import { readXlsx } from '../../engine/xlsx/read-xlsx';
import { withMistakes } from '../../templates/examples/mistakes';
import { checkExample, hitsOf } from './hits';

// templates/examples/with-mistakes.xlsx holds one mistake per estimate rule at a known cell.
describe('estimate.cap.mtid', () => {
  it('fires once, at the cell of material-technical and institutional costs over 10 % of the grand total', async () => {
    const intended = (await withMistakes()).mistakes.find((m) => m.rule === 'estimate.cap.mtid')!;
    const hits = hitsOf(await checkExample('with-mistakes.xlsx'), 'estimate.cap.mtid');
    // The cap is 10 % of the grant funds of the grand total row (art. 6-1 p. 5).
    const grantFunds = readGrant(
      await readXlsx(
        readFileSync(join(__dirname, '..', '..', 'templates', 'examples', 'with-mistakes.xlsx')),
        'w.xlsx',
      ),
    ).estimates[0]!.grandTotal!.grant!.value!;
    expect(hits).toEqual([['F20', 'estimate.cap.mtid', Math.round(grantFunds * 0.1), 1_050_000]]);
    expect(hits[0]![0]).toBe(intended.cell);
  });

  it('stays silent on the correct example estimates (kk, ru and the real application)', async () => {
    for (const file of ['estimate-kk.xlsx', 'estimate-ru.xlsx', 'estimate-application-kk.xlsx'])
      expect([file, hitsOf(await checkExample(file), 'estimate.cap.mtid')]).toEqual([file, []]);
  });
});
