import { checkWorkbook, readGrant } from '../../engine/check';
import { budgetShares } from '../../engine/portfolio/metrics';
import { type SectionSpec, buildEstimateGrid } from '../fixtures/estimate-builder';
import { profile } from './check-helpers';

/**
 * A trainer paid by the month inside an activity, the social tax on that pay on the next line,
 * no salary group around them; the project's staff in the administrative section, in a salary
 * group or as lines of their own followed by their charges.
 * 2025 rates (DOMAIN.md): on 300 000 a month, СО 5 % × 270 000 = 13 500, social tax
 * 11 % × 264 000 − 13 500 = 15 540, medical 9 000, ОПВР 7 500; on the trainer's 200 000,
 * СО 9 000 and social tax 11 % × 176 000 − 9 000 = 10 360.
 */
const WORDS = {
  kk: {
    admin: 'Әкімшілік шығыстар',
    salaries: 'Жалақы, соның ішінде:',
    head: 'Жоба жетекшісінің жалақысы',
    tax: 'Әлеуметтік салық',
    contributions: 'Әлеуметтік аударымдар',
    medical: 'Міндетті медициналық сақтандыру',
    pension: 'Жұмыс берушінің міндетті зейнетақы жарналары',
    direct: 'Тікелей шығындар',
    activity: '1 іс-шара. Жастарға арналған тренинг',
    hall: 'Зал жалдау',
    trainer: 'Жаттықтырушыға еңбекақы',
    u: { month: 'ай', day: 'күн' },
  },
  ru: {
    admin: 'Административные расходы',
    salaries: 'Заработная плата, в том числе:',
    head: 'Заработная плата руководителя проекта',
    tax: 'Социальный налог',
    contributions: 'Социальные отчисления',
    medical: 'Обязательное медицинское страхование',
    pension: 'Обязательные пенсионные взносы работодателя',
    direct: 'Прямые расходы',
    activity: 'Мероприятие 1. Тренинг для молодежи',
    hall: 'Аренда зала',
    trainer: 'Оплата труда тренера',
    u: { month: 'месяц', day: 'день' },
  },
};

type Staff = 'in a salary group' | 'on lines of their own';

function estimate(lang: 'kk' | 'ru', staff: Staff, trainerTax: number): SectionSpec[] {
  const w = WORDS[lang];
  const monthly = (label: string, qty: number, cost: number) => ({ label, unit: w.u.month, qty, cost });
  const pay = [
    monthly(w.head, 6, 300_000),
    monthly(w.tax, 6, 15_540),
    monthly(w.contributions, 6, 13_500),
    monthly(w.medical, 6, 9_000),
    monthly(w.pension, 6, 7_500),
  ];
  return [
    {
      number: '1',
      label: w.admin,
      children: staff === 'in a salary group' ? [{ label: w.salaries, items: pay }] : pay,
    },
    {
      number: '2',
      label: w.direct,
      children: [
        {
          label: w.activity,
          items: [
            { label: w.hall, unit: w.u.day, qty: 2, cost: 150_000 },
            monthly(w.trainer, 2, 200_000),
            monthly(w.tax, 2, trainerTax),
          ],
        },
      ],
    },
  ];
}

function read(lang: 'kk' | 'ru', staff: Staff, trainerTax: number) {
  const { workbook, placed } = buildEstimateGrid(estimate(lang, staff, trainerTax), { lang });
  const payroll = checkWorkbook(workbook, { profile, year: 2025 }).issues.filter((i) =>
    i.rule.startsWith('estimate.payroll'),
  );
  const est = readGrant(workbook).estimates[0]!;
  const cell = (key: string) => `${String.fromCharCode(65 + placed.col.total)}${placed.rows.get(key)! + 1}`;
  return { payroll, est, cell };
}

describe.each([
  ['kk', 'in a salary group'],
  ['ru', 'in a salary group'],
  ['kk', 'on lines of their own'],
  ['ru', 'on lines of their own'],
] as const)('pay on a line of its own, its charge right after it (%s, staff %s)', (lang, staff) => {
  it('checks the trainer’s social tax against the trainer’s pay, apart from the staff', () => {
    expect(read(lang, staff, 10_360).payroll).toEqual([]);
    const { payroll, cell } = read(lang, staff, 12_000);
    expect(payroll.map((i) => [i.rule, i.cell, i.expected, i.actual])).toEqual([
      ['estimate.payroll.social-tax', cell('s1/0/2'), 20_720, 24_000],
    ]);
  });

  it('counts the trainer’s pay in the payroll share with its tax', () => {
    const { est } = read(lang, staff, 10_360);
    const staffPay = 6 * (300_000 + 15_540 + 13_500 + 9_000 + 7_500);
    const trainerPay = 2 * (200_000 + 10_360);
    const total = staffPay + 300_000 + trainerPay;
    expect(est.lines.filter((l) => l.role === 'salary').map((l) => l.label)).toEqual([
      WORDS[lang].head,
      WORDS[lang].trainer,
    ]);
    expect(budgetShares(est, total).payrollShare).toBeCloseTo((staffPay + trainerPay) / total, 12);
  });
});
