import ExcelJS from 'exceljs';
import { checkWorkbook } from '../../engine/check';
import { readXlsx } from '../../engine/xlsx/read-xlsx';
import { profile } from './check-helpers';

type Row = (string | number | null)[];

/**
 * An estimate in the Russian official layout as it arrives from applicants: a title block,
 * the table starting in column B, "№ п/п", a row of column numbers, "в том числе:" on a row
 * of its own, section subtotals, numbers typed as text with "тг" and non-breaking spaces.
 */
const ROWS: Row[] = [
  [null, null, null, null, null, null, 'Приложение 7'],
  [null, 'Смета расходов социального проекта'],
  [null, 'Срок реализации проекта:', '01.03.2025 - 31.10.2025'],
  [],
  [
    '№ п/п',
    'Наименование статей расходов',
    'Ед. изм.',
    'Кол-во',
    'Цена, тенге',
    'Сумма, тенге',
    'Собственный вклад',
    'Средства гранта',
    'Обоснование',
  ],
  ['1', '2', '3', '4', '5', '6', '7', '8', '9'],
  ['1', 'Административные расходы', null, null, null, '1 902 880', null, '1 902 880'],
  [null, 'Оплата труда', null, null, null, '1 842 880', null, '1 842 880'],
  [null, 'в том числе:'],
  [null, 'Руководитель проекта', 'месяц', 8, '200\u00a0000 тг', '1\u00a0600\u00a0000 тг', null, '1 600 000'],
  [null, 'Социальные отчисления', 'месяц', 8, '9 000', '72 000', null, '72 000'],
  [null, 'Социальный налог', 'месяц', 8, '10 360', '82 880', null, '82 880'],
  [null, 'ОСМС', 'месяц', 8, '6 000', '48 000', null, '48 000'],
  [null, 'ОПВР', 'месяц', 8, '5 000', '40 000', null, '40 000'],
  [null, 'Услуги банка', 'услуга', 8, '7 500', '60 000', null, '60 000'],
  [null, 'Итого по разделу 1', null, null, null, '1 902 880', null, '1 902 880'],
  [
    '2',
    'Материально-техническое обеспечение и институциональное развитие',
    null,
    null,
    null,
    '150 000',
    null,
    '150 000',
  ],
  [null, 'Повышение квалификации сотрудников', 'человек', 2, '75 000', '150 000', null, '150 000'],
  ['3', 'Прямые расходы', null, null, null, '2 500 000', '100 000', '2 400 000'],
  [null, 'Мероприятие 1. Форум волонтеров', null, null, null, '2 500 000', '100 000', '2 400 000'],
  [],
  [null, 'Аренда зала', 'день', 2, '250 000', '500 000', '100 000', '400 000'],
  [null, 'Кофе-брейк', 'человек', 200, '10 000', '2 000 000', null, '2 000 000'],
  [],
  [null, 'ВСЕГО:', null, null, null, '4 552 880', '100 000', '4 452 880'],
];
const FIRST_ROW = 3;
const FIRST_COL = 2;

async function check(edit: (rows: Row[]) => void = () => undefined) {
  const rows = ROWS.map((r) => [...r]);
  edit(rows);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Лист1');
  rows.forEach((r, i) =>
    r.forEach((v, j) => v !== null && (ws.getCell(FIRST_ROW + i, FIRST_COL + j).value = v)),
  );
  const grid = await readXlsx(Buffer.from(await wb.xlsx.writeBuffer()), 'ru.xlsx');
  return checkWorkbook(grid, { profile });
}

/** Sheet address of a cell given by its label's row in ROWS and its column in the table (0 = №). */
function cellOf(label: string, col: number): string {
  const i = ROWS.findIndex((r) => r[1] === label);
  return `${String.fromCharCode(64 + FIRST_COL + col)}${FIRST_ROW + i}`;
}

function set(rows: Row[], label: string, col: number, value: string | number) {
  rows.find((r) => r[1] === label)![col] = value;
}

describe('an estimate in the Russian official layout', () => {
  it('is found under its title block and read with no issue', async () => {
    const r = await check();
    expect(r.forms).toEqual([{ form: 'estimate', sheet: 'Лист1', range: 'B7:J27' }]);
    expect(r.issues).toEqual([]);
  });

  it('finds the 8-month period and year 2025 above the table', async () => {
    const r = await check((rows) => set(rows, 'Руководитель проекта', 3, 9));
    expect(r.issues.map((i) => [i.rule, i.cell])).toEqual([
      ['estimate.months.period', cellOf('Руководитель проекта', 3)],
      ['estimate.line.amount', cellOf('Руководитель проекта', 5)],
    ]);
  });

  it.each([
    ['a line total', 'Кофе-брейк', 5, '2 000 001', 'estimate.line.amount', 2000000],
    ['a group total', 'Мероприятие 1. Форум волонтеров', 5, '2 600 000', 'estimate.group.sum', 2500000],
    ['a section total', 'Административные расходы', 7, '1 900 000', 'estimate.group.sum', 1902880],
    ['the grand total', 'ВСЕГО:', 5, '4 552 000', 'estimate.total.sum', 4552880],
    ['grant funds', 'Аренда зала', 7, '450 000', 'estimate.line.funding', 400000],
  ])(
    'finds %s typed wrong at its cell, and nothing else',
    async (_what, label, col, text, rule, expected) => {
      const r = await check((rows) => set(rows, label, col, text));
      expect(r.issues).toEqual([expect.objectContaining({ rule, cell: cellOf(label, col), expected })]);
    },
  );

  it('finds a social tax computed at the wrong rate', async () => {
    const r = await check((rows) => {
      set(rows, 'Социальный налог', 4, '8 000');
      set(rows, 'Социальный налог', 5, '64 000');
      set(rows, 'Социальный налог', 7, '64 000');
    });
    expect(r.issues).toEqual([
      expect.objectContaining({
        rule: 'estimate.payroll.social-tax',
        cell: cellOf('Социальный налог', 5),
        expected: 82880,
        actual: 64000,
      }),
    ]);
  });

  it('finds material-technical support and institutional development over 10 %', async () => {
    const r = await check((rows) => {
      set(rows, 'Повышение квалификации сотрудников', 3, 8);
      set(rows, 'Повышение квалификации сотрудников', 5, '600 000');
      set(rows, 'Повышение квалификации сотрудников', 7, '600 000');
      for (const label of ['Материально-техническое обеспечение и институциональное развитие']) {
        set(rows, label, 5, '600 000');
        set(rows, label, 7, '600 000');
      }
      set(rows, 'ВСЕГО:', 5, '5 002 880');
      set(rows, 'ВСЕГО:', 7, '4 902 880');
    });
    expect(r.issues).toEqual([
      expect.objectContaining({
        rule: 'estimate.cap.mtid',
        cell: cellOf('Материально-техническое обеспечение и институциональное развитие', 5),
        // 10 % of the grant funds (4 902 880), not of the grand total with the own contribution (#10).
        expected: 490288,
        actual: 600000,
      }),
    ]);
  });
});

