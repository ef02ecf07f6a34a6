import { SEED_ROWS, type SeedRow, seedLayout } from '../fixtures/seed-estimate';
import { renderIssue } from '../../engine/rules/render-issue';
import { carry, checkSeed, errorsOf, fmt, mutate } from './check-helpers';

const at = seedLayout();
const ADMIN = ['Административные расходы:', 'Итого:'];
const SALARY = ['Жалақы, соның ішінде:', ...ADMIN];

/** A payroll charge line changed together with every total above it: only the payroll rule can see it. */
function chargeChanged(label: string, unitCost: number): SeedRow[] {
  const row = SEED_ROWS.find((r) => r[1] === label)!;
  const oldTotal = Number(row[5].replace(/\s/g, ''));
  const newTotal = unitCost * 5;
  let rows = mutate(label, 4, fmt(unitCost));
  rows = mutate(label, 5, fmt(newTotal), rows);
  rows = mutate(label, 7, fmt(newTotal), rows);
  return carry(rows, SALARY, newTotal - oldTotal);
}

describe('one mistake in the real estimate gives exactly its own error at its cell', () => {
  it('estimate.line.amount: a mistyped line total', async () => {
    const { issues } = await checkSeed({ rows: mutate('Жоба директоры', 5, '90 000') });
    expect(issues).toEqual([
      expect.objectContaining({
        rule: 'estimate.line.amount',
        severity: 'error',
        sheet: 'Смета',
        cell: at.cell('Жоба директоры', 5),
        expected: 900000,
        actual: 90000,
      }),
    ]);
  });

  it('estimate.line.amount: a wrong quantity, fractional quantities read with a comma', async () => {
    const { issues } = await checkSeed({ rows: mutate('Конференц зал', 3, '1,5') });
    expect(issues).toEqual([
      expect.objectContaining({
        rule: 'estimate.line.amount',
        cell: at.cell('Конференц зал', 5),
        expected: 210000,
        actual: 70000,
      }),
    ]);
  });

  it('estimate.line.funding: grant funds that do not make up the line', async () => {
    const { issues } = await checkSeed({ rows: mutate('Есепші', 7, '800 000') });
    expect(issues).toEqual([
      expect.objectContaining({
        rule: 'estimate.line.funding',
        cell: at.cell('Есепші', 7),
        expected: 850000,
        actual: 800000,
      }),
    ]);
  });

  it('estimate.group.sum: a group total that does not add up', async () => {
    const { issues } = await checkSeed({
      rows: mutate(
        '2-іс шара: Грант иегерлеріне арналған 3 оқыту тренингтері (2 күн бойы) мен менторлық қолдау',
        5,
        '715 000',
      ),
    });
    const label =
      '2-іс шара: Грант иегерлеріне арналған 3 оқыту тренингтері (2 күн бойы) мен менторлық қолдау';
    expect(issues).toEqual([
      expect.objectContaining({
        rule: 'estimate.group.sum',
        cell: at.cell(label, 5),
        expected: 751000,
        actual: 715000,
      }),
    ]);
  });

  it('estimate.group.sum: the salary group, in the grant column', async () => {
    const { issues } = await checkSeed({ rows: mutate('Жалақы, соның ішінде:', 7, '3 052 000') });
    expect(issues).toEqual([
      expect.objectContaining({
        rule: 'estimate.group.sum',
        cell: at.cell('Жалақы, соның ішінде:', 7),
        expected: 3052270,
        actual: 3052000,
      }),
    ]);
  });

  it('estimate.group.sum: a section total', async () => {
    const { issues } = await checkSeed({ rows: mutate('Тікелей шығындар, соның ішінде:', 5, '8 450 000') });
    expect(issues).toEqual([
      expect.objectContaining({
        rule: 'estimate.group.sum',
        cell: at.cell('Тікелей шығындар, соның ішінде:', 5),
        expected: 8450230,
        actual: 8450000,
      }),
    ]);
  });

  it('estimate.group.sum and estimate.total.sum: a total left blank is said to be empty, not "0"', async () => {
    const section = 'Тікелей шығындар, соның ішінде:';
    const blank = await checkSeed({ rows: mutate('Итого:', 5, '', mutate(section, 5, '')) });
    const sums = blank.issues.filter(
      (i) => i.rule === 'estimate.group.sum' || i.rule === 'estimate.total.sum',
    );
    expect(sums.map((i) => [i.rule, i.cell, i.actual])).toEqual([
      ['estimate.group.sum', at.cell(section, 5), 0],
      ['estimate.total.sum', at.cell('Итого:', 5), 0],
    ]);
    for (const issue of sums) {
      expect(renderIssue(issue, 'kk')).toContain('бос');
      expect(renderIssue(issue, 'ru')).toMatch(/пуста/);
      expect(renderIssue(issue, 'en')).toContain('is empty');
      expect(renderIssue(issue, 'en')).not.toContain('says 0');
    }
    // A total written as 0 is still quoted as written.
    const zero = await checkSeed({ rows: mutate(section, 5, '0') });
    const written = zero.issues.find((i) => i.rule === 'estimate.group.sum')!;
    expect(renderIssue(written, 'en')).toContain('it says 0');
  });

  it('estimate.total.sum: a grand total that is not the sum of the sections', async () => {
    const { issues } = await checkSeed({ rows: mutate('Итого:', 5, '11 505 500') });
    expect(issues).toEqual([
      expect.objectContaining({
        rule: 'estimate.total.sum',
        cell: at.cell('Итого:', 5),
        expected: 11550500,
        actual: 11505500,
      }),
    ]);
  });

  it('estimate.cap.mtid: material-technical support over 10 % of the grant', async () => {
    const section2 = SEED_ROWS.findIndex((r) => r[1].startsWith('Материалды-техникалық'));
    const laptop: SeedRow = [
      '',
      'Ноутбук',
      'дана',
      '3',
      '500 000',
      '1 500 000',
      '',
      '1 500 000',
      'Жоба командасына',
    ];
    let rows: SeedRow[] = [...SEED_ROWS.slice(0, section2 + 1), laptop, ...SEED_ROWS.slice(section2 + 1)];
    rows = carry(rows, ['Материалды-техникалық жабдықтау:', 'Итого:'], 1_500_000);
    const { issues } = await checkSeed({ rows });
    const layout = seedLayout({ rows });
    expect(issues).toEqual([
      expect.objectContaining({
        rule: 'estimate.cap.mtid',
        cell: layout.cell('Материалды-техникалық жабдықтау:', 5),
        expected: 1305050,
        actual: 1500000,
      }),
    ]);
  });

  it.each([
    ['estimate.payroll.social-contributions', 'Әлеументтік аударымдар', 23000, 119250],
    ['estimate.payroll.social-tax', 'Әлеументтік салық', 30000, 137270],
    ['estimate.payroll.medical', 'Міндетті медициналық сақтандыруға аударымдар', 15000, 79500],
    ['estimate.payroll.pension', 'Жұмыс берушінің міндетті зейнетақы жарналары', 10600, 66250],
  ])('%s: a charge that the salaries and the 2025 rates do not give', async (rule, label, cost, expected) => {
    const rows = chargeChanged(label, cost);
    const { issues } = await checkSeed({ rows });
    expect(issues).toEqual([
      expect.objectContaining({
        rule,
        severity: 'error',
        cell: at.cell(label, 5),
        expected,
        actual: cost * 5,
      }),
    ]);
  });

  it('estimate.payroll.social-tax: a whole charge line retyped, totals above left as they were', async () => {
    let rows = mutate('Әлеументтік салық', 4, '30 000');
    rows = mutate('Әлеументтік салық', 5, '150 000', rows);
    rows = mutate('Әлеументтік салық', 7, '150 000', rows);
    const { issues } = await checkSeed({ rows });
    expect(issues).toEqual([
      expect.objectContaining({
        rule: 'estimate.payroll.social-tax',
        cell: at.cell('Әлеументтік салық', 5),
        expected: 137270,
        actual: 150000,
      }),
    ]);
  });

  it.each([
    ['жеті', 'not a number'],
    ['#REF!', 'Excel error'],
    ['-7', 'negative'],
  ])('estimate.value.invalid: quantity "%s" (%s) is reported, never read as 0', async (text) => {
    const { issues } = await checkSeed({ rows: mutate('Баннер', 3, text) });
    expect(issues).toEqual([
      expect.objectContaining({ rule: 'estimate.value.invalid', cell: at.cell('Баннер', 3), actual: text }),
    ]);
  });

  it('estimate.months.period: more months charged than the project lasts', async () => {
    const title = [['Жобаны іске асыру кезеңі:', '6 ай'], []];
    let rows = mutate('Банк қызметі', 2, 'ай');
    rows = mutate('Банк қызметі', 3, '8', rows);
    rows = mutate('Банк қызметі', 4, '2 250', rows);
    const { issues } = await checkSeed({ rows, title });
    expect(issues).toEqual([
      expect.objectContaining({
        rule: 'estimate.months.period',
        cell: seedLayout({ title }).cell('Банк қызметі', 3),
        expected: 6,
        actual: 8,
      }),
    ]);
  });

  it('form.structure: no grand total row is said, not guessed', async () => {
    const { issues } = await checkSeed({ rows: SEED_ROWS.filter((r) => r[1] !== 'Итого:') });
    expect(errorsOf(issues)).toEqual([]);
    expect(issues).toEqual([expect.objectContaining({ rule: 'form.structure', severity: 'warning' })]);
  });
});

