import { KK_IMPACT_HEADER, KK_IMPACT_ROWS } from '../fixtures/annex3-plan';
import { PlanWorkbook } from '../fixtures/plan-workbook';
import { teamWorkbook } from '../fixtures/team-block';
import { checkBook, hitsOf, inEveryLanguage, issuesOf } from './hits';

/**
 * Block II (three staff, one consultant) beside the block IV of Annex 3, whose engaged specialists
 * are `specialists`: the documents state 4, the whole team.
 */
function grant(specialists: string) {
  const rows = KK_IMPACT_ROWS.map((r) => (r.indicator.startsWith('4.') ? { ...r, plan: specialists } : r));
  return new PlanWorkbook(teamWorkbook('kk')).addSheet({
    name: 'IV-блок',
    impact: { header: KK_IMPACT_HEADER, rows },
  });
}

describe('team.specialists.mismatch', () => {
  it('warns at the planned specialists of block IV when block II has neither as many consultants nor as many people', async () => {
    const book = grant('6');
    const issues = await checkBook(book.wb);
    expect(hitsOf(issues, 'team.specialists.mismatch')).toEqual([
      [book.impact('4.').planCell, 'team.specialists.mismatch', 1, 6],
    ]);
    const text = inEveryLanguage(issuesOf(issues, 'team.specialists.mismatch')[0]!);
    expect(text.kk).toContain(
      'Тартылған мамандар саны 6, ал II-блоктағы командада 1 шарт бойынша маман және 3 штаттық қызметкер (барлығы 4)',
    );
    expect(text.ru).toContain(
      'специалистов 6, а в команде блока II 1 специалистов по договорам и 3 штатных сотрудников (всего 4)',
    );
    expect(text.en).toContain(
      '6 engaged specialists are stated, while the block II team lists 1 under civil contracts and 3 staff (4 in all)',
    );
  });

  it('stays silent on the Annex 3 count (the whole team) and on the consultants alone', async () => {
    for (const n of ['4', '1'])
      expect([n, hitsOf(await checkBook(grant(n).wb), 'team.specialists.mismatch')]).toEqual([n, []]);
  });
});
