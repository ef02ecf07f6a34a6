import { KK_IMPACT_ROWS } from '../fixtures/annex3-plan';
import { checkBook, hitsOf } from './hits';
import { impactReport } from './impact-report';

describe('impact.fact.missing', () => {
  it('warns at the empty fact of a planned social-impact indicator', async () => {
    const book = impactReport([
      { ...KK_IMPACT_ROWS[0]!, fact: '1 030' },
      { ...KK_IMPACT_ROWS[3]!, fact: null },
    ]);
    expect(hitsOf(await checkBook(book.wb), 'impact.fact.missing')).toEqual([
      [book.impact('4. Тартылған').factCell, 'impact.fact.missing', '4', undefined],
    ]);
  });
});
