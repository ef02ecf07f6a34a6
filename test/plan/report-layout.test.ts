import ExcelJS from 'exceljs';
import { checkWorkbook, readGrant } from '../../engine/check';
import { loadBuiltInProfile } from '../../engine/profiles';
import { readXlsx } from '../../engine/xlsx/read-xlsx';
import { KK_HEADER } from '../fixtures/annex3-plan';
import { PlanWorkbook } from '../fixtures/plan-workbook';

/**
 * The final report's own layout (annex7 in ../shared/forms): a task column merged down over its
 * activities, a participants column and result columns the checks do not use, and "Индикаторлар"
 * merged over "жоспар | факт". Texts shortened from the document; no names.
 */
async function debateLayout(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Есеп');
  const header = [
    'Міндет',
    'Міндет шеңберіндегі іс-шаралар',
    'Өткізілу күні',
    'Өткізілу орны',
    'Қатысушылардың саны',
    '(Іс-шараларға) қол жеткізілген қысқа мерзімді нәтижелер',
    'Сандық және сапалық көрсеткіштер',
    'Индикаторлар',
    '',
    'Ұзақ мерзімді келешектегі нәтижелері/әсері (міндеттерге)',
  ];
  header.forEach((v, i) => v && (ws.getCell(1, i + 1).value = v));
  ws.getCell('H2').value = 'жоспар';
  ws.getCell('I2').value = 'факт';
  ws.mergeCells('H1:I1');
  for (const c of 'ABCDEFGJ') ws.mergeCells(`${c}1:${c}2`);
  const rows: [string, string, string | number, string | number | null][] = [
    ['3', 'Жұмыс жоспары', '1 жоспар', '1 жоспар'],
    ['4', 'Мессенджерлерде байланыс тетігін дайындау', '2 байланыс тетігі', '2 байланыс тетігі'],
    ['5', 'Пікірсайысшылар саны', 'Кемінде 500', 480],
    ['6', 'Консультативтік кеңес беру журналы', 1, 1],
    ['7', 'Турнир ережесі', 1, 1],
    ['8', 'Қатысушы оқушыларды тіркеу', 175, null],
  ];
  for (const [r, label, plan, fact] of rows) {
    ws.getCell(`G${r}`).value = label;
    ws.getCell(`H${r}`).value = plan;
    if (fact !== null) ws.getCell(`I${r}`).value = fact;
  }
  ws.getCell('A3').value = 'Облыстың пікірсайыс орталығының жұмысын ұйымдастыру';
  ws.mergeCells('A3:A6');
  ws.getCell('B3').value = '«Мыңқыстау» пікірсайыс академиясын ашу және оның жұмысын ұйымдастыру';
  ws.mergeCells('B3:B5');
  ws.getCell('C3').value = 'сәуір-қараша';
  ws.mergeCells('C3:C5');
  ws.getCell('E3').value = 35;
  ws.getCell('F3').value = '1 фронт-офис ашылды';
  ws.getCell('B6').value = 'Пікірсайысқа қызығушылық танытушыларға консультативтік кеңес беру';
  ws.getCell('A7').value = 'Оқушылар арасындағы пікірсайыс турнирінің Премьер лигасын ұйымдастыру';
  ws.mergeCells('A7:A8');
  ws.getCell('B7').value = 'Облыстық лига өткізу және жеңімпаздарды марапаттау';
  ws.mergeCells('B7:B8');
  ws.getCell('D7').value = 'Колледж ғимараты';
  ws.mergeCells('D7:D8');
  ws.getCell('E7').value = 175;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('the final report layout: task column, participants column, plan | fact under one header', () => {
  it('reads tasks and activities from merged cells and flags the gaps', async () => {
    const wb = await readXlsx(await debateLayout(), 'debate.xlsx');
    const plan = readGrant(wb).plans[0]!;
    expect(plan.columns).toMatchObject({
      task: 0,
      activity: 1,
      period: 2,
      place: 3,
      measure: 6,
      plan: 7,
      fact: 8,
    });
    expect(plan.range).toBe('A1:I8');
    expect(plan.tasks.map((t) => t.activities.map((a) => a.measures.length))).toEqual([[3, 1], [2]]);
    expect(plan.tasks[1]!.activities[0]!.place).toBe('Колледж ғимараты');
    const issues = checkWorkbook(wb, { profile: loadBuiltInProfile() }).issues;
    expect(issues.map((i) => [i.rule, i.cell, i.expected, i.actual])).toEqual([
      ['plan.fact.below', 'I5', 500, 480],
      ['plan.fact.missing', 'I8', '175', undefined],
    ]);
  });
});

describe('a header that names the planned values only "Индикаторы"', () => {
  it('takes the bare indicators column right of the measures as the plan', async () => {
    const book = new PlanWorkbook().addSheet({
      name: 'План',
      plan: {
        header: {
          activity: 'Мероприятие',
          place: 'Место',
          measure: 'Показатели',
          plan: 'Индикаторы',
          period: 'Сроки',
          fact: 'Факт',
        },
        blocks: [
          {
            title: 'Задача 1. Вовлечь молодежь',
            activities: [
              {
                title: '1. Форум молодежи',
                place: 'г. Актау',
                period: 'Май',
                measures: [{ label: 'Количество участников', plan: '200', fact: 150 }],
              },
            ],
          },
        ],
      },
    });
    const wb = await readXlsx(await book.xlsx(), 'ru.xlsx');
    const issues = checkWorkbook(wb, { profile: loadBuiltInProfile() }).issues;
    expect(issues.map((i) => [i.rule, i.cell, i.expected, i.actual])).toEqual([
      ['plan.fact.below', book.measure('1. Форум', 'Количество участников').factCell, 200, 150],
    ]);
  });
});

describe('a Word cell pasted whole: several measures in one cell, one per line', () => {
  it('splits lines that pair up, keeps a wrapped label whole, and reads fractions of a share', async () => {
    const book = new PlanWorkbook().addSheet({
      name: 'Жоспар',
      plan: {
        header: { ...KK_HEADER, fact: 'Нақты деңгейі' },
        blocks: [
          {
            title: '1 міндет. Байқау',
            activities: [
              {
                title: '1. Байқау өткізу',
                place: 'Ақтау',
                period: 'Маусым',
                measures: [
                  { label: 'Байқау туралы жарияланым\nҚатысушылар саны', plan: '1\n50', fact: '1\n45' },
                  {
                    label: 'Байқау нәтижелері бойынша әлеуметтік\nжелідегі жарияланым саны',
                    plan: '1',
                    fact: 1,
                  },
                  { label: 'Қанағаттанған қатысушылар үлесі', plan: 'кемінде 80%', fact: '0,85' },
                ],
              },
            ],
          },
        ],
      },
    });
    const wb = await readXlsx(await book.xlsx(), 'x.xlsx');
    const measures = readGrant(wb).plans[0]!.tasks[0]!.activities[0]!.measures;
    expect(measures.map((m) => [m.label, m.plan.values, m.fact?.values])).toEqual([
      ['Байқау туралы жарияланым', [1], [1]],
      ['Қатысушылар саны', [50], [45]],
      ['Байқау нәтижелері бойынша әлеуметтік\nжелідегі жарияланым саны', [1], [1]],
      ['Қанағаттанған қатысушылар үлесі', [80], [0.85]],
    ]);
    const issues = checkWorkbook(wb, { profile: loadBuiltInProfile() }).issues;
    const cell = book.measure('1. Байқау', 'Байқау туралы жарияланым\nҚатысушылар саны').factCell;
    expect(issues.map((i) => [i.rule, i.cell, i.expected, i.actual])).toEqual([
      ['plan.fact.below', cell, 50, 45],
    ]);
  });
});
