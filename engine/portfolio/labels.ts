import type { FormKind, Lang, Severity } from '../model/issue';
import { FORM_NAMES, SEVERITY_NAMES } from '../model/kind-names';
import type { ComparedMetric, Dimension, GrantMetrics } from '../model/portfolio';
import type { NumberFormat } from './column-format';

/**
 * Every word of the portfolio report in the three languages: sheet names, column headers, values.
 * camelCase keys stay in the JSON and CSV only; both report writers (the CLI's workbook and the
 * add-in's sheets) take their words and their grant columns from here.
 */

/** Quartile fences are not computed for fewer grants than this: they would call anything an outlier. */
export const MIN_GROUP_FOR_OUTLIERS = 4;
/** Tukey's fences: Q1 − k·IQR and Q3 + k·IQR. Kept here, apart from arquero, for the task pane's bundle. */
export const FENCE = 1.5;

export type SheetKey = 'grants' | 'groups' | 'outliers' | 'issues' | 'unreadable' | 'method';

export const MONEY_FORMAT = '#,##0';
export const SHARE_FORMAT = '0.0%';

/** The Grants columns, in the JSON contract's order, with their number formats. */
export const GRANT_COLUMNS: ReadonlyArray<readonly [keyof GrantMetrics, NumberFormat]> = [
  ['file', null],
  ['forms', null],
  ['grantee', null],
  ['priority', null],
  ['region', null],
  ['year', null],
  ['total', MONEY_FORMAT],
  ['ownContribution', MONEY_FORMAT],
  ['grantTotal', MONEY_FORMAT],
  ['adminShare', SHARE_FORMAT],
  ['payrollShare', SHARE_FORMAT],
  ['mtidShare', SHARE_FORMAT],
  ['directShare', SHARE_FORMAT],
  ['directBeneficiaries', MONEY_FORMAT],
  ['costPerBeneficiary', MONEY_FORMAT],
  ['planMetShare', SHARE_FORMAT],
  ['errors', null],
  ['warnings', null],
];

export const metricFormat = (m: ComparedMetric): NumberFormat =>
  m === 'costPerBeneficiary' ? MONEY_FORMAT : SHARE_FORMAT;

interface ReportWords {
  sheets: Record<SheetKey, string>;
  grantColumns: Record<keyof GrantMetrics, string>;
  /** Metric names as they read inside a sentence (outlier reasons). */
  metrics: Record<ComparedMetric, string>;
  dimensions: Record<Dimension, string>;
  forms: Record<FormKind, string>;
  severities: Record<Severity, string>;
  direction: { high: string; low: string };
  notStated: string;
  group: string;
  by: string;
  count: string;
  estimates: string;
  spread: { n: string; q1: string; median: string; q3: string };
  outlier: { metric: string; value: string; direction: string; lower: string; upper: string; n: string };
  issue: { sheet: string; cell: string; rule: string; severity: string; message: string };
  reason: string;
  method: { column: string; how: string };
  currency: string;
}

const kk: ReportWords = {
  sheets: {
    grants: 'Гранттар',
    groups: 'Топтар',
    outliers: 'Ауытқулар',
    issues: 'Мәселелер',
    unreadable: 'Оқылмаған файлдар',
    method: 'Әдістеме',
  },
  grantColumns: {
    file: 'Файл',
    forms: 'Нысандар',
    grantee: 'Грант алушы',
    priority: 'Басым бағыт',
    region: 'Өңір',
    year: 'Жыл',
    total: 'Барлығы, теңге',
    ownContribution: 'Жеке салым, теңге',
    grantTotal: 'Грант қаражаты, теңге',
    adminShare: 'Әкімшілік шығыстар үлесі',
    payrollShare: 'Еңбекақы үлесі',
    mtidShare: 'Материалдық-техникалық қамтамасыз ету және институционалдық даму үлесі',
    directShare: 'Тікелей шығындар үлесі',
    directBeneficiaries: 'Тікелей бенефициарлар',
    costPerBeneficiary: 'Бір тікелей бенефициарға шығын, теңге',
    planMetShare: 'Орындалған көрсеткіштер үлесі',
    errors: 'Қателер',
    warnings: 'Ескертулер',
  },
  metrics: {
    costPerBeneficiary: 'бір тікелей бенефициарға шығын',
    adminShare: 'әкімшілік шығыстар үлесі',
    payrollShare: 'еңбекақы үлесі',
    mtidShare: 'материалдық-техникалық қамтамасыз ету және институционалдық даму үлесі',
    directShare: 'тікелей шығындар үлесі',
    planMetShare: 'орындалған көрсеткіштер үлесі',
  },
  dimensions: { priority: 'басым бағыт', region: 'өңір', year: 'жыл' },
  forms: FORM_NAMES.kk,
  severities: SEVERITY_NAMES.kk,
  direction: { high: 'жоғары', low: 'төмен' },
  notStated: '(көрсетілмеген)',
  group: 'Топ',
  by: 'Топтау белгісі',
  count: 'Файлдар саны',
  estimates: 'Сметасы барлар',
  spread: { n: 'саны', q1: 'Q1', median: 'медиана', q3: 'Q3' },
  outlier: {
    metric: 'Көрсеткіш',
    value: 'Мәні',
    direction: 'Бағыты',
    lower: 'Төменгі шек',
    upper: 'Жоғарғы шек',
    n: 'Топтағы гранттар',
  },
  issue: { sheet: 'Парақ', cell: 'Ұяшық', rule: 'Ереже', severity: 'Деңгейі', message: 'Хабар' },
  reason: 'Себебі',
  method: { column: 'Баған', how: 'Қалай есептеледі' },
  currency: 'теңге',
};

