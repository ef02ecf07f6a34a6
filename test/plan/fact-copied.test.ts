import { brief, checkReport } from './report-builder';

describe.each([
  ['kk', 'Қатысушылар саны', 'кемінде 20'],
  ['ru', 'Количество участников', 'не менее 20'],
] as const)('plan.fact.copied (%s)', (lang, label, wording) => {
  const activity = (fact: string | number) => ({
    title: lang === 'kk' ? '1. Дөңгелек үстел' : '1. Круглый стол',
    place: lang === 'kk' ? 'Ақтау қ.' : 'г. Актау',
    period: lang === 'kk' ? 'Шілде' : 'Июль',
    measures: [{ label, plan: wording, fact }],
  });

  it('warns at a fact cell that repeats the plan wording', async () => {
    const { issues, book } = await checkReport(lang, [activity(wording)]);
    expect(brief(issues)).toEqual([[book.measures[0]!.factCell, 'plan.fact.copied', 'warning']]);
  });

  it('accepts the achieved number', async () => {
    expect((await checkReport(lang, [activity(24)])).issues).toEqual([]);
  });
});
