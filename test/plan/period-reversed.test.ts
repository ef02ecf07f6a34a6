import { brief, checkReport } from './report-builder';

const activity = (lang: 'kk' | 'ru', period: string) => ({
  title: lang === 'kk' ? '1. Жастарға арналған тренинг' : '1. Тренинг для молодежи',
  place: lang === 'kk' ? 'Ақтау қ.' : 'г. Актау',
  period,
  measures: [{ label: lang === 'kk' ? 'Қатысушылар саны' : 'Количество участников', plan: 30, fact: 32 }],
});

describe.each([
  ['kk', 'Қазан-қыркүйек', 'Қыркүйек-қазан'],
  ['ru', 'Октябрь – сентябрь', 'Сентябрь – октябрь'],
] as const)('plan.period.reversed (%s)', (lang, reversed, fixed) => {
  it(`warns at the period cell of "${reversed}"`, async () => {
    const { issues, book } = await checkReport(lang, [activity(lang, reversed)]);
    const cell = book.measures[0]!.factCell!.replace('E', 'F');
    expect(brief(issues)).toEqual([[cell, 'plan.period.reversed', 'warning']]);
    expect(issues[0]!.actual).toBe(reversed);
  });

  it(`accepts "${fixed}" and a period over two years with the years stated`, async () => {
    expect((await checkReport(lang, [activity(lang, fixed)])).issues).toEqual([]);
    const twoYears = lang === 'kk' ? 'Қазан 2025 - қыркүйек 2026' : '01.10.2025 - 30.09.2026';
    expect((await checkReport(lang, [activity(lang, twoYears)])).issues).toEqual([]);
  });
});
