import { SEED_ROWS, seedLayout, seedXlsx } from '../fixtures/seed-estimate';
import { checkBytes, checkExample, hitsOf } from './hits';

describe('form.structure', () => {
  it('says at the header when the estimate has no grand total row, instead of guessing one', async () => {
    const rows = SEED_ROWS.filter((r) => r[1] !== 'Итого:');
    const layout = seedLayout({ rows });
    const issues = await checkBytes(await seedXlsx({ rows }), 'seed.xlsx');
    // The header's bottom row, label column.
    expect(hitsOf(issues, 'form.structure')).toEqual([
      [`${layout.col(1)}${layout.firstDataRow - 1}`, 'form.structure', undefined, undefined],
    ]);
  });

  it('is silent on estimates it reads whole', async () => {
    expect(hitsOf(await checkBytes(await seedXlsx(), 'seed.xlsx'), 'form.structure')).toEqual([]);
    expect(hitsOf(await checkExample('estimate-application-kk.xlsx'), 'form.structure')).toEqual([]);
  });
});