describe('funding columns', () => {
  it('left blank throughout are not a mistake on every line', async () => {
    const rows = SEED_ROWS.map((r) => [...r.slice(0, 6), '', '', r[8]] as SeedRow);
    const { issues } = await checkSeed({ rows });
    expect(issues).toEqual([]);
  });

  it('filled on some lines are checked on every line', async () => {
    const rows = mutate('Баннер', 7, '');
    const { issues } = await checkSeed({ rows });
    expect(issues).toEqual([
      expect.objectContaining({
        rule: 'estimate.line.funding',
        cell: at.cell('Баннер', 7),
        expected: 210000,
        actual: 0,
      }),
    ]);
  });
});

describe('grant size by type (art. 6-1 p. 2, in МРП of the year)', () => {
  const title = [['Жобаны іске асыру кезеңі:', '6 ай'], []];
  it('the seed, a 6-month short-term grant of 11 550 500, is within 500–3 000 МРП of 2025', async () => {
    const { issues } = await checkSeed({ title });
    expect(issues).toEqual([]);
  });

  it('a short-term grant above 3 000 МРП is a warning at the grand total', async () => {
    const { issues } = await checkSeed({ title }, 2024);
    // 3 000 × 3 692 = 11 076 000 < 11 550 500 under the 2024 МРП.
    expect(issues.filter((i) => i.rule === 'estimate.grant.size')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        cell: seedLayout({ title }).cell('Итого:', 7),
        expected: 11076000,
        actual: 11550500,
      }),
    ]);
  });
});
