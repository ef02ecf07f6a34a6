import fc from 'fast-check';
import { checkWorkbook, readGrant } from '../../engine/check';
import { a1 } from '../../engine/grid/address';
import type { Cell, WorkbookGrid } from '../../engine/grid/grid';
import { parseNumberText } from '../../engine/read/number';
import {
  type GroupSpec,
  type ItemSpec,
  type SectionSpec,
  buildEstimateGrid,
  charges2025,
  isGroup,
} from '../fixtures/estimate-builder';
import { profile } from './check-helpers';

const WORDS = {
  kk: {
    admin: 'Әкімшілік шығыстар',
    mt: 'Материалдық-техникалық қамтамасыз ету',
    direct: 'Тікелей шығындар',
    salary: 'Жалақы, соның ішінде:',
    incl: 'Шығын материалдары, соның ішінде:',
    act: (n: number) => `${n} іс-шара. Оқыту семинары`,
    month: 'ай',
    units: ['қызмет', 'дана', 'адам', 'күн'],
    items: [
      'Банк қызметі',
      'Пошта қызметі',
      'Кеңсе тауарлары',
      'Тренер қаламақысы',
      'Баннер',
      'Көлік жалдау',
      'Залды жалға алу',
    ],
    staff: ['Жоба жетекшісі', 'Үйлестіруші', 'Бухгалтер', 'Маман'],
  },
  ru: {
    admin: 'Административные расходы',
    mt: 'Материально-техническое обеспечение',
    direct: 'Прямые расходы',
    salary: 'Заработная плата, в том числе:',
    incl: 'Расходные материалы, в том числе:',
    act: (n: number) => `Мероприятие ${n}. Обучающий семинар`,
    month: 'месяц',
    units: ['услуга', 'штука', 'человек', 'день'],
    items: [
      'Услуги банка',
      'Почтовые услуги',
      'Канцелярские товары',
      'Гонорар тренера',
      'Баннер',
      'Аренда транспорта',
      'Аренда зала',
    ],
    staff: ['Руководитель проекта', 'Координатор', 'Бухгалтер', 'Специалист'],
  },
};

const item = (lang: 'kk' | 'ru', maxCost: number) =>
  fc.record({
    label: fc.constantFrom(...WORDS[lang].items),
    unit: fc.constantFrom(...WORDS[lang].units),
    qty: fc.constantFrom(1, 2, 3, 5, 7, 10, 14, 0.5),
    cost: fc.integer({ min: 1, max: maxCost }).map((c) => c * 100),
  }) as fc.Arbitrary<ItemSpec>;

const estimate = fc.constantFrom('kk' as const, 'ru' as const).chain((lang) =>
  fc
    .record({
      months: fc.integer({ min: 1, max: 12 }),
      salaries: fc.array(
        fc.integer({ min: 100, max: 500 }).map((k) => k * 1000),
        { minLength: 1, maxLength: 4 },
      ),
      adminItems: fc.array(item(lang, 500), { maxLength: 3 }),
      incl: fc.array(item(lang, 300), { minLength: 1, maxLength: 3 }),
      withIncl: fc.boolean(),
      mt: fc.array(item(lang, 20), { maxLength: 2 }),
      activities: fc.array(fc.array(item(lang, 5000), { minLength: 1, maxLength: 3 }), {
        minLength: 1,
        maxLength: 3,
      }),
      textNumbers: fc.boolean(),
      top: fc.integer({ min: 0, max: 4 }),
      left: fc.integer({ min: 0, max: 3 }),
      blankAfter: fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 3 }),
    })
    .map((r) => {
      const w = WORDS[lang];
      const staff: ItemSpec[] = r.salaries.map((s, i) => ({
        label: w.staff[i]!,
        unit: w.month,
        qty: r.months,
        cost: s,
      }));
      const salaryGroup: GroupSpec = {
        label: w.salary,
        items: [...staff, ...charges2025(r.salaries, r.months, lang)],
      };
      const admin: SectionSpec = {
        number: '1',
        label: w.admin,
        children: [salaryGroup, ...r.adminItems, ...(r.withIncl ? [{ label: w.incl, items: r.incl }] : [])],
      };
      const mt: SectionSpec = { number: '2', label: w.mt, children: r.mt };
      const direct: SectionSpec = {
        number: '3',
        label: w.direct,
        children: r.activities.map((items, i) => ({ label: w.act(i + 1), items })),
      };
      return {
        lang,
        sections: [admin, mt, direct],
        options: { lang, textNumbers: r.textNumbers, top: r.top, left: r.left, blankAfter: r.blankAfter },
      };
    }),
);

