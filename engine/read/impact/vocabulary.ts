import type { BreakdownKind, ImpactKind } from '../../model/impact';

/** Words of Annex 3 block IV (social impact) and the final report's participant statistics. */

export type ImpactRole = 'fact' | 'plan' | 'unit' | 'indicator';

export const UNIT_HEADER = /өлшем бірлі|единиц\p{L}* измерени|ед\.? ?изм|(?<!\p{L})unit/u;

/** The fact column first: "Нақты деңгейі" / "Фактический уровень" must not read as the plan. */
export const IMPACT_COLUMNS: ReadonlyArray<readonly [ImpactRole, RegExp]> = [
  ['fact', /нақты|(?<!\p{L})факт|фактическ|орындалуы|actual|achieved/u],
  // Annex 3 prints "Тікелей бенефициарлардың саны" over the planned level by mistake: it is the plan column.
  ['plan', /жоспар|план|planned|(?<!\p{L})target|бенефициар/u],
  ['unit', UNIT_HEADER],
  ['indicator', /индикатор|көрсеткіш|показател|indicator/u],
];

/** Checked in this order: "еңбекақы төлеу қоры" (payroll) before "еңбек шарттары" (staff). */
export const IMPACT_KINDS: ReadonlyArray<readonly [ImpactKind, RegExp]> = [
  ['payroll', /еңбек\s*ақы төлеу қоры|фонд\p{L}* оплаты труда|(?<!\p{L})фот(?!\p{L})|payroll|wage fund/u],
  ['taxes', /салықтар|налог|taxes/u],
  ['economy', /экономика|экономик|economy/u],
  ['direct', /тікелей бенефициар|прям\p{L}* бенефициар|direct beneficiar/u],
  ['indirect', /жанама бенефициар|косвенн\p{L}* бенефициар|indirect beneficiar/u],
  [
    'staff',
    /еңбек шарт|штаттық қызметкер|трудов\p{L}* договор|штатн\p{L}* (?:сотрудник|работник)|staff|employees/u,
  ],
  [
    'specialists',
    /тартылған маман|маманд\p{L}* саны|привлеченн\p{L}* специалист|специалист|specialist|experts/u,
  ],
  ['partners', /серіктес|партнер|partner/u],
  ['ngos', /үкіметтік емес ұйым|үеұ|неправительственн|нпо|(?<!\p{L})ngos?(?!\p{L})/u],
];

/** "Грантты іске асыруға бөлінген қаражаттың жалпы сомасы: 10 125 000 тг", "Сумма гранта: …". */
export const GRANT_AMOUNT =
  /грант\p{L}*.{0,60}(?:жалпы сомасы|сомасы|сумма)|бөлінген қаражат\p{L}*.{0,20}сомасы|сумма гранта|общая сумма (?:средств|гранта)|выделенн\p{L}* (?:на реализацию )?гранта? средств|grant amount|amount of the grant/u;

export const STATS_TOTAL = /барлығы|барлыгы|всего|итого|общее количество|жалпы саны|(?<!\p{L})total/u;
export const MEN = /^ерлер|^ер адам|^ер(?!\p{L})|мужчин|^male|^men(?!\p{L})/u;
export const WOMEN = /әйел|женщин|female|women/u;
export const AGE_BAND =
  /^(?:\d{1,2}\s*[-–—]\s*\d{1,2}(?!\d)|\d{1,2}\s*(?:жас\p{L}*|лет|years?)?\s*(?:және одан|и старше|и более|and (?:older|over)|\+))/u;
export const CATEGORY =
  /балалар|жастар|мемлекеттік қызмет|бюджеттік|мүгедек|егде|жұмыссыз|қоғамдық ұйым|бизнес|басқа санат|дети|молодеж|госслуж|государственн\p{L}* служ|бюджетн|инвалид|пожил|безработн|общественн|другие|иные категор|children|youth|civil servant|disabilit|elderly|unemploy|other categor/u;

export const BREAKDOWN_ORDER: readonly BreakdownKind[] = ['gender', 'age', 'category'];