const ru: ReportWords = {
  sheets: {
    grants: 'Гранты',
    groups: 'Группы',
    outliers: 'Выбросы',
    issues: 'Проблемы',
    unreadable: 'Непрочитанные файлы',
    method: 'Методика',
  },
  grantColumns: {
    file: 'Файл',
    forms: 'Формы',
    grantee: 'Грантополучатель',
    priority: 'Приоритетное направление',
    region: 'Регион',
    year: 'Год',
    total: 'Всего, тенге',
    ownContribution: 'Собственный вклад, тенге',
    grantTotal: 'Средства гранта, тенге',
    adminShare: 'Доля административных расходов',
    payrollShare: 'Доля оплаты труда',
    mtidShare: 'Доля МТО и институционального развития',
    directShare: 'Доля прямых расходов',
    directBeneficiaries: 'Прямые бенефициары',
    costPerBeneficiary: 'Стоимость на прямого бенефициара, тенге',
    planMetShare: 'Доля выполненных показателей',
    errors: 'Ошибки',
    warnings: 'Замечания',
  },
  metrics: {
    costPerBeneficiary: 'стоимость на прямого бенефициара',
    adminShare: 'доля административных расходов',
    payrollShare: 'доля оплаты труда',
    mtidShare: 'доля МТО и институционального развития',
    directShare: 'доля прямых расходов',
    planMetShare: 'доля выполненных показателей',
  },
  dimensions: { priority: 'приоритетное направление', region: 'регион', year: 'год' },
  forms: FORM_NAMES.ru,
  severities: SEVERITY_NAMES.ru,
  direction: { high: 'выше', low: 'ниже' },
  notStated: '(не указано)',
  group: 'Группа',
  by: 'Признак',
  count: 'Файлов',
  estimates: 'Со сметой',
  spread: { n: 'число', q1: 'Q1', median: 'медиана', q3: 'Q3' },
  outlier: {
    metric: 'Показатель',
    value: 'Значение',
    direction: 'Направление',
    lower: 'Нижняя граница',
    upper: 'Верхняя граница',
    n: 'Грантов в группе',
  },
  issue: { sheet: 'Лист', cell: 'Ячейка', rule: 'Правило', severity: 'Уровень', message: 'Сообщение' },
  reason: 'Причина',
  method: { column: 'Столбец', how: 'Как считается' },
  currency: 'тенге',
};

const en: ReportWords = {
  sheets: {
    grants: 'Grants',
    groups: 'Groups',
    outliers: 'Outliers',
    issues: 'Issues',
    unreadable: 'Unreadable',
    method: 'Method',
  },
  grantColumns: {
    file: 'File',
    forms: 'Forms',
    grantee: 'Grantee',
    priority: 'Priority direction',
    region: 'Region',
    year: 'Year',
    total: 'Total, tenge',
    ownContribution: 'Own contribution, tenge',
    grantTotal: 'Grant funds, tenge',
    adminShare: 'Administrative share',
    payrollShare: 'Payroll share',
    mtidShare: 'Material-technical and institutional share',
    directShare: 'Direct costs share',
    directBeneficiaries: 'Direct beneficiaries',
    costPerBeneficiary: 'Cost per direct beneficiary, tenge',
    planMetShare: 'Share of plan measures met',
    errors: 'Errors',
    warnings: 'Warnings',
  },
  metrics: {
    costPerBeneficiary: 'cost per direct beneficiary',
    adminShare: 'administrative share',
    payrollShare: 'payroll share',
    mtidShare: 'material-technical and institutional share',
    directShare: 'direct costs share',
    planMetShare: 'share of plan measures met',
  },
  dimensions: { priority: 'priority direction', region: 'region', year: 'year' },
  forms: FORM_NAMES.en,
  severities: SEVERITY_NAMES.en,
  direction: { high: 'high', low: 'low' },
  notStated: '(not stated)',
  group: 'Group',
  by: 'Grouped by',
  count: 'Files',
  estimates: 'With an estimate',
  spread: { n: 'n', q1: 'Q1', median: 'median', q3: 'Q3' },
  outlier: {
    metric: 'Metric',
    value: 'Value',
    direction: 'Direction',
    lower: 'Lower fence',
    upper: 'Upper fence',
    n: 'Grants in the group',
  },
  issue: { sheet: 'Sheet', cell: 'Cell', rule: 'Rule', severity: 'Severity', message: 'Message' },
  reason: 'Reason',
  method: { column: 'Column', how: 'How it is computed' },
  currency: 'tenge',
};

export const REPORT_WORDS: Record<Lang, ReportWords> = { kk, ru, en };

/** A group's name as a cell shows it: the stated value, or "(not stated)". */
export function groupName(group: string | null, lang: Lang): string {
  return group ?? REPORT_WORDS[lang].notStated;
}

/** The forms a workbook holds, as the Grants sheet lists them: "смета, мониторинг жоспары". */
export function formList(forms: readonly FormKind[], lang: Lang): string {
  return forms.map((f) => REPORT_WORDS[lang].forms[f]).join(', ');
}
