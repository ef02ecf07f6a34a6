import { checkWorkbook } from '../../engine/check';
import { type SectionSpec, buildEstimateGrid } from '../fixtures/estimate-builder';
import { profile } from './check-helpers';

/**
 * An estimate in thousands of tenge ("мың теңге" / "тыс. тенге" above the table), with a part-time
 * accountant at 50 000 a month whose charges meet the floors (ОПВ, СО and ОПВР on 1 МЗП = 85 000).
 * Per month, 2025 rates: director 300 000 → СО 13 500, СН 15 540, ОСМС 9 000, ОПВР 7 500;
 * accountant 50 000 → СО 4 250, СН 205, ОСМС 1 500, ОПВР 2 125. Six months.
 */
const WORDS = {
  kk: {
    title: 'Шығыстар сметасы (мың теңге)',
    admin: 'Әкімшілік шығыстар',
    salary: 'Жалақы, соның ішінде:',
    head: 'Жоба жетекшісі',
    acc: 'Бухгалтер (0,5 ставка)',
    charges: [
      'Әлеуметтік аударымдар',
      'Әлеуметтік салық',
      'Міндетті медициналық сақтандыруға аударымдар',
      'Жұмыс берушінің міндетті зейнетақы жарналары',
    ],
    direct: 'Тікелей шығындар',
    hall: 'Зал жалдау',
    month: 'ай',
    day: 'күн',
  },
  ru: {
    title: 'Смета расходов (в тыс. тенге)',
    admin: 'Административные расходы',
    salary: 'Заработная плата, в том числе:',
    head: 'Руководитель проекта',
    acc: 'Бухгалтер (0,5 ставки)',
    charges: [
      'Социальные отчисления',
      'Социальный налог',
      'Отчисления на ОСМС',
      'Обязательные пенсионные взносы работодателя',
    ],
    direct: 'Прямые расходы',
    hall: 'Аренда зала',
    month: 'месяц',
    day: 'день',
  },
};

function estimate(lang: 'kk' | 'ru', socialContributions = 17.75): SectionSpec[] {
  const w = WORDS[lang];
  const perMonth = [socialContributions, 15.745, 10.5, 9.625];
  return [
    {
      number: '1',
      label: w.admin,
      children: [
        {
          label: w.salary,
          items: [
            { label: w.head, unit: w.month, qty: 6, cost: 300 },
            { label: w.acc, unit: w.month, qty: 6, cost: 50 },
            ...w.charges.map((label, i) => ({ label, unit: w.month, qty: 6, cost: perMonth[i]! })),
          ],
        },
      ],
    },
    { number: '2', label: w.direct, children: [{ label: w.hall, unit: w.day, qty: 10, cost: 500 }] },
  ];
}

const check = (lang: 'kk' | 'ru', sections: SectionSpec[], title = [WORDS[lang].title]) =>
  checkWorkbook(buildEstimateGrid(sections, { lang, title }).workbook, { profile, lang, year: 2025 }).issues;

describe.each(['kk', 'ru'] as const)('an estimate in thousands of tenge (%s)', (lang) => {
  it('meets the payroll floors where they really are: no false payroll error', () => {
    expect(check(lang, estimate(lang))).toEqual([]);
  });

  it('read as tenge, the same figures would break the floors (the unit matters)', () => {
    const rules = check(lang, estimate(lang), ['']).map((i) => i.rule);
    expect(rules).toContain('estimate.payroll.social-contributions');
  });

  it('finds a wrong charge at its cell, in the sheet unit', () => {
    const { workbook, placed } = buildEstimateGrid(estimate(lang, 16), { lang, title: [WORDS[lang].title] });
    const issues = checkWorkbook(workbook, { profile, lang, year: 2025 }).issues;
    const cell = `F${placed.rows.get('s0/0/2')! + 1}`;
    expect(issues.map((i) => [i.cell, i.rule, i.expected, i.actual])).toEqual([
      [cell, 'estimate.payroll.social-contributions', 106.5, 96],
    ]);
  });

  it('states the grant-size bounds in thousands', () => {
    const sections = estimate(lang);
    (sections[1]!.children[0] as { qty: number }).qty = 30; // 15 000 thousand: above 3 000 МРП for 6 months
    const title = [
      WORDS[lang].title,
      lang === 'kk' ? 'Жобаны іске асыру кезеңі: 6 ай' : 'Срок реализации проекта: 6 месяцев',
    ];
    const issues = check(lang, sections, title);
    expect(issues.map((i) => [i.rule, i.expected])).toEqual([['estimate.grant.size', 11_796]]);
    expect(issues[0]!.message).toContain(lang === 'kk' ? '11\u00a0796 мың теңге' : '11\u00a0796 тыс. тенге');
  });
});
