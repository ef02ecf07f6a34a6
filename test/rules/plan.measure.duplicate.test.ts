import { ACTIVITY, checkBook, hitsOf, inEveryLanguage, issuesOf, reportBook } from './hits';

const LABEL = 'Қатысушылар саны';
/** One activity listing its participants twice, the second time with `second` as the target. */
const report = (second: number) =>
  reportBook([
    { label: LABEL, plan: 100, fact: 100 },
    { label: 'Фото/видео', plan: '3/1', fact: '3/1' },
    { label: LABEL, plan: second, fact: second },
  ]);

describe('plan.measure.duplicate', () => {
  it('warns at the second planned value of a measure repeated with another target', async () => {
    const book = report(150);
    const issues = await checkBook(book.wb);
    const [first, second] = [book.measure(ACTIVITY, LABEL, 0), book.measure(ACTIVITY, LABEL, 1)];
    expect(hitsOf(issues, 'plan.measure.duplicate')).toEqual([
      [second.planCell, 'plan.measure.duplicate', undefined, '150'],
    ]);
    const text = inEveryLanguage(issuesOf(issues, 'plan.measure.duplicate')[0]!);
    expect(text.kk).toContain(`${first.planCell} ұяшығында «100», мұнда «150»`);
    expect(text.ru).toContain(`в ${first.planCell} «100», здесь «150»`);
    expect(text.en).toContain(`"100" in ${first.planCell}, "150" here`);
  });

  it('stays silent on a measure repeated with the same target', async () => {
    expect(hitsOf(await checkBook(report(100).wb), 'plan.measure.duplicate')).toEqual([]);
  });
});
