import { checkBook, hitsOf } from './hits';
import { impactReport } from './impact-report';

const TITLE = ['Қорытынды есеп', 'Грантты іске асыруға бөлінген қаражаттың жалпы сомасы: 12 000 000 тг'];
const payroll = (fact: string) => ({
  indicator: '6. Гранттың жалпы сомасынан еңбекақы төлеу қоры',
  unit: 'теңге',
  plan: '6 000 000',
  fact,
});

describe('impact.payroll.whole-grant', () => {
  it('fires at the payroll fund reported as the whole grant stated above the tables', async () => {
    const book = impactReport([payroll('12 000 000')], TITLE);
    expect(hitsOf(await checkBook(book.wb), 'impact.payroll.whole-grant')).toEqual([
      [book.impact('6. Гранттың').factCell, 'impact.payroll.whole-grant', 12_000_000, 12_000_000],
    ]);
  });

  it('accepts a payroll fund below the grant', async () => {
    const book = impactReport([payroll('6 000 000')], TITLE);
    expect(hitsOf(await checkBook(book.wb), 'impact.payroll.whole-grant')).toEqual([]);
  });
});
