import { ACTIVITY, checkBook, hitsOf, reportBook } from './hits';

describe('plan.value.unreadable', () => {
  it('warns at a planned value nobody can read, and reads the others', async () => {
    const book = reportBook([
      { label: 'Акт', plan: 'бар', fact: 'бар' },
      { label: 'Қатысушылар саны', plan: '30', fact: 30 },
    ]);
    expect(hitsOf(await checkBook(book.wb), 'plan.value.unreadable')).toEqual([
      [book.measure(ACTIVITY, 'Акт').planCell, 'plan.value.unreadable', undefined, 'бар'],
    ]);
  });
});
