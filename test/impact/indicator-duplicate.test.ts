import { brief, checkReport } from '../plan/report-builder';

const ROWS = {
  kk: [
    { indicator: 'Тікелей бенефициарлар саны', unit: 'адам', plan: 30, fact: 32 },
    { indicator: 'Жанама бенефициарлар саны', unit: 'адам', plan: 1000, fact: 1200 },
    { indicator: 'Тартылған мамандар саны', unit: 'адам', plan: 2, fact: 2 },
  ],
  ru: [
    { indicator: 'Количество прямых бенефициаров', unit: 'человек', plan: 30, fact: 32 },
    { indicator: 'Количество косвенных бенефициаров', unit: 'человек', plan: 1000, fact: 1200 },
    { indicator: 'Количество привлеченных специалистов', unit: 'человек', plan: 2, fact: 2 },
  ],
};

describe.each(['kk', 'ru'] as const)('impact.indicator.duplicate (%s)', (lang) => {
  const activity = {
    title: lang === 'kk' ? '1. Тренинг' : '1. Тренинг',
    place: lang === 'kk' ? 'Ақтау қ.' : 'г. Актау',
    period: lang === 'kk' ? 'Шілде' : 'Июль',
    measures: [{ label: lang === 'kk' ? 'Қатысушылар саны' : 'Количество участников', plan: 30, fact: 32 }],
  };

  it('warns at the second row of an indicator listed twice', async () => {
    const rows = [...ROWS[lang], { ...ROWS[lang][1]!, plan: 800, fact: 900 }];
    const { issues, book } = await checkReport(lang, [activity], rows);
    const second = book.impacts[3]!.planCell.replace('C', 'A');
    expect(brief(issues)).toEqual([[second, 'impact.indicator.duplicate', 'warning']]);
  });

  it('accepts each indicator once', async () => {
    expect((await checkReport(lang, [activity], ROWS[lang])).issues).toEqual([]);
  });
});
