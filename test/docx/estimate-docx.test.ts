import { checkWorkbook } from '../../engine/check';
import { readDocx } from '../../engine/docx/read-docx';
import { analyseWorkbook } from '../../engine/portfolio/analyse-workbook';
import { loadBuiltInProfile } from '../../engine/profiles';
import { carry, mutate } from '../estimate/check-helpers';
import { type Block, docxBytes } from '../fixtures/docx-builder';
import { SEED_ROWS, type SeedRow, seedLayout } from '../fixtures/seed-estimate';
import { applicationKk, chargeChanged, estimateTable } from '../fixtures/word-forms';
import { renderIssue } from '../../engine/rules/render-issue';

const profile = loadBuiltInProfile();
const check = (rows: SeedRow[] = SEED_ROWS, before: Block[] = []) =>
  checkWorkbook(readDocx(docxBytes([...before, ...applicationKk(rows)]), 'application.docx'), {
    profile,
  });

describe('the real estimate of the application, rebuilt as a Word document', () => {
  it('is found in its table and has no problem', () => {
    const result = check();
    expect(result.forms).toEqual([
      { form: 'estimate', sheet: 'Table 2', range: `A1:I${seedLayout().rowOf('Итого:')}` },
    ]);
    expect(result.issues).toEqual([]);
  });

  it("reads block I from the application's numbered label | value table for the portfolio", () => {
    const outcome = analyseWorkbook('application.docx', readDocx(docxBytes(applicationKk()), 'a.docx'), {
      profile,
      lang: 'en',
    });
    expect(outcome.kind === 'grant' && outcome.metrics).toMatchObject({
      grantee: '«Үлгі жастар орталығы» қоғамдық бірлестігі',
      priority: 'Ауыл жастарының бастамаларына қолдау көрсету',
      region: 'Үлгі облысы',
      year: 2025,
    });
  });

  it('header rows repeated inside the table (a document split by pages) are not read as lines', () => {
    const [top, second, ...rows] = estimateTable();
    const split = [top!, second!, ...rows.slice(0, 12), top!, second!, ...rows.slice(12)];
    const { issues, forms } = checkWorkbook(readDocx(docxBytes([{ table: split }]), 'pages.docx'), {
      profile,
    });
    expect(forms).toEqual([expect.objectContaining({ form: 'estimate', sheet: 'Table 1' })]);
    expect(issues).toEqual([]);
  });

  it('takes the project year from block I: under the 2024 rates the payroll is checked as of 2024', () => {
    const in2024 = applicationKk().map((b) =>
      'table' in b
        ? { ...b, table: b.table.map((r) => r.map((c) => (c === '01.06.2025 жыл' ? '01.06.2024 жыл' : c))) }
        : b,
    );
    const { issues } = checkWorkbook(readDocx(docxBytes(in2024), 'a.docx'), { profile });
    expect(issues.length).toBeGreaterThan(0);
    for (const i of issues) {
      expect(i.rule).toMatch(/^estimate\.payroll\./);
      expect(renderIssue(i, 'en')).toContain('2024');
    }
  });
});

const ACTIVITY_2 =
  '2-іс шара: Грант иегерлеріне арналған 3 оқыту тренингтері (2 күн бойы) мен менторлық қолдау';

function laptopOverCap(): SeedRow[] {
  const at = SEED_ROWS.findIndex((r) => r[1].startsWith('Материалды-техникалық'));
  const laptop: SeedRow = ['', 'Ноутбук', 'дана', '3', '500 000', '1 500 000', '', '1 500 000', ''];
  const rows = [...SEED_ROWS.slice(0, at + 1), laptop, ...SEED_ROWS.slice(at + 1)];
  return carry(rows, ['Материалды-техникалық жабдықтау:', 'Итого:'], 1_500_000);
}

function moreMonthsThanThePeriod(): SeedRow[] {
  let rows = mutate('Банк қызметі', 2, 'ай');
  rows = mutate('Банк қызметі', 3, '8', rows);
  return mutate('Банк қызметі', 4, '2 250', rows);
}

/** [rule, rows, the row's label, column (5 total, 7 grant…), expected, actual, paragraphs before] */
const CASES: [string, () => SeedRow[], string, number, number, number | string, Block[]?][] = [
  ['estimate.line.amount', () => mutate('Жоба директоры', 5, '90 000'), 'Жоба директоры', 5, 900000, 90000],
  ['estimate.line.funding', () => mutate('Есепші', 7, '800 000'), 'Есепші', 7, 850000, 800000],
  ['estimate.group.sum', () => mutate(ACTIVITY_2, 5, '715 000'), ACTIVITY_2, 5, 751000, 715000],
  ['estimate.total.sum', () => mutate('Итого:', 5, '11 505 500'), 'Итого:', 5, 11550500, 11505500],
  ['estimate.cap.mtid', laptopOverCap, 'Материалды-техникалық жабдықтау:', 5, 1305050, 1500000],
  [
    'estimate.payroll.social-contributions',
    () => chargeChanged('Әлеументтік аударымдар', 23000),
    'Әлеументтік аударымдар',
    5,
    119250,
    115000,
  ],
  [
    'estimate.payroll.social-tax',
    () => chargeChanged('Әлеументтік салық', 30000),
    'Әлеументтік салық',
    5,
    137270,
    150000,
  ],
  [
    'estimate.payroll.medical',
    () => chargeChanged('Міндетті медициналық сақтандыруға аударымдар', 15000),
    'Міндетті медициналық сақтандыруға аударымдар',
    5,
    79500,
    75000,
  ],
  [
    'estimate.payroll.pension',
    () => chargeChanged('Жұмыс берушінің міндетті зейнетақы жарналары', 10600),
    'Жұмыс берушінің міндетті зейнетақы жарналары',
    5,
    66250,
    53000,
  ],
  ['estimate.value.invalid', () => mutate('Баннер', 3, 'жеті'), 'Баннер', 3, NaN, 'жеті'],
  [
    'estimate.months.period',
    moreMonthsThanThePeriod,
    'Банк қызметі',
    3,
    6,
    8,
    [{ paragraph: 'Жобаны іске асыру кезеңі: 6 ай' }],
  ],
];

const NAMES_THE_ROW = new Set([
  'estimate.line.amount',
  'estimate.line.funding',
  'estimate.group.sum',
  'estimate.months.period',
]);

describe('one mistake per rule in the Word estimate: each at its own cell of "Table N"', () => {
  it.each(CASES)('%s', (rule, rows, label, column, expected, actual, before = []) => {
    const mutated = rows();
    const { issues } = check(mutated, before);
    const sheet = `Table ${2 + before.filter((b) => 'table' in b).length}`;
    expect(issues).toEqual([
      expect.objectContaining({
        rule,
        severity: 'error',
        sheet,
        cell: seedLayout({ rows: mutated }).cell(label, column),
        ...(Number.isNaN(expected) ? {} : { expected }),
        actual,
      }),
    ]);
    // The row's own words are in the message, so a person finds it in Word (payroll messages
    // name the charge instead, group and cap messages the group or section).
    if (NAMES_THE_ROW.has(rule)) expect(renderIssue(issues[0]!, 'en')).toContain(label.trim());
  });
});
