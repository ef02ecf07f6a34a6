import { KK_BLOCKS, KK_BLOCKS_CORRECTED, KK_HEADER } from '../fixtures/annex3-plan';
import { type PlanBlock, PlanWorkbook } from '../fixtures/plan-workbook';
import { checkBook, hitsOf, inEveryLanguage, issuesOf, reportBook } from './hits';

/** Annex 3 of the documents, block III as the application states it. */
const annex3 = (blocks: PlanBlock[]) =>
  new PlanWorkbook().addSheet({
    name: '3-қосымша',
    title: ['III-БЛОК', 'Әлеуметтік жобаны іске асыру мониторингінің жоспары'],
    plan: { header: KK_HEADER, blocks },
  });
const SLIPPED = '6. PROF-Qauym';
const PROJECT = '2025 жылғы маусым-қараша';
/** A report whose block I states the project period above its plan. */
const reportIn = (period: string) =>
  reportBook(
    [{ label: 'Қатысушылар саны', plan: 30, fact: 32 }],
    { title: [`Әлеуметтік жобаны іске асыру кезеңі: ${PROJECT}`] },
    { period },
  );

describe('plan.period.reversed', () => {
  it('warns at the period cell of the Annex 3 activity running "Қазан-қыркүйек" (October to September)', async () => {
    const book = annex3(KK_BLOCKS);
    const issues = await checkBook(book.wb);
    const periodCell = book.measures.find((m) => m.activity.startsWith(SLIPPED))!.periodCell;
    expect(hitsOf(issues, 'plan.period.reversed')).toEqual([
      [periodCell, 'plan.period.reversed', undefined, 'Қазан-қыркүйек'],
    ]);
    const text = inEveryLanguage(issuesOf(issues, 'plan.period.reversed')[0]!);
    expect(text.kk).toMatch(/«Қазан-қыркүйек» — аяқталуы басталуынан бұрын/);
    expect(text.ru).toMatch(/«Қазан-қыркүйек» — окончание раньше начала/);
    expect(text.en).toMatch(/"Қазан-қыркүйек" ends before it starts/);
  });

  it('warns at an activity held after the project period of block I', async () => {
    const book = reportIn('Желтоқсан');
    const issues = await checkBook(book.wb);
    expect(hitsOf(issues, 'plan.period.reversed')).toEqual([
      [book.measures[0]!.periodCell, 'plan.period.reversed', undefined, 'Желтоқсан'],
    ]);
    const text = inEveryLanguage(issuesOf(issues, 'plan.period.reversed')[0]!);
    expect(text.kk).toContain(`жобаның іске асыру кезеңінен («${PROJECT}») тыс`);
    expect(text.ru).toContain(`выходит за период реализации проекта («${PROJECT}»)`);
    expect(text.en).toContain(`falls outside the project period ("${PROJECT}")`);
  });

  it('stays silent on the corrected Annex 3 and on an activity within the project period', async () => {
    expect(hitsOf(await checkBook(annex3(KK_BLOCKS_CORRECTED).wb), 'plan.period.reversed')).toEqual([]);
    expect(hitsOf(await checkBook(reportIn('Қыркүйек-қазан').wb), 'plan.period.reversed')).toEqual([]);
  });
});
