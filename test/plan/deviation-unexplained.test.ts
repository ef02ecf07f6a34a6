import { brief, checkReport, REPORT_HEADERS } from './report-builder';
import { checkWorkbook } from '../../engine/check';
import { loadBuiltInProfile } from '../../engine/profiles';
import { readXlsx } from '../../engine/xlsx/read-xlsx';
import { PlanWorkbook } from '../fixtures/plan-workbook';

const NOTE = { kk: 'Жоспардан ауытқу себебі', ru: 'Причины отклонения от плана' };
const REASON = {
  kk: 'Ауа райына байланысты екі мектеп қатыспады',
  ru: 'Две школы не смогли участвовать из-за погоды',
};

async function report(lang: 'kk' | 'ru', fact: number, note?: string) {
  const book = new PlanWorkbook().addSheet({
    name: lang === 'kk' ? 'Қорытынды есеп' : 'Итоговый отчет',
    plan: {
      header: { ...REPORT_HEADERS[lang], note: NOTE[lang] },
      blocks: [
        {
          title:
            lang === 'kk' ? '1-міндет. Оқушыларды кәсіби бағдарлау' : 'Задача 1. Профориентация школьников',
          activities: [
            {
              title: lang === 'kk' ? '1. Кәсіби бағдар беру сабақтары' : '1. Профориентационные занятия',
              place: lang === 'kk' ? 'Ақтау қ.' : 'г. Актау',
              period: lang === 'kk' ? 'Қыркүйек-қазан' : 'Сентябрь-октябрь',
              measures: [
                {
                  label: lang === 'kk' ? 'Қатысушылар саны' : 'Количество участников',
                  plan: 'кемінде 100',
                  fact,
                  note,
                },
                { label: lang === 'kk' ? 'Жарияланымдар' : 'Публикации', plan: 4, fact: 4 },
              ],
            },
          ],
        },
      ],
    },
  });
  const wb = await readXlsx(await book.xlsx(), 'report.xlsx');
  return { issues: checkWorkbook(wb, { profile: loadBuiltInProfile(), lang }).issues, book };
}

describe.each(['kk', 'ru'] as const)('plan.deviation.unexplained (%s)', (lang) => {
  it('warns at a fact 15 % under plan with the reason column empty (besides the gap itself)', async () => {
    const { issues, book } = await report(lang, 85);
    const cell = book.measures[0]!.factCell;
    expect(brief(issues)).toEqual([
      [cell, 'plan.fact.below', 'error'],
      [cell, 'plan.deviation.unexplained', 'warning'],
    ]);
  });

  it('warns at a fact far above plan too, and accepts it once the reason is written', async () => {
    const { issues, book } = await report(lang, 160);
    expect(brief(issues)).toEqual([[book.measures[0]!.factCell, 'plan.deviation.unexplained', 'warning']]);
    expect((await report(lang, 160, REASON[lang])).issues).toEqual([]);
  });

  it('accepts a deviation within 10 % without a reason', async () => {
    expect((await report(lang, 108)).issues).toEqual([]);
  });

  it('says nothing of deviations when the report has no reason column', async () => {
    const activities = [
      {
        title: '1',
        place: '-',
        period: lang === 'kk' ? 'Қыркүйек' : 'Сентябрь',
        measures: [
          { label: lang === 'kk' ? 'Қатысушылар саны' : 'Количество участников', plan: 100, fact: 160 },
        ],
      },
    ];
    expect((await checkReport(lang, activities)).issues).toEqual([]);
  });
});
