import type { Typed } from '../fixtures/plan-workbook';
import { ACTIVITY, checkBook, hitsOf, inEveryLanguage, issuesOf, reportBook } from './hits';

const LABEL = 'Қатысушылар саны';
/** The final report's column for the reasons of deviations. */
const NOTE = 'Жоспардан ауытқу себебі';

/** A report of two measures, the first `plan` against `fact`; `reasons`: whether it has the reasons column. */
const report = (plan: Typed, fact: Typed, reason?: string, reasons = true) =>
  reportBook(
    [
      { label: LABEL, plan, fact, note: reason },
      { label: 'Жарияланымдар саны', plan: 4, fact: 4 },
    ],
    {},
    reasons ? { note: NOTE } : {},
  );

describe('plan.deviation.unexplained', () => {
  it('warns at a fact 60 % over plan with the reason left empty', async () => {
    const book = report(100, 160);
    const issues = await checkBook(book.wb);
    expect(hitsOf(issues, 'plan.deviation.unexplained')).toEqual([
      [book.measure(ACTIVITY, LABEL).factCell, 'plan.deviation.unexplained', 100, 160],
    ]);
    const text = inEveryLanguage(issuesOf(issues, 'plan.deviation.unexplained')[0]!);
    expect(text.kk).toMatch(new RegExp(`^«${LABEL}»: факт 160 жоспардан \\(100\\) 60.*себебі жазылмаған`));
    expect(text.ru).toMatch(
      new RegExp(`^«${LABEL}»: факт 160 отклоняется от плана \\(100\\) на 60.*причина не указана`),
    );
    expect(text.en).toMatch(
      new RegExp(`^"${LABEL}": the fact 160 differs from the plan \\(100\\) by 60.*no reason is given`),
    );
  });

  it('warns at a fact 15 % under an "at least" plan too (beside plan.fact.below)', async () => {
    const book = report('кемінде 100', 85);
    expect(hitsOf(await checkBook(book.wb), 'plan.deviation.unexplained')).toEqual([
      [book.measure(ACTIVITY, LABEL).factCell, 'plan.deviation.unexplained', 100, 85],
    ]);
  });

  it('stays silent once the reason is written, within 10 %, and in a report without a reasons column', async () => {
    const quiet = [
      report(100, 160, 'Ауа райына байланысты екі мектеп қосымша қатысты'),
      report(100, 108),
      report(100, 160, undefined, false),
    ];
    for (const book of quiet)
      expect(hitsOf(await checkBook(book.wb), 'plan.deviation.unexplained')).toEqual([]);
  });
});