function check(workbook: WorkbookGrid) {
  return checkWorkbook(workbook, { profile, year: 2025 }).issues.filter((i) => i.severity !== 'info');
}

function setCell(workbook: WorkbookGrid, row: number, col: number, cell: Cell) {
  const cells = workbook.sheets[0]!.cells;
  cells[row]![col] = cell;
}

function numberAt(workbook: WorkbookGrid, row: number, col: number): number {
  const v = workbook.sheets[0]!.cells[row]![col]!.value;
  if (typeof v === 'number') return v;
  const p = parseNumberText(String(v));
  if (p.kind !== 'number') throw new Error(`not a number at ${a1(row, col)}`);
  return p.value;
}

describe('random well-formed estimates', () => {
  it('give no issues', () => {
    fc.assert(
      fc.property(estimate, ({ sections, options }) => {
        const { workbook } = buildEstimateGrid(sections, options);
        expect(check(workbook)).toEqual([]);
        // The payroll rules did run: a wrong charge would have been seen.
        const grant = readGrant(workbook);
        expect(grant.estimates[0]!.lines.filter((l) => l.role === 'salary')).toHaveLength(
          sections[0]!.children.length > 0 ? (sections[0]!.children[0] as GroupSpec).items.length - 4 : 0,
        );
      }),
      { numRuns: 150 },
    );
  });

  it('with one perturbed figure give exactly that error at that cell', () => {
    const target = fc.constantFrom('item-total', 'item-grant', 'group-total', 'section-total', 'grand-total');
    fc.assert(
      fc.property(estimate, target, fc.integer({ min: 1, max: 99 }), ({ sections, options }, kind, k) => {
        const { workbook, placed } = buildEstimateGrid(sections, options);
        const direct = sections[2]!;
        const act = direct.children[0] as GroupSpec;
        let key: string;
        let col: number;
        let rule: string;
        if (kind === 'item-total' || kind === 'item-grant') {
          key = `s2/0/${act.items.length - 1}`;
          col = kind === 'item-total' ? placed.col.total : placed.col.grant;
          rule = kind === 'item-total' ? 'estimate.line.amount' : 'estimate.line.funding';
        } else if (kind === 'group-total') {
          key = 's2/0';
          col = placed.col.total;
          rule = 'estimate.group.sum';
        } else if (kind === 'section-total') {
          key = 's0';
          col = placed.col.total;
          rule = 'estimate.group.sum';
        } else {
          key = 'total';
          col = placed.col.total;
          rule = 'estimate.total.sum';
        }
        const row = placed.rows.get(key)!;
        const before = numberAt(workbook, row, col);
        setCell(workbook, row, col, { value: before + k * 1000 });
        const issues = check(workbook);
        expect(issues).toHaveLength(1);
        expect(issues[0]).toMatchObject({ rule, cell: a1(row, col), actual: before + k * 1000 });
        expect(isGroup(act)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

describe('robustness', () => {
  const cell = fc.oneof(
    fc.constant(null),
    fc.record({ value: fc.oneof(fc.string(), fc.double(), fc.integer(), fc.boolean(), fc.constant(null)) }),
    fc.record({ value: fc.constant(null), error: fc.constantFrom('#REF!', '#DIV/0!', '#N/A') }),
    fc.record({
      value: fc.constantFrom(
        'Итого',
        'Барлығы',
        'в том числе',
        'Жалақы, соның ішінде',
        'Саны',
        'Құны',
        'Барлығы, теңге',
        'Шығыстардың баптары',
        '1 іс-шара',
        'Әлеуметтік салық',
        'ай',
        '1 000 тг',
      ),
    }),
  );
  it('random grids never throw', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 30 }), (cells) => {
        const workbook: WorkbookGrid = {
          file: 'random.xlsx',
          sheets: [{ name: 'S', origin: 'A1', cells, merges: [] }],
          names: [],
        };
        expect(() => checkWorkbook(workbook, { profile })).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('random strings never throw the number reader and never become a silent number', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const p = parseNumberText(s);
        if (p.kind === 'number') expect(Number.isFinite(p.value)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
