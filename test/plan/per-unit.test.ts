import { brief, checkReport } from './report-builder';

describe.each([
  ['kk', 'Әр сауалнамадан алынған ұсыныстар', 'Әр сауалнамадан 3-тен кем емес'],
  ['ru', 'Консультации', 'не менее 2 на каждого участника'],
] as const)('a per-unit plan in a report (%s)', (lang, label, plan) => {
  const activity = (fact: number) => ({
    title: lang === 'kk' ? '1. Сауалнама жүргізу' : '1. Проведение анкетирования',
    place: lang === 'kk' ? 'Ақтау қ.' : 'г. Актау',
    period: lang === 'kk' ? 'Қазан' : 'Октябрь',
    measures: [{ label, plan, fact }],
  });

  it('is read per unit (not multiplied by events) and a fact below it is found at its cell', async () => {
    const { issues, book } = await checkReport(lang, [activity(1)]);
    expect(brief(issues)).toEqual([[book.measures[0]!.factCell, 'plan.fact.below', 'error']]);
  });

  it('accepts a fact that meets it', async () => {
    expect((await checkReport(lang, [activity(3)])).issues).toEqual([]);
  });
});