describe('salaries listed as items, with no "в том числе" group', () => {
  const flat = (rows: Row[]) => {
    // "Оплата труда" + "в том числе:" become one item per person whose label says it is pay.
    const i = rows.findIndex((r) => r[1] === 'Оплата труда');
    rows.splice(i, 2);
    const director = rows.find((r) => r[1] === 'Руководитель проекта')!;
    director[1] = 'Заработная плата руководителя проекта';
  };

  it('are found by their wording and the charges checked against them', async () => {
    const r = await check((rows) => {
      flat(rows);
      set(rows, 'Социальный налог', 4, '8 000');
      set(rows, 'Социальный налог', 5, '64 000');
      set(rows, 'Социальный налог', 7, '64 000');
    });
    expect(r.issues.map((i) => [i.rule, i.expected, i.actual])).toEqual([
      ['estimate.payroll.social-tax', 82880, 64000],
    ]);
  });
});

describe('lines numbered beside a numbered heading', () => {
  const HEAD: Row = [
    '№',
    'Наименование',
    'Ед. изм.',
    'Кол-во',
    'Цена',
    'Сумма',
    'Собственный вклад',
    'Средства гранта',
  ];
  const table = (body: Row[]) => (rows: Row[]) => rows.splice(0, rows.length, HEAD, ...body);
  const sums = (issues: { rule: string }[]) =>
    issues.filter((i) => i.rule === 'estimate.group.sum' || i.rule === 'estimate.total.sum');

  // "2 Налоги и отчисления" has no quantity or price, so it reads as a heading; "3" and "4" are its
  // neighbours, not its rows.
  const besides = (grandTotal: string): Row[] => [
    ['1', 'Оплата труда', null, null, null, '2 000 000', null, '2 000 000'],
    ['1.1', 'Руководитель проекта', 'месяц', 5, '200 000', '1 000 000', null, '1 000 000'],
    ['1.2', 'Бухгалтер', 'месяц', 5, '200 000', '1 000 000', null, '1 000 000'],
    ['2', 'Налоги и отчисления', null, null, null, '100 000', null, '100 000'],
    ['3', 'Услуги связи', 'месяц', 5, '20 000', '100 000', null, '100 000'],
    ['4', 'Аренда помещения', 'месяц', 5, '400 000', '2 000 000', null, '2 000 000'],
    [null, 'Итого', null, null, null, grandTotal, null, grandTotal],
  ];

  it('are not summed into the heading: a right grand total gives no sum error', async () => {
    const r = await check(table(besides('4 200 000')));
    expect(sums(r.issues)).toEqual([]);
  });

  it('still count in the grand total', async () => {
    const r = await check(table(besides('4 100 000')));
    expect(sums(r.issues).map((i) => [i.rule, 'expected' in i ? i.expected : null])).toEqual([
      ['estimate.total.sum', 4200000],
      ['estimate.total.sum', 4200000],
    ]);
  });

  it.each([
    ['1', '2'],
    ['1.', '2.'],
  ])('numbered afresh in each section ("%s", "%s" under section "1") stay in it', async (one, two) => {
    const body: Row[] = [
      [one, 'Административные расходы', null, null, null, '1 100 000', null, '1 100 000'],
      [one, 'Руководитель проекта', 'месяц', 5, '200 000', '1 000 000', null, '1 000 000'],
      [two, 'Услуги банка', 'месяц', 5, '20 000', '100 000', null, '100 000'],
      [two, 'Прямые расходы', null, null, null, '500 000', null, '500 000'],
      [one, 'Аренда зала', 'день', 2, '250 000', '500 000', null, '500 000'],
      [null, 'Итого', null, null, null, '1 600 000', null, '1 600 000'],
    ];
    expect(sums((await check(table(body))).issues)).toEqual([]);
    const wrong = body.map((row) => [...row]);
    wrong[0]![5] = '1 000 000';
    const r = await check(table(wrong));
    expect(sums(r.issues).map((i) => i.rule)).toEqual(['estimate.group.sum']);
  });
});
