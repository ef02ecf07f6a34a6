import { Sheet } from '../../engine/grid/grid';
import { findEstimateHeader } from '../../engine/read/estimate/header';

const sheetOf = (
  rows: string[][],
  merges: { top: number; left: number; bottom: number; right: number }[] = [],
) =>
  new Sheet({
    name: 'S',
    origin: 'A1',
    cells: rows.map((r) => r.map((v) => (v ? { value: v } : null))),
    merges,
  });

describe('the estimate header is found however the form words it', () => {
  it.each([
    [
      'Kazakh, official',
      [
        '№',
        'Шығыстардың баптары',
        'Өлшем бірлігі',
        'Саны',
        'Құны, теңге',
        'Барлығы, теңге',
        'Өтініш беруші (жеке салым)',
        'Грант қаражаты',
        'Негіздеме',
      ],
    ],
    [
      'Kazakh, other words',
      [
        'Р/с',
        'Шығыстар баптарының атауы',
        'Өлшем бірлігі',
        'Саны',
        'Бірлік құны',
        'Жалпы сомасы',
        'Өз қаражаты',
        'Грант есебінен',
        'Түсініктеме',
      ],
    ],
    [
      'Russian, official',
      [
        '№',
        'Статьи расходов',
        'Единица измерения',
        'Количество',
        'Стоимость, тенге',
        'Всего, тенге',
        'Собственный вклад заявителя',
        'Средства гранта',
        'Обоснование / комментарий',
      ],
    ],
    [
      'Russian, other words',
      [
        '№ п/п',
        'Наименование статей расходов',
        'Ед. изм.',
        'Кол-во',
        'Цена за единицу',
        'Общая стоимость',
        'Софинансирование',
        'Сумма гранта',
        'Комментарий',
      ],
    ],
    [
      'English',
      [
        'No.',
        'Expense item',
        'Unit',
        'Quantity',
        'Unit cost',
        'Total',
        'Own contribution',
        'Grant funds',
        'Justification',
      ],
    ],
  ])('%s', (_name, header) => {
    const h = findEstimateHeader(sheetOf([['Смета'], [], header]));
    expect(h).toMatchObject({
      top: 2,
      bottom: 2,
      columns: { number: 0, label: 1, unit: 2, qty: 3, unitCost: 4, total: 5, own: 6, grant: 7, note: 8 },
    });
  });

  it('two header rows with "sources of funding" merged over own contribution and grant funds', () => {
    const h = findEstimateHeader(
      sheetOf(
        [
          [
            '№',
            'Шығыстардың баптары',
            'Өлшем бірлігі',
            'Саны',
            'Құны, тенга',
            'Балығы, теңге',
            'Қаржыландыру көздері',
            '',
            'Негіздеме',
          ],
          ['', '', '', '', '', '', 'Өтініш беруші (жеке салым)', 'Грант қаражаты', ''],
          ['1', '2', '3', '4', '5', '6', '7', '8', '9'],
        ],
        [{ top: 0, left: 6, bottom: 0, right: 7 }],
      ),
    );
    expect(h).toMatchObject({ top: 0, bottom: 2, columns: { total: 5, own: 6, grant: 7 } });
  });

  it('a row whose item and total headers are merged down from the row above is a header', () => {
    // Row 0 names no quantity or cost; row 1 does, and shows "Статьи" and "Сумма" through the merges.
    const h = findEstimateHeader(
      sheetOf(
        [
          ['Статьи расходов', 'Сумма, тенге', 'Расчёт'],
          ['', '', 'Количество', 'Цена'],
        ],
        [
          { top: 0, left: 0, bottom: 1, right: 0 },
          { top: 0, left: 1, bottom: 1, right: 1 },
        ],
      ),
    );
    expect(h).toMatchObject({ top: 1, columns: { label: 0, total: 1, qty: 2, unitCost: 3 } });
  });

  it('is not found where there is no estimate', () => {
    expect(
      findEstimateHeader(sheetOf([['Іс-шара', 'Өткізілетін орны', 'Көрсеткіштер', 'Жоспар']])),
    ).toBeNull();
  });
});
