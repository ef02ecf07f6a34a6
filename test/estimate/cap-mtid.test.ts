import { checkWorkbook } from '../../engine/check';
import type { Issue } from '../../engine/model/issue';
import { type SectionSpec, buildEstimateGrid } from '../fixtures/estimate-builder';
import { profile } from './check-helpers';

/**
 * The cap of art. 6-1 p. 5 as grantees meet it: a staff training course and travel to it written
 * as plain lines of the administrative section, a laptop in the material-technical section, and
 * an own contribution that would lift the base if the base were the grand total.
 * Grant funds 8 358 640, counted 890 000 = 10,6 % (9,9 % of the grand total 8 958 640).
 */
const WORDS = {
  kk: {
    admin: 'Әкімшілік шығыстар',
    head: 'Жоба жетекшісі',
    bank: 'Банк қызметі',
    course: 'Қызметкерлердің біліктілігін арттыру курсы',
    travel: 'Оқу орнына дейінгі жол жүру',
    mt: 'Материалдық-техникалық жабдықтау',
    laptop: 'Ноутбук',
    direct: 'Тікелей шығындар, соның ішінде:',
    activity: '1 іс-шара. Жастарға арналған тренинг',
    hall: 'Зал жалдау',
    trainer: 'Тренер қаламақысы',
    u: { month: 'ай', service: 'қызмет', piece: 'дана', day: 'күн' },
  },
  ru: {
    admin: 'Административные расходы',
    head: 'Руководитель проекта',
    bank: 'Услуги банка',
    course: 'Курс повышения квалификации сотрудников',
    travel: 'Проезд до места обучения',
    mt: 'Материально-техническое обеспечение',
    laptop: 'Ноутбук',
    direct: 'Прямые расходы, в том числе:',
    activity: 'Мероприятие 1. Тренинг для молодежи',
    hall: 'Аренда зала',
    trainer: 'Гонорар тренера',
    u: { month: 'месяц', service: 'услуга', piece: 'штука', day: 'день' },
  },
};

function estimate(
  lang: 'kk' | 'ru',
  o: { course?: number; bank?: number; hallDay?: number; laptops?: number } = {},
): SectionSpec[] {
  const w = WORDS[lang];
  return [
    {
      number: '1',
      label: w.admin,
      children: [
        { label: w.head, unit: w.u.month, qty: 6, cost: 600_000 },
        { label: w.bank, unit: w.u.service, qty: 1, cost: o.bank ?? 68_640 },
        { label: w.course, unit: w.u.service, qty: 1, cost: o.course ?? 340_000 },
        { label: w.travel, unit: w.u.service, qty: 1, cost: 60_000 },
      ],
    },
    {
      number: '2',
      label: w.mt,
      children: [{ label: w.laptop, unit: w.u.piece, qty: o.laptops ?? 1, cost: 490_000 }],
    },
    {
      number: '3',
      label: w.direct,
      children: [
        {
          label: w.activity,
          items: [
            { label: w.hall, unit: w.u.day, qty: 10, cost: o.hallDay ?? 250_000 },
            { label: w.trainer, unit: w.u.service, qty: 10, cost: 190_000, own: 600_000 },
          ],
        },
      ],
    },
  ];
}

function check(lang: 'kk' | 'ru', sections: SectionSpec[], title?: string[]) {
  const { workbook, placed } = buildEstimateGrid(sections, { lang, title });
  const issues = checkWorkbook(workbook, { profile, lang }).issues;
  const cell = (key: string, col: keyof typeof placed.col) =>
    `${String.fromCharCode(65 + placed.col[col])}${placed.rows.get(key)! + 1}`;
  return { issues, cell };
}

const brief = (issues: Issue[]) => issues.map((i) => [i.cell, i.rule, i.severity, i.expected, i.actual]);

describe.each(['kk', 'ru'] as const)('estimate.cap.mtid on the grant funds (%s)', (lang) => {
  it('counts training, travel to it and a laptop wherever they sit, against the grant funds', () => {
    const { issues, cell } = check(lang, estimate(lang));
    // The first counted line is the training course (s0/2).
    expect(brief(issues)).toEqual([[cell('s0/2', 'total'), 'estimate.cap.mtid', 'error', 835_864, 890_000]]);
    const m = issues[0]!.message;
    // Moved to other lines: 890 000 − 835 864; cut from the grant: (890 000 − 835 864) / 0,9.
    expect(m).toContain('54\u00a0136');
    expect(m).toContain('60\u00a0152');
    expect(m).toContain(lang === 'kk' ? 'грант қаражатының' : 'средств гранта');
    expect(m).toContain(lang === 'kk' ? 'Заңның 6-1-бабының 5-тармағы' : 'п. 5 ст. 6-1 Закона');
    expect(m).toContain(lang === 'kk' ? 'қысқа мерзімді' : 'краткосрочного');
    // Both shares: of the grant and of the grand total with the own contribution.
    expect(m).toContain('10,6\u00a0%');
    expect(m).toContain('9,9\u00a0%');
    expect(m).toContain(`(3): ${cell('s0/2', 'total')}, ${cell('s0/3', 'total')}, ${cell('s1', 'total')}`);
    expect(m).not.toMatch(/МТЖ|₸/);
  });

  it('gives no error once the course is cut by either amount the message names', () => {
    expect(check(lang, estimate(lang, { course: 340_000 - 54_136, bank: 68_640 + 54_136 })).issues).toEqual(
      [],
    );
    expect(check(lang, estimate(lang, { course: 340_000 - 60_152 })).issues).toEqual([]);
    expect(check(lang, estimate(lang, { course: 340_000 - 60_151 })).issues).toHaveLength(1);
  });

  it('does not cap a long-term grant (at least 10 000 МРП): an info says so', () => {
    const { issues, cell } = check(lang, estimate(lang, { hallDay: 3_400_000, laptops: 10 }));
    expect(brief(issues)).toEqual([
      [cell('s0/2', 'total'), 'estimate.cap.mtid', 'info', expect.any(Number), 5_300_000],
    ]);
  });

  it('takes the type the form states over the one its size gives', () => {
    const title = [lang === 'kk' ? 'Қысқа мерзімді әлеуметтік жоба' : 'Краткосрочный социальный проект'];
    const { issues } = check(lang, estimate(lang, { hallDay: 3_400_000, laptops: 10 }), title);
    expect(issues.map((i) => [i.rule, i.severity])).toEqual([['estimate.cap.mtid', 'error']]);
  });
});
