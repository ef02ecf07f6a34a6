import { STRINGS, type Strings } from '../../addin/i18n/strings';
import { CLI_WORDS } from '../../cli/words';
import { commandHelp, COMMANDS, generalHelp } from '../../cli/help';
import type { Lang } from '../../engine/model/issue';
import { REPORT_WORDS } from '../../engine/portfolio/labels';
import { methodRows } from '../../engine/portfolio/method';
import { UNREADABLE_REASONS } from '../../engine/rules/plan/reasons';
import { RULES } from '../../engine/rules/registry';

/**
 * Every word a user sees exists in Kazakh, Russian and English: the add-in's strings, the CLI's
 * lines and help, the portfolio report's words, and every rule's messages rendered in all three.
 * A Kazakh or Russian text may hold Latin only for names that stay Latin (Excel, Esep, IQR…).
 */

const LANGS: Lang[] = ['kk', 'ru', 'en'];

/** Latin words a Kazakh or Russian text may carry. */
const LATIN_OK = new Set(
  [
    'esep',
    // An environment variable's name.
    'esep_threads',
    'explain',
    'kz-ngo-grants',
    'ref',
    'excel',
    'api',
    'microsoft',
    'xlsx',
    'json',
    'csv',
    'iqr',
    'q1',
    'q3',
    'kk',
    'ru',
    'en',
    'lang',
    'help',
    'version',
    'json',
    'verbose',
    'debug',
    'follow-links',
    'year',
    'yyyy',
    'profile',
    'name',
    'path',
    'out',
    'dir',
    'file',
    'files',
    'report',
    'text',
    'command',
    'options',
    'check',
    'portfolio',
    'indicator',
    'templates',
    // Word documents: the command, the program and the formats named in every language.
    'import',
    'word',
    'docx',
    'doc',
    'xls',
    'odt',
    'rtf',
    'pdf',
    'opendocument',
    'kz',
    'ngo',
    'grants',
    'zip',
    'h',
    'o',
    'v',
    'comparator',
    'values',
    'labels',
    'percent',
    'perevent',
    'note',
    'esep-ке',
    'excel-де',
    'excel-дің',
    'excel-сіз',
    // Key names as printed on the keyboard (the preview grid's keyboard help).
    'home',
    'end',
    'page',
    'up',
    'down',
    'enter',
    'escape',
  ].map((w) => w.toLowerCase()),
);

function latinWords(text: string): string[] {
  return (
    (text.match(/[A-Za-z][A-Za-z0-9_-]*/g) ?? [])
      .map((w) => w.replace(/-+$/, ''))
      // A1 cell addresses ("F12") name cells, not words.
      .filter((w) => !LATIN_OK.has(w.toLowerCase()) && !/^(?:[A-Z]|[IVX]+|[A-Z]{1,3}\d+)$/.test(w))
  );
}

