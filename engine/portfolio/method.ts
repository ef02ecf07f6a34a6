import type { Lang } from '../model/issue';
import { FENCE, MIN_GROUP_FOR_OUTLIERS, REPORT_WORDS } from './labels';
import type { ReportTable } from './report-tables';

type Topic =
  | 'file'
  | 'forms'
  | 'project'
  | 'year'
  | 'money'
  | 'adminShare'
  | 'payrollShare'
  | 'mtidShare'
  | 'directShare'
  | 'directBeneficiaries'
  | 'costPerBeneficiary'
  | 'planMetShare'
  | 'issues'
  | 'groups'
  | 'outliers'
  | 'unreadable';

/** "1,5" in Kazakh and Russian, "1.5" in English: as people write the number. */
const fence = (lang: Lang) => (lang === 'en' ? String(FENCE) : String(FENCE).replace('.', ','));

const TEXT: Record<Lang, Record<Topic, string>> = {
  kk: {
    file: 'Жол алынған Excel кітабы.',
    forms:
      'Кітапта табылған нысандар. Сметасы жоқ кітаптың ақша бағандары бос және топтардың ақша сомаларына кірмейді.',
    project:
      'Жоба туралы блоктан (I блок) алынады: «Грант алушы», «Гранттың басым бағыты», «Жобаны іске асыру аумағы» жазылғандай. Ешбір парақта көрсетілмесе, бос.',
    year: 'Жобаны іске асыру кезеңінің бірінші жылы, әйтпесе сметаның үстінде көрсетілген жыл.',
    money:
      'Сметаның «Барлығы» жолы: барлығы, жеке салым және грант қаражаты бағандары; жол немесе ұяшық жоқ не оқылмаса, бөлімдердің қосындысы. Жеке салым бағаны болмаса — 0; грант қаражаты бағаны болмаса — барлығы минус жеке салым. Теңгемен: мың теңгемен жазылған смета 1 000-ға көбейтіледі.',
    adminShare: 'Әкімшілік шығыстар бөлімінің сомасы ÷ сметаның жалпы сомасы.',
    payrollShare:
      'Жалақы жолдары мен оған есептелетін аударымдар (әлеуметтік салық, әлеуметтік аударымдар, медициналық сақтандыру, зейнетақы жарналары), қай бөлімде тұрса да ÷ жалпы сома.',
    mtidShare:
      'Материалдық-техникалық қамтамасыз ету және институционалдық даму бөлімдері ÷ жалпы сома (Заң оны грант құнының 10 %-ымен шектейді).',
    directShare: 'Тікелей шығындар бөлімінің сомасы ÷ жалпы сома.',
    directBeneficiaries:
      'Әлеуметтік әсер кестесіндегі жоспарланған тікелей бенефициарлар саны. Кесте болмаса, бос.',
    costPerBeneficiary: 'Грант қаражаты ÷ тікелей бенефициарлар. Біреуі белгісіз болса, бос.',
    planMetShare:
      'Мониторинг жоспарының факті бар көрсеткіштерінің ішінде фактісі жоспарға жеткендерінің үлесі. Факті бар жоспар болмаса, бос.',
    issues: '`esep check` ережелерімен табылған мәселелер («Мәселелер» парағында тізілген).',
    groups:
      'Басым бағыт, өңір және жыл бойынша (көрсетілмегені бөлек топ): файлдар саны, сметасы барлар саны, ақша, бенефициарлар мен мәселелер сомасы, әр көрсеткіш үшін оны бар гранттар саны, Q1, медиана және Q3 (реттік статистикалар арасындағы сызықтық интерполяция).',
    outliers: `Көрсеткіші бар кемінде ${MIN_GROUP_FOR_OUTLIERS} гранты және шашырауы (Q1 < Q3) бар әр топта: Q1 − ${fence('kk')} × IQR-дан төмен немесе Q3 + ${fence('kk')} × IQR-дан жоғары мәндер (IQR = Q3 − Q1); бір бенефициарға шығын мен әр үлес үшін.`,
    unreadable:
      'Excel кітабы емес, бүлінген, zip-бомба ретінде қабылданбаған немесе бірде-бір нысаны танылмаған файлдар.',
  },
  ru: {
    file: 'Книга Excel, из которой взята строка.',
    forms:
      'Формы, найденные в книге. У книги без сметы денежные столбцы пусты, и в денежные суммы групп она не входит.',
    project:
      'Из блока сведений о проекте (блок I): «Грантополучатель», «Приоритетное направление», «Территория реализации», как написано. Пусто, если ни один лист их не указывает.',
    year: 'Первый год срока реализации проекта, иначе год, указанный над сметой.',
    money:
      'Строка «Итого» сметы: столбцы «Всего», собственный вклад и средства гранта; если строки или ячейки нет или она не читается — сумма разделов. Нет столбца собственного вклада — 0; нет столбца средств гранта — всего минус собственный вклад. В тенге: смета в тысячах тенге умножается на 1 000.',
    adminShare: 'Сумма раздела административных расходов ÷ общий итог сметы.',
    payrollShare:
      'Строки зарплаты и начисления на неё (социальный налог, социальные отчисления, медицинское страхование, пенсионные взносы), в каком бы разделе они ни стояли ÷ общий итог.',
    mtidShare:
      'Разделы МТО (материально-техническое обеспечение) и институционального развития ÷ общий итог (Закон ограничивает их 10 % стоимости гранта).',
    directShare: 'Сумма раздела прямых расходов ÷ общий итог.',
    directBeneficiaries:
      'Плановое число прямых бенефициаров из таблицы социального эффекта. Пусто, если таблицы нет.',
    costPerBeneficiary: 'Средства гранта ÷ прямые бенефициары. Пусто, если что-то из них неизвестно.',
    planMetShare:
      'Из показателей плана мониторинга, у которых есть факт, доля тех, чей факт достигает плана. Пусто без плана с фактами.',
    issues: 'Проблемы, найденные теми же правилами, что и `esep check` (перечислены на листе «Проблемы»).',
    groups:
      'По приоритетному направлению, региону и году (не указанные — отдельная группа): число файлов, число файлов со сметой, суммы денежных столбцов, бенефициаров и проблем, и для каждого показателя число грантов с ним, Q1, медиана и Q3 (линейная интерполяция между порядковыми статистиками).',
    outliers: `В каждой группе, где показатель есть не менее чем у ${MIN_GROUP_FOR_OUTLIERS} грантов и есть разброс (Q1 < Q3): значения ниже Q1 − ${fence('ru')} × IQR или выше Q3 + ${fence('ru')} × IQR (IQR = Q3 − Q1), для стоимости на бенефициара и каждой доли.`,
    unreadable:
      'Файлы, которые не являются книгами Excel, повреждены, отклонены как zip-бомбы или не содержат ни одной распознанной формы.',
  },
  en: {
    file: 'The workbook the row comes from.',
    forms:
      'The forms found in the workbook. A workbook without an estimate has empty money columns and is left out of the groups’ money sums.',
    project:
      'From the project block (block I): "Грант алушы" / "Грантополучатель", "Гранттың басым бағыты" / "Приоритетное направление", "Жобаны іске асыру аумағы" / "Территория реализации", as written. Empty when no sheet states them.',
    year: 'The first year of the project period, else the year stated above the estimate.',
    money:
      "The estimate's grand total row (Барлығы / Итого): total, own contribution and grant funds columns; when that row or cell is missing or unreadable, the sum of the sections. No own-contribution column means 0; no grant column means total − own contribution. In tenge: an estimate in thousands of tenge is multiplied by 1 000.",
    adminShare: 'Total of the administrative section ÷ the grand total.',
    payrollShare:
      'Salary lines plus the employer charges on them (social tax, social contributions, medical insurance, pension contributions), wherever they sit ÷ the grand total.',
    mtidShare:
      'Material-technical support plus institutional development sections ÷ the grand total (the law caps it at 10 % of the grant).',
    directShare: 'Total of the direct costs section ÷ the grand total.',
    directBeneficiaries:
      'Planned direct beneficiaries from the social-impact table. Empty when the workbook has no such table.',
    costPerBeneficiary: 'Grant funds ÷ direct beneficiaries. Empty when either is unknown.',
    planMetShare:
      'Of the monitoring-plan measures that have a fact, the share whose fact meets the plan. Empty without a plan with facts.',
    issues: 'Issues found by the same rules as `esep check` (listed on the Issues sheet).',
    groups:
      'Per priority direction, region and year (not stated is a group of its own): number of files, files with an estimate, sums of the money columns, beneficiaries and issues, and for each compared metric the number of grants having it, Q1, median and Q3 (linear interpolation between order statistics).',
    outliers: `Within each group where at least ${MIN_GROUP_FOR_OUTLIERS} grants have the metric and their values spread (Q1 < Q3): values below Q1 − ${fence('en')} × IQR or above Q3 + ${fence('en')} × IQR (IQR = Q3 − Q1), for cost per beneficiary and each share.`,
    unreadable: 'Files that are not workbooks, corrupt, refused as zip bombs, or hold no recognised form.',
  },
};

