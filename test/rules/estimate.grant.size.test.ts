import { seedLayout, seedXlsx } from '../fixtures/seed-estimate';
import { checkBytes, hitsOf } from './hits';

const title = [['Жобаны іске асыру кезеңі:', '6 ай'], []];

describe('estimate.grant.size', () => {
  it('warns at the grand total of a short-term grant above 3 000 МРП of the year', async () => {
    const issues = await checkBytes(await seedXlsx({ title }), 'seed.xlsx', 2024);
    // 3 000 МРП × 3 692 ₸ (2024) = 11 076 000 < the seed's 11 550 500 of grant funds.
    expect(hitsOf(issues, 'estimate.grant.size')).toEqual([
      [seedLayout({ title }).cell('Итого:', 7), 'estimate.grant.size', 3_000 * 3_692, 11_550_500],
    ]);
  });

  it('accepts the same grant under the 2025 МРП (3 000 × 3 932 = 11 796 000)', async () => {
    expect(
      hitsOf(await checkBytes(await seedXlsx({ title }), 'seed.xlsx', 2025), 'estimate.grant.size'),
    ).toEqual([]);
  });
});
