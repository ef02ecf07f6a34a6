import { brief, checkReport } from './report-builder';

describe.each([
  ['kk', 'Қатысушылар саны', 'Фото/видео'],
  ['ru', 'Количество участников', 'Фото/видео'],
] as const)('plan.measure.duplicate (%s)', (lang, label, other) => {
  const activity = (second: number) => ({
    title: lang === 'kk' ? '1. Жастар форумы' : '1. Молодежный форум',
    place: lang === 'kk' ? 'Ақтау қ.' : 'г. Актау',
    period: lang === 'kk' ? 'Тамыз' : 'Август',
    measures: [
      { label, plan: 100, fact: 100 },
      { label: other, plan: '3/1', fact: '3/1' },
      { label, plan: second, fact: second },
    ],
  });

  it('warns at the second planned value when the same measure has another target', async () => {
    const { issues, book } = await checkReport(lang, [activity(150)]);
    expect(brief(issues)).toEqual([[book.measures[2]!.planCell, 'plan.measure.duplicate', 'warning']]);
    expect(issues[0]!.message).toContain(book.measures[0]!.planCell);
  });

  it('accepts the same measure repeated with the same target', async () => {
    expect((await checkReport(lang, [activity(100)])).issues).toEqual([]);
  });
});