/** How each column of the report is computed, in the report's language (the Method sheet). */
export function methodRows(lang: Lang): [string, string][] {
  const w = REPORT_WORDS[lang];
  const c = w.grantColumns;
  const t = TEXT[lang];
  return [
    [c.file, t.file],
    [c.forms, t.forms],
    [`${c.grantee}, ${c.priority}, ${c.region}`, t.project],
    [c.year, t.year],
    [`${c.total}, ${c.ownContribution}, ${c.grantTotal}`, t.money],
    [c.adminShare, t.adminShare],
    [c.payrollShare, t.payrollShare],
    [c.mtidShare, t.mtidShare],
    [c.directShare, t.directShare],
    [c.directBeneficiaries, t.directBeneficiaries],
    [c.costPerBeneficiary, t.costPerBeneficiary],
    [c.planMetShare, t.planMetShare],
    [`${c.errors}, ${c.warnings}`, t.issues],
    [w.sheets.groups, t.groups],
    [w.sheets.outliers, t.outliers],
    [w.sheets.unreadable, t.unreadable],
  ];
}

/** The Method sheet (the CLI's report only: the add-in writes the three comparison sheets). */
export function methodTable(lang: Lang): ReportTable {
  const w = REPORT_WORDS[lang];
  return {
    key: 'method',
    name: w.sheets.method,
    header: [w.method.column, w.method.how],
    rows: methodRows(lang).map(([c, h]) => [c, h]),
    formats: [null, null],
  };
}
