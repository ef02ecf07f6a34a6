import { ACTIVITY, checkBook, hitsOf, reportBook } from './hits';

describe('plan.fact.below', () => {
  it('fires at the fact cell when the fact is below an "at least" plan', async () => {
    const book = reportBook([
      { label: 'Қатысушылар саны', plan: 'кемінде 30', fact: 28 },
      { label: 'Фото/видео', plan: '5/1', fact: '5/1' },
    ]);
    expect(hitsOf(await checkBook(book.wb), 'plan.fact.below')).toEqual([
      [book.measure(ACTIVITY, 'Қатысушылар саны').factCell, 'plan.fact.below', 30, 28],
    ]);
  });

  it('compares each component of a "photos/videos" value', async () => {
    const book = reportBook([{ label: 'Фото/видео', plan: '5/2', fact: '5/1' }]);
    expect(hitsOf(await checkBook(book.wb), 'plan.fact.below')).toEqual([
      [book.measure(ACTIVITY, 'Фото/видео').factCell, 'plan.fact.below', 2, 1],
    ]);
  });
});
