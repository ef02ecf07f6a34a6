import { mutate } from '../estimate/check-helpers';
import { seedLayout, seedXlsx } from '../fixtures/seed-estimate';
import { checkBytes, hitsOf } from './hits';

const title = [['Жобаны іске асыру кезеңі:', '6 ай'], []];

describe('estimate.months.period', () => {
  it('fires at the quantity of a monthly line charging more months than the 6-month project', async () => {
    let rows = mutate('Банк қызметі', 2, 'ай');
    rows = mutate('Банк қызметі', 3, '8', rows);
    rows = mutate('Банк қызметі', 4, '2 250', rows);
    const issues = await checkBytes(await seedXlsx({ rows, title }), 'seed.xlsx');
    expect(hitsOf(issues, 'estimate.months.period')).toEqual([
      [seedLayout({ title }).cell('Банк қызметі', 3), 'estimate.months.period', 6, 8],
    ]);
  });

  it('accepts as many months as the project lasts', async () => {
    let rows = mutate('Банк қызметі', 2, 'ай');
    rows = mutate('Банк қызметі', 3, '6', rows);
    rows = mutate('Банк қызметі', 4, '3 000', rows);
    expect(
      hitsOf(await checkBytes(await seedXlsx({ rows, title }), 'seed.xlsx'), 'estimate.months.period'),
    ).toEqual([]);
  });
});
