import { KK_IMPACT_ROWS } from '../fixtures/annex3-plan';
import { checkBook, hitsOf, inEveryLanguage, issuesOf } from './hits';
import { impactReport } from './impact-report';

const INDIRECT = KK_IMPACT_ROWS[1]!;
const ROWS = KK_IMPACT_ROWS.slice(0, 3).map((r) => ({ ...r, fact: r.plan }));

describe('impact.indicator.duplicate', () => {
  it('warns at an indicator row copied below the table with other figures', async () => {
    const copy = {
      ...INDIRECT,
      indicator: INDIRECT.indicator.replace(/^2\./, '7.'),
      plan: '40 000',
      fact: '41 000',
    };
    const book = impactReport([...ROWS, copy]);
    const issues = await checkBook(book.wb);
    expect(hitsOf(issues, 'impact.indicator.duplicate')).toEqual([
      [book.impact('7.').indicatorCell, 'impact.indicator.duplicate', undefined, undefined],
    ]);
    const first = book.impact('2.').indicatorCell;
    const text = inEveryLanguage(issuesOf(issues, 'impact.indicator.duplicate')[0]!);
    expect(text.kk).toContain(`көрсеткіші екі рет берілген (алғашқысы ${first})`);
    expect(text.ru).toContain(`указан дважды (первый в ${first})`);
    expect(text.en).toContain(`is listed twice (first in ${first})`);
  });

  it('stays silent on each indicator once', async () => {
    expect(hitsOf(await checkBook(impactReport(ROWS).wb), 'impact.indicator.duplicate')).toEqual([]);
  });
});
