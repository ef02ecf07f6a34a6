import fc from 'fast-check';
import { checkGrant, formsOf, readGrant } from '../../engine/check';
import type { Cell, Grid } from '../../engine/grid/grid';
import { Sheet } from '../../engine/grid/grid';
import { GrantSchema } from '../../engine/model/grant';
import { loadBuiltInProfile } from '../../engine/profiles';
import { readReportForms } from '../../engine/read/report-forms';

const profile = loadBuiltInProfile();

/** Texts from the forms' headers and rows, so random grids reach the readers' branches. */
const WORDS = [
  'Іс-шара (Іс-шараның қысқаша сипаттамасы)',
  'Мероприятие',
  'Өткізу орны',
  'Сандық және сапалық көрсеткіштер (іс-шаралар бойынша)',
  'Количественные и качественные показатели',
  'Жоспарланған индикаторлар',
  'Индикаторлар',
  'жоспар',
  'факт',
  'Фактически',
  'Орындалу мерзімі',
  'Индикатор',
  'Өлшем бірлігі',
  'Нақты деңгейі',
  'Жобаға қатысушылардың саны барлығы',
  'Ерлер',
  'Әйелдер',
  '13-16 жас',
  '17-22 жас',
  '59 жас және одан жоғары',
  'Балалар',
  'Жастар',
  'Жұмыссыздар',
  '1-міндет. Міндет',
  'Задача 2',
  '1. 3 тренинг өткізу',
  'Қатысушылар саны',
  'Іс-шаралар саны',
  'Тікелей бенефициарлардың саны',
  'Гранттың жалпы сомасынан еңбекақы төлеу қоры',
  'Грант сомасы: 1 000 000 тг',
  'кемінде 30',
  '3/1 (әр іс-шара бойынша)',
  '80%',
  'не более 10',
  'Диплом – 7, Сертификат – 175',
  '',
  '-',
  '#DIV/0!',
];

const cellArb: fc.Arbitrary<Cell | null> = fc.oneof(
  fc.constant(null),
  fc.constantFrom(...WORDS).map((value) => ({ value })),
  fc.string({ maxLength: 12 }).map((value) => ({ value })),
  fc.double({ min: -10, max: 1e7, noNaN: true }).map((value) => ({ value })),
  fc.integer({ min: 0, max: 2000 }).map((value) => ({ value })),
  fc.constant({ value: null, error: '#REF!' }),
  fc.constant({ value: null, formula: 'A1+B1' }),
);

const gridArb: fc.Arbitrary<Grid> = fc
  .record({
    cells: fc.array(fc.array(cellArb, { maxLength: 9 }), { maxLength: 30 }),
    merges: fc.array(
      fc
        .tuple(fc.nat(30), fc.nat(9), fc.nat(4), fc.nat(3))
        .map(([top, left, h, w]) => ({ top, left, bottom: top + h, right: left + w })),
      { maxLength: 6 },
    ),
    origin: fc.constantFrom('A1', 'B3', 'C10'),
  })
  .map((g) => ({ name: 'S', ...g }));

describe('plan, impact and statistics readers on random grids', () => {
  it('never throw, and the grant they build is valid', () => {
    fc.assert(
      fc.property(fc.array(gridArb, { minLength: 1, maxLength: 3 }), (sheets) => {
        readReportForms(new Sheet(sheets[0]!));
        const grant = readGrant({ file: 'f.xlsx', sheets, names: [] });
        GrantSchema.parse(grant);
        formsOf(grant);
        checkGrant(grant, { profile });
      }),
      { numRuns: 400 },
    );
  });

  it('read a header with random rows under it', () => {
    const header: (Cell | null)[] = [
      { value: 'Іс-шара' },
      { value: 'Өткізу орны' },
      { value: 'Көрсеткіштер' },
      { value: 'Жоспар' },
      { value: 'Факт' },
    ];
    fc.assert(
      fc.property(fc.array(fc.array(cellArb, { maxLength: 6 }), { maxLength: 25 }), (rows) => {
        const grid: Grid = { name: 'S', origin: 'A1', cells: [header, ...rows], merges: [] };
        const { plan } = readReportForms(new Sheet(grid));
        expect(plan).not.toBeNull();
        checkGrant(readGrant({ file: 'f', sheets: [grid], names: [] }), { profile });
      }),
      { numRuns: 300 },
    );
  });
});
