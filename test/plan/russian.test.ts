import { checkWorkbook, readGrant } from '../../engine/check';
import type { Issue } from '../../engine/model/issue';
import { loadBuiltInProfile } from '../../engine/profiles';
import { readXlsx } from '../../engine/xlsx/read-xlsx';
import { PlanWorkbook } from '../fixtures/plan-workbook';

const profile = loadBuiltInProfile();

/** A Russian final report (synthetic project): one header row with a "Фактически" column. */
function russianReport() {
  return new PlanWorkbook().addSheet({
    name: 'Отчет',
    title: ['Итоговый отчет', 'Сумма гранта: 3 000 000 тенге'],
    plan: {
      header: {
        activity: 'Мероприятие (краткое описание мероприятия)',
        place: 'Место проведения',
        measure: 'Количественные и качественные показатели (по мероприятиям)',
        plan: 'Планируемые индикаторы',
        fact: 'Фактически',
        period: 'Сроки исполнения',
      },
      blocks: [
        {
          title: 'Задача 1. Повысить квалификацию специалистов по профориентации',
          activities: [
            {
              title: '1. Проведение 3 тренингов для специалистов по профориентации',
              place: 'г. Актау',
              period: 'Июль',
              measures: [
                { label: 'Количество участников', plan: 'не менее 30', fact: 28 },
                { label: 'Фото/видео', plan: '3/1 (на каждое мероприятие)', fact: '6/3' },
                { label: 'Программа тренинга', plan: '1', fact: 1 },
                {
                  label: 'Доля участников, положительно оценивших тренинг',
                  plan: 'не менее 80 %',
                  fact: '85%',
                },
              ],
            },
            {
              title: '2. Онлайн-марафон в социальных сетях',
              place: 'Социальные сети',
              period: 'Август',
              measures: [
                { label: 'Количество публикаций', plan: 'не более 10', fact: 12 },
                { label: 'Охват аудитории', plan: 'не менее 5 000', fact: '5 400' },
              ],
            },
          ],
        },
        {
          title: 'Задача 2. Укрепить партнерство',
          activities: [
            {
              title: '1. Круглый стол с партнерами',
              place: 'г. Актау',
              period: 'Сентябрь',
              measures: [
                { label: 'Количество мероприятий', plan: '2', fact: 2 },
                { label: 'Количество участников', plan: '40', fact: null },
                {
                  label: 'Наградные материалы',
                  plan: 'Диплом – 7, Сертификат – 175',
                  fact: 'Сертификат – 170, Диплом – 7',
                },
              ],
            },
          ],
        },
      ],
    },
    impact: {
      header: {
        indicator: 'Индикатор',
        unit: 'Единица измерения',
        plan: 'Плановый уровень',
        fact: 'Фактический уровень',
      },
      rows: [
        { indicator: '1. Количество прямых бенефициаров', unit: 'человек', plan: '70', fact: '70' },
        { indicator: '2. Количество косвенных бенефициаров', unit: 'человек', plan: '5 000', fact: '4 000' },
        { indicator: '3. Фонд оплаты труда из общей суммы гранта', unit: 'тенге', plan: '3 000 000' },
      ],
    },
    stats: {
      tables: [
        { header: ['Общее количество участников', 'Мужчины', 'Женщины'], figures: [70, 30, 35] },
        {
          header: ['Всего участников', 'Дети', 'Молодежь', 'Безработные', 'Другие категории'],
          figures: [70, 10, 50, 5, 5],
        },
      ],
    },
  });
}

describe('a Russian final report', () => {
  let book: PlanWorkbook;
  let issues: Issue[];

  beforeAll(async () => {
    book = russianReport();
    const wb = await readXlsx(await book.xlsx(), 'ru.xlsx');
    issues = checkWorkbook(wb, { profile, lang: 'ru' }).issues;
    const plan = readGrant(wb).plans[0]!;
    expect(plan.tasks.map((t) => [t.number, t.activities.map((a) => a.events)])).toEqual([
      ['1', [3, null]],
      ['2', [2]],
    ]);
  });

  it('flags each gap at its cell with plan and fact', () => {
    const at = (activity: string, label: string) => book.measure(activity, label).factCell;
    const expected = [
      ['plan.fact.below', 'error', at('1. Проведение', 'Количество участников'), 30, 28],
      // 3 photos per event × 3 trainings.
      ['plan.fact.below', 'error', at('1. Проведение', 'Фото/видео'), 9, 6],
      // An "at most" plan: more than planned is the gap.
      ['plan.fact.below', 'error', at('2. Онлайн', 'Количество публикаций'), 10, 12],
      // Labelled values pair by label, whatever their order.
      ['plan.fact.below', 'error', at('1. Круглый', 'Наградные материалы'), 175, 170],
      ['plan.fact.missing', 'warning', at('1. Круглый', 'Количество участников'), '40', undefined],
      ['impact.fact.below', 'error', book.impact('2. Количество косвенных').factCell, 5000, 4000],
      ['impact.payroll.whole-grant', 'error', book.impact('3. Фонд').factCell, 3000000, 3000000],
      ['stats.breakdown.sum', 'error', book.statsTotals[0], 65, 70],
    ];
    // Exactly these, in whatever order the sheet puts them (issues come in reading order).
    expect(issues.map((i) => [i.rule, i.severity, i.cell, i.expected, i.actual])).toEqual(
      expect.arrayContaining(expected),
    );
    expect(issues).toHaveLength(expected.length);
  });

  it('speaks Russian', () => {
    expect(issues[0]!.message).toBe(
      '«Количество участников»: факт 28 ниже плана — план 30. Если факт записан с ошибкой, исправьте его; если верен, объясните отставание в отчёте',
    );
    expect(issues[1]!.message).toBe(
      '«Фото/видео» (1-е значение): факт 6 ниже плана — план 9 (3 на мероприятие × 3 мероприятия). Если факт записан с ошибкой, исправьте его; если верен, объясните отставание в отчёте',
    );
  });
});
