import { FENCE, MIN_GROUP_FOR_OUTLIERS } from './compare';

/** How each column of the report is computed: the Method sheet and the README say the same. */
export const METHOD: ReadonlyArray<readonly [string, string]> = [
  ['file', 'The workbook the row comes from.'],
  [
    'grantee, priority, region',
    'From the project block (block I): "Грантты алушы" / "Грантополучатель", "Гранттың басым бағыты" / "Приоритетное направление", "Жобаның іске асырылу аумағы" / "Территория реализации", as written. Empty when no sheet states them.',
  ],
  [
    'year',
    'The first year in the project period ("Әлеуметтік жобаны іске асыру кезеңі" / "Срок реализации"), else the year stated above the estimate.',
  ],
  [
    'total, ownContribution, grantTotal',
    "The estimate's grand total row (Барлығы / Итого): total, own contribution and grant funds columns; when that row or cell is missing or unreadable, the sum of the sections. No own-contribution column means 0; no grant column means total − own contribution.",
  ],
  [
    'adminShare',
    'Total of the administrative section (Әкімшілік / Административные расходы) ÷ the grand total.',
  ],
  [
    'payrollShare',
    'Salary lines plus the employer charges on them (social tax, social contributions, medical insurance, pension contributions), wherever they sit ÷ the grand total.',
  ],
  [
    'mtidShare',
    'Material-technical support plus institutional development sections ÷ the grand total (the law caps it at 10 % of the grant).',
  ],
  ['directShare', 'Total of the direct costs section (Тікелей / Прямые расходы) ÷ the grand total.'],
  [
    'directBeneficiaries',
    'Planned direct beneficiaries from the social-impact table (Тікелей бенефициарлар саны). Empty when the workbook has no such table.',
  ],
  ['costPerBeneficiary', 'grantTotal ÷ directBeneficiaries. Empty when either is unknown.'],
  [
    'planMetShare',
    'Of the monitoring-plan measures that have a fact, the share whose fact meets the plan. Empty without a plan with facts.',
  ],
  ['errors, warnings', 'Issues found by the same rules as `esep check` (listed on the Issues sheet).'],
  [
    'Groups',
    'Per priority direction, region and year (empty = not stated): number of grants, sums of the money columns, beneficiaries and issues, and for each compared metric the number of grants having it, Q1, median and Q3 (linear interpolation between order statistics).',
  ],
  [
    'Outliers',
    `Within each group with at least ${MIN_GROUP_FOR_OUTLIERS} grants having the metric: values below Q1 − ${FENCE}·IQR or above Q3 + ${FENCE}·IQR (IQR = Q3 − Q1), for cost per beneficiary and each share.`,
  ],
  ['Unreadable', 'Files that are not workbooks, corrupt, refused as zip bombs, or hold no recognised form.'],
];
