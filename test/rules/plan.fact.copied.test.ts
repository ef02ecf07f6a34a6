import { ACTIVITY, checkBook, hitsOf, inEveryLanguage, issuesOf, reportBook } from './hits';

const LABEL = 'Қатысушылар саны';
const report = (fact: string | number) =>
  reportBook([
    { label: LABEL, plan: 'кемінде 30', fact },
    { label: 'Фото/видео', plan: '5/1', fact: '5/1' },
  ]);

describe('plan.fact.copied', () => {
  it('warns at a fact cell that repeats the plan wording instead of the number reached', async () => {
    const book = report('кемінде 30');
    const issues = await checkBook(book.wb);
    expect(hitsOf(issues, 'plan.fact.copied')).toEqual([
      [book.measure(ACTIVITY, LABEL).factCell, 'plan.fact.copied', 'кемінде 30', 'кемінде 30'],
    ]);
    const text = inEveryLanguage(issuesOf(issues, 'plan.fact.copied')[0]!);
    expect(text.kk).toContain(`«${LABEL}»: факт бағанында жоспардың сөзі тұр («кемінде 30»)`);
    expect(text.ru).toContain(`«${LABEL}»: в графе факта повторена формулировка плана («кемінде 30»)`);
    expect(text.en).toContain(`"${LABEL}": the fact cell repeats the plan's wording ("кемінде 30")`);
  });

  it('stays silent on the number reached', async () => {
    expect(hitsOf(await checkBook(report(32).wb), 'plan.fact.copied')).toEqual([]);
  });
});
