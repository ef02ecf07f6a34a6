import { ACTIVITY, checkBook, hitsOf, reportBook } from './hits';

describe('plan.fact.unreadable', () => {
  it('warns at a fact that cannot be compared with its plan (a word against a count)', async () => {
    const book = reportBook([
      { label: 'Онлайн-гид', plan: '1', fact: 'жасалды' },
      { label: 'Қатысушылар саны', plan: '30', fact: 30 },
    ]);
    expect(hitsOf(await checkBook(book.wb), 'plan.fact.unreadable')).toEqual([
      [book.measure(ACTIVITY, 'Онлайн-гид').factCell, 'plan.fact.unreadable', '1', 'жасалды'],
    ]);
  });
});