function expectSpoken(text: string, lang: Lang, where: string): void {
  expect({ where, text: text.trim().length > 0 }).toEqual({ where, text: true });
  expect({ where, broken: /undefined|NaN|\[object|\$\{/.test(text) }).toEqual({ where, broken: false });
  if (lang !== 'en') expect({ where, latin: latinWords(text) }).toEqual({ where, latin: [] });
}

/** Calls every function of a string table with sample arguments, so its text can be read. */
function render(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    // Numbers, and a file name where a fourth argument is one (a flag takes it as true).
    const args = Array.from({ length: value.length }, (_, i) => (i === 3 ? 'есеп.xlsx' : i + 2));
    return render((value as (...a: unknown[]) => unknown)(...args));
  }
  if (Array.isArray(value)) return value.flatMap(render);
  if (value && typeof value === 'object') return Object.values(value).flatMap(render);
  return [];
}

function walk(tables: Record<Lang, object>, name: string): void {
  const keys = (o: object) => Object.keys(o).sort();
  for (const lang of LANGS) {
    expect(keys(tables[lang])).toEqual(keys(tables.en));
    for (const [key, value] of Object.entries(tables[lang]))
      for (const text of render(value)) expectSpoken(text, lang, `${name}.${lang}.${key}`);
  }
}

describe('string tables', () => {
  it("the add-in's strings", () => walk(STRINGS as Record<Lang, Strings>, 'addin'));
  it("the CLI's lines", () => walk(CLI_WORDS, 'cli'));
  it("the portfolio report's words", () => walk(REPORT_WORDS, 'report'));
  it('the reasons a value is unreadable', () => {
    for (const [code, text] of Object.entries(UNREADABLE_REASONS))
      for (const lang of LANGS) expectSpoken(text[lang], lang, `reason.${code}.${lang}`);
  });
  it('the Method sheet', () => {
    for (const lang of LANGS)
      for (const [c, h] of methodRows(lang)) expectSpoken(`${c} ${h}`, lang, `method.${lang}`);
  });
  it("the CLI's help, general and per command", () => {
    for (const lang of LANGS) {
      expectSpoken(generalHelp(lang), lang, `help.${lang}`);
      for (const c of COMMANDS) expectSpoken(commandHelp(c, lang), lang, `help.${c}.${lang}`);
    }
  });
});

const gap = (over: object = {}) => ({
  label: null,
  index: 0,
  count: 1,
  expected: 30,
  actual: 28,
  percent: false,
  comparator: 'atLeast',
  scale: 1,
  ...over,
});

/** Parameters for every rule, one set per wording it has (each variant of its message). */
const SAMPLES: Record<string, Record<string, unknown>[]> = {
  'form.structure': ['no-total-row', 'unknown-section', 'no-sections', 'charges-without-salaries'].map(
    (problem) => ({ problem, detail: 'Басқа шығыстар' }),
  ),
  'estimate.value.invalid': ['error-value', 'not-a-number', 'negative', 'uncalculated'].map((reason) => ({
    reason,
    actual: '#REF!',
  })),
  'estimate.line.amount': [
    { label: 'Жоба директоры', qty: 5, unitCost: 180000, expected: 900000, actual: 90000 },
  ],
  'estimate.line.funding': [
    { label: 'Жоба директоры', own: 0, total: 900000, expected: 900000, actual: 90000 },
  ],
  'estimate.group.sum': ['total', 'own', 'grant'].map((column) => ({
    label: 'Жалақы',
    column,
    expected: 3052270,
    actual: 3000000,
  })),
  'estimate.total.sum': ['total', 'own', 'grant'].map((column) => ({
    column,
    expected: 11550500,
    actual: 1,
  })),
  'estimate.cap.mtid': [false, true].flatMap((long) =>
    [1, 1000].map((scale) => ({
      share: 0.106,
      cap: 0.1,
      base: 8358640,
      ofGrant: true,
      shareOfTotal: 0.099,
      type: 'short',
      cut: 54136,
      cutShrink: 60152,
      cells: ['F12', 'F13'],
      scale,
      long,
      expected: 835864,
      actual: 890000,
    })),
  ),
  ...Object.fromEntries(
    ['social-tax', 'social-contributions', 'medical', 'pension'].map((k) => [
      `estimate.payroll.${k}`,
      [
        {
          year: 2025,
          salaries: 2650000,
          unconfirmed: false,
          assumedYear: false,
          months: 6,
          expected: 27454,
          actual: 27000,
        },
        {
          year: 2026,
          salaries: 2650000,
          unconfirmed: true,
          assumedYear: true,
          expected: 27454,
          actual: 27000,
        },
      ],
    ]),
  ),
  'estimate.payroll.year': [{ year: 2019 }],
  'estimate.months.period': [{ label: 'Жоба директоры', expected: 5, actual: 6 }],
  'estimate.grant.size': [
    { type: 'short', months: 6, over: false, diff: 1965000, scale: 1, expected: 1966000, actual: 1000 },
    { type: 'long', months: 36, over: false, diff: 39319, scale: 1000, expected: 39320, actual: 1 },
    { type: 'short', months: 6, over: true, diff: 474500, scale: 1, expected: 11076000, actual: 11550500 },
  ],
  'plan.period.reversed': [
    {
      title: '6. Қауымдастық құру',
      period: 'Қазан-қыркүйек',
      why: 'reversed',
      project: '',
      actual: 'Қазан-қыркүйек',
    },
    {
      title: '1. Тренинг',
      period: 'Желтоқсан',
      why: 'outside',
      project: '2025 жылғы маусым-қараша',
      actual: 'Желтоқсан',
    },
  ],
  'plan.fact.copied': [{ label: 'Қатысушылар', expected: 'кемінде 20', actual: 'кемінде 20' }],
  'plan.deviation.unexplained': [
    { label: 'Қатысушылар', deviation: 0.15, threshold: 0.1, expected: 100, actual: 85 },
  ],
  'plan.measure.duplicate': [{ label: 'Қатысушылар', first: '100', firstCell: 'D5', actual: '150' }],
  'impact.indicator.duplicate': [{ indicator: 'Тікелей бенефициарлар', firstCell: 'A4' }],
  'team.specialists.mismatch': [{ staff: 3, specialists: 1, expected: 1, actual: 6 }],
  'plan.value.unreadable': [
    { label: 'Қатысушылар саны', empty: true, reason: 'empty', actual: '' },
    ...Object.keys(UNREADABLE_REASONS).map((reason) => ({
      label: 'Қатысушылар саны',
      empty: false,
      reason,
      actual: '2025-03-01',
    })),
  ],
  'plan.fact.below': [
    { label: 'Қатысушылар', gap: gap(), expected: 30, actual: 28 },
    { label: 'Фото/видео', gap: gap({ count: 2, index: 1, scale: 3, expected: 9 }), expected: 9, actual: 6 },
    { label: 'Шығын', gap: gap({ comparator: 'atMost', percent: true }), expected: 80, actual: 85 },
  ],
  'plan.fact.missing': [{ label: 'Қатысушылар', expected: 'кемінде 30' }],
  'plan.fact.unreadable': ['unreadable', 'incomparable'].map((why) => ({
    label: 'Қатысушылар',
    why,
    expected: '80 %',
    actual: 'көп',
  })),
  'impact.fact.below': [
    { indicator: 'Тікелей бенефициарлар', gap: gap(), expected: 1030, actual: 1000 },
    {
      indicator: 'Тікелей бенефициарлар',
      gap: gap({ comparator: 'atMost', label: 'фото', count: 2 }),
      expected: 3,
      actual: 4,
    },
  ],
  'impact.fact.missing': [{ indicator: 'Тікелей бенефициарлар', expected: '1030' }],
  'impact.beneficiaries.mismatch': [
    { bound: 'max', label: 'Оқушылар', measures: 3, expected: 1000, actual: 30 },
    { bound: 'sum', label: '', measures: 7, expected: 2225, actual: 3000 },
  ],
  'impact.payroll.whole-grant': [{ expected: 10125000, actual: 10125000 }],
  'impact.staff.mismatch': [1, 2, 5, 21].map((n) => ({ expected: n, actual: n + 1 })),
  'stats.breakdown.sum': ['gender', 'age', 'category'].map((kind) => ({ kind, expected: 640, actual: 647 })),
};

describe("every rule's messages", () => {
  it('says what every rule checks, in each language (help.html and the README list them)', () => {
    for (const rule of RULES)
      for (const lang of LANGS) expectSpoken(rule.summary[lang], lang, `summary.${rule.id}.${lang}`);
  });

  it('has samples for every rule in the registry', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s speaks kk, ru and en', (id, rule) => {
    for (const params of SAMPLES[id] ?? []) {
      const texts = LANGS.map((lang) => rule.message(lang, params));
      texts.forEach((t, i) => expectSpoken(t, LANGS[i]!, `${id} ${JSON.stringify(params)}`));
      // Three languages, three texts: none left untranslated.
      expect(new Set(texts).size).toBe(3);
    }
  });

  it('gives no internal reason code in a plan message', () => {
    const rule = RULES.find((r) => r.id === 'plan.value.unreadable')!;
    for (const lang of LANGS)
      expect(rule.message(lang, { label: 'x', empty: false, reason: 'date', actual: '01.03' })).not.toMatch(
        /\(date\)/,
      );
  });

  it('agrees Russian nouns with their numbers', () => {
    const staff = RULES.find((r) => r.id === 'impact.staff.mismatch')!;
    expect(staff.message('ru', { actual: 2, expected: 1 })).toContain(
      '2 сотрудника, а в смете зарплата у 1 сотрудника',
    );
    expect(staff.message('ru', { actual: 5, expected: 21 })).toContain(
      '5 сотрудников, а в смете зарплата у 21 сотрудника',
    );
    const below = RULES.find((r) => r.id === 'plan.fact.below')!;
    const perEvent = (scale: number) => ({
      label: 'x',
      gap: gap({ count: 1, scale, expected: scale }),
      expected: scale,
      actual: 0,
    });
    expect(below.message('ru', perEvent(1 * 21))).toContain('× 21 мероприятие)');
    expect(below.message('ru', perEvent(3))).toContain('× 3 мероприятия)');
    expect(below.message('ru', perEvent(5))).toContain('× 5 мероприятий)');
  });

  it('puts a non-breaking space before "%"', () => {
    const below = RULES.find((r) => r.id === 'plan.fact.below')!;
    const text = below.message('kk', { label: 'x', gap: gap({ percent: true }), expected: 80, actual: 75 });
    expect(text).toContain('75\u00a0%');
    expect(text).not.toMatch(/ %/);
  });
});
