import { ACTIVITY, checkBook, hitsOf, reportBook } from './hits';

describe('plan.fact.missing', () => {
  it('warns at the empty fact cell of a planned measure in a report', async () => {
    const book = reportBook([
      { label: 'Қатысушылар саны', plan: '40', fact: null },
      { label: 'Жарияланымдар саны', plan: '3', fact: 3 },
    ]);
    expect(hitsOf(await checkBook(book.wb), 'plan.fact.missing')).toEqual([
      [book.measure(ACTIVITY, 'Қатысушылар саны').factCell, 'plan.fact.missing', '40', undefined],
    ]);
  });
});
