import { KK_IMPACT_ROWS } from '../fixtures/annex3-plan';
import { checkBook, hitsOf } from './hits';
import { impactReport } from './impact-report';

describe('impact.fact.below', () => {
  it('fires at the fact of a social-impact indicator reported below its plan', async () => {
    const book = impactReport([
      { ...KK_IMPACT_ROWS[0]!, fact: '1 010' },
      { ...KK_IMPACT_ROWS[1]!, fact: '52 000' },
    ]);
    expect(hitsOf(await checkBook(book.wb), 'impact.fact.below')).toEqual([
      [book.impact('1. Тікелей').factCell, 'impact.fact.below', 1030, 1010],
    ]);
  });
});
