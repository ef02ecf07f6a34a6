import type { Category, PayrollRole, UnitKind } from '../../model/estimate';

/**
 * Words that identify the estimate's columns, rows and categories in Kazakh, Russian and
 * English, as people actually type them (typos included: "Балығы", "Әлеументтік", "қазмет").
 * Patterns run on norm()-ed text (lower case, single spaces).
 */

export type ColumnRole =
  'number' | 'label' | 'unit' | 'qty' | 'unitCost' | 'total' | 'own' | 'grant' | 'note';

/** An estimate's header texts are shorter than other forms': longer texts are not matched as headers. */
export const ESTIMATE_HEADER_TEXT_MAX = 120;

/** Checked in this order: a column takes the first role it matches (none if a column to its left took it). */
export const COLUMN_PATTERNS: ReadonlyArray<readonly [ColumnRole, RegExp]> = [
  [
    'own',
    /(жеке|өз) (салым|үлес)|өз қаражат|собственн\p{L}* (вклад|средств)|софинансир|өтініш беруш|own contribution|co-?financ/u,
  ],
  ['note', /негіздеме|түсініктеме|обосновани|комментари|justification|comment/u],
  ['label', /бапт|статьи|статья|наименовани|expense item|^item|шығыстар(дың)? атау|шығыстардың/u],
  // After "own" and "label": "Собственный вклад грантополучателя" is own contribution, any other "грант" column is grant funds.
  ['grant', /грант|grant/u],
  ['unit', /өлшем|единиц\p{L}* измерени|ед\.? ?изм|^unit$|unit of measure/u],
  ['qty', /^саны|саны$|количеств|кол-во|quantity|^qty/u],
  // Before unit cost: "Общая стоимость" / "Жалпы құны" is the line total.
  ['total', /барлығы|балығы|барлыгы|всего|сумма|сомасы|^total|жиыны|общая|жалпы|итого/u],
  ['unitCost', /құны|бағасы|стоимость|цена|unit cost|price/u],
  ['number', /^№|^n$|^#$|^р\/с|^п\/п|^no\.?$/u],
];

export const TOTAL_ROW =
  /^(итого|барлығы|барлыгы|балығы|всего|жиыны|жиынтығы|жалпы сомасы|total|grand total)(?!\p{L})/u;

/** "Итого по разделу 1", "1-бөлім бойынша барлығы": a section subtotal, not the grand total. */
export const SECTION_SUBTOTAL =
  /(итого|всего|барлығы|жиыны|total).*(раздел|бөлім|section)|(раздел|бөлім|section).*(итого|всего|барлығы|жиыны|total)/u;

/** "соның ішінде" / "в том числе": the row is a group whose total is the sum of what follows. */
export const INCLUDING = /соны[ңн] ішінде|оны[ңн] ішінде|в том числе|в т\.\s?ч\.?|including/u;

/** "1 іс шара", "2-іс шара:", "Іс-шара 3", "Мероприятие 1", "Activity 2". */
export const ACTIVITY =
  /^(\d+\s*[-.)]?\s*(іс[\s-]*шара|мероприяти)|(іс[\s-]*шара|мероприяти\p{L}*|activity)\s*№?\s*\d+)/u;

export const SALARY_GROUP =
  /жалақы|еңбекақы|еңбек ақы|заработн\p{L}* плат|оплат\p{L}* труда|фонд оплаты|фот(?!\p{L})|salar|payroll/u;

export const SECTION_CATEGORIES: ReadonlyArray<readonly [Category, RegExp]> = [
  ['mtid', /(материал\p{L}*[\s-]*техни\p{L}*).*(институц)|(институц).*(материал\p{L}*[\s-]*техни)/u],
  ['mt', /материал\p{L}*[\s-]*техни|мтб|material[\s-]*technical/u],
  ['inst', /институц|institutional/u],
  ['admin', /әкімшілік|административ|administrative/u],
  ['direct', /тікелей|прям\p{L}* расход|direct/u],
];

export const CHARGE_ROLES: ReadonlyArray<readonly [PayrollRole, RegExp]> = [
  ['medical', /медицин|осмс|health insurance/u],
  ['pension', /зейнет|пенсион|оп?пв|опвр|pension/u],
  ['social-tax', /(әлеу|социал|social).*(салы[ғқ]|налог|tax)/u],
  ['social-contributions', /(әлеу|социал|social).*(аудар|отчислен|contribution)/u],
];

export const UNIT_KINDS: ReadonlyArray<readonly [UnitKind, RegExp]> = [
  ['month', /^(ай|айына|айлық|месяц|мес|month)/u],
  ['person', /^(адам|чел|человек|person|кісі)/u],
  ['piece', /^(дана|шт|штук|piece|pcs|комплект|жиынтық)/u],
  ['service', /^(қ[аы]зм[еа]т|кызмет|услуг|service)/u],
  ['day', /^(күн|день|дн|day|сағат|час|hour)/u],
];
