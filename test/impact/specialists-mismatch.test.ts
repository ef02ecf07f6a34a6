import { checkWorkbook } from '../../engine/check';
import { loadBuiltInProfile } from '../../engine/profiles';
import { readXlsx } from '../../engine/xlsx/read-xlsx';
import { PlanWorkbook } from '../fixtures/plan-workbook';
import { TEAM, teamWorkbook } from '../fixtures/team-block';
import { IMPACT_HEADERS } from '../plan/report-builder';
import { renderIssue } from '../../engine/rules/render-issue';

async function check(lang: 'kk' | 'ru', specialists: number) {
  const t = TEAM[lang];
  const book = new PlanWorkbook(teamWorkbook(lang)).addSheet({
    name: lang === 'kk' ? 'IV-блок' : 'Блок IV',
    impact: {
      header: { ...IMPACT_HEADERS[lang], fact: undefined },
      rows: [
        { indicator: t.staffRow, unit: t.person, plan: 3 },
        { indicator: t.specialistsRow, unit: t.person, plan: specialists },
      ],
    },
  });
  const read = await readXlsx(await book.xlsx(), 'annex3.xlsx');
  return { issues: checkWorkbook(read, { profile: loadBuiltInProfile() }).issues, book };
}

describe.each(['kk', 'ru'] as const)('team.specialists.mismatch (%s)', (lang) => {
  it('warns where block IV states specialists the team of block II does not have', async () => {
    const { issues, book } = await check(lang, 6);
    expect(issues.map((i) => [i.cell, i.rule, i.severity, i.expected, i.actual])).toEqual([
      [book.impact(TEAM[lang].specialistsRow).planCell, 'team.specialists.mismatch', 'warning', 1, 6],
    ]);
    // Counts only: no name of block II reaches the message.
    expect(renderIssue(issues[0]!, lang)).not.toMatch(/[А-Я]\. [А-Я]\./u);
  });

  it.each([1, 4])('accepts %i: the civil-contract specialists, or the whole team', async (n) => {
    expect((await check(lang, n)).issues).toEqual([]);
  });
});
