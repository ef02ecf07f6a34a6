import { checkBook, hitsOf, reportBook } from './hits';

const TOTAL = 'Жобаға қатысушылардың саны барлығы';

describe('stats.breakdown.sum', () => {
  it('fires at the total when men and women do not add up to it', async () => {
    const book = reportBook([{ label: 'Қатысушылар саны', plan: '30', fact: 30 }], {
      stats: {
        tables: [
          { header: [TOTAL, 'Ерлер', 'Әйелдер'], figures: [70, 30, 35] },
          { header: [TOTAL, '13-16 жас', '17-22 жас'], figures: [70, 40, 30] },
        ],
      },
    });
    expect(hitsOf(await checkBook(book.wb), 'stats.breakdown.sum')).toEqual([
      [book.statsTotals[0], 'stats.breakdown.sum', 65, 70],
    ]);
  });
});
