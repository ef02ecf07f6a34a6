import { brief, checkReport } from './report-builder';

const activity = (lang: 'kk' | 'ru', period: string) => ({
  title: lang === 'kk' ? '1. Жастарға арналған тренинг' : '1. Тренинг для молодежи',
  place: lang === 'kk' ? 'Ақтау қ.' : 'г. Актау',
  period,
  measures: [{ label: lang === 'kk' ? 'Қатысушылар саны' : 'Количество участников', plan: 30, fact: 32 }],
});

describe.each([
  ['kk', 'Әлеуметтік жобаны іске асыру кезеңі: 2025 жылғы маусым-қараша', 'Желтоқсан', 'Қараша'],
  ['ru', 'Срок реализации проекта: июнь – ноябрь 2025 года', 'май-июнь', 'Июнь-июль'],
] as const)(
  'plan.period.reversed outside the project period of block I (%s)',
  (lang, block1, outside, inside) => {
    it(`warns at "${outside}"`, async () => {
      const { issues, book } = await checkReport(lang, [activity(lang, outside)], undefined, [block1]);
      expect(brief(issues)).toEqual([
        [book.measures[0]!.factCell!.replace('E', 'F'), 'plan.period.reversed', 'warning'],
      ]);
      expect(issues[0]!.message).toContain(block1.split(': ')[1]!);
    });

    it(`accepts "${inside}"`, async () => {
      expect((await checkReport(lang, [activity(lang, inside)], undefined, [block1])).issues).toEqual([]);
    });
  },
);

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
