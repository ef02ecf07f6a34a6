import { roundMoney } from '../../read/number';
import { defineRule } from '../define';
import { COLUMN_NAMES, money } from '../format';
import { value } from '../../calc/estimate-figures';
import { readingsOf } from './readings';

/** `empty`: the grand total's cell is blank (read as 0), which a message says as such. */
export const totalSum = defineRule<{ column: 'total' | 'own' | 'grant'; empty: boolean }>({
  id: 'estimate.total.sum',
  severity: 'error',
  forms: ['estimate'],
  summary: {
    kk: '«Барлығы» жолы бөлімдердің қосындысына тең емес.',
    ru: 'Строка «Итого» не равна сумме разделов.',
    en: 'The grand total differs from the sum of the sections.',
  },
  messages: {
    kk: (p) =>
      `Жалпы сома (${COLUMN_NAMES.kk[p.column]}): бөлімдердің қосындысы ${money(p.expected)}, ${p.empty ? 'ал «Барлығы» жолының ұяшығы бос' : `ал «Барлығы» жолында ${money(p.actual)}`}. «Барлығы» жолына ${money(p.expected)} жазыңыз немесе бөлімдерді тексеріңіз`,
    ru: (p) =>
      `Итог (${COLUMN_NAMES.ru[p.column]}): сумма разделов ${money(p.expected)}, ${p.empty ? 'а ячейка строки «Итого» пуста' : `а в строке «Итого» ${money(p.actual)}`}. Впишите в «Итого» ${money(p.expected)} или проверьте разделы`,
    en: (p) =>
      `Grand total (${COLUMN_NAMES.en[p.column]}): the sections add up to ${money(p.expected)}, ${p.empty ? "the total row's cell is empty" : `the total row says ${money(p.actual)}`}. Type ${money(p.expected)} in the total row, or check the sections`,
  },
  check(hits, grant, ctx) {
    const tol = ctx.profile.money.tolerance;
    for (const est of grant.estimates) {
      const gt = est.grandTotal;
      if (!gt) continue;
      const readings = readingsOf(est, ctx);
      const top = readings.arithmetic.topLevel();
      for (const column of ['total', 'own', 'grant'] as const) {
        const field = gt[column];
        if (!field || field.invalid) continue;
        const actual = value(field) ?? 0;
        const verdict = readings.judge(actual, top, column, tol);
        if (!verdict || verdict.ok) continue;
        hits.push({
          sheet: est.sheet,
          cell: field.cell,
          expected: roundMoney(verdict.expected),
          actual,
          params: { column, empty: field.value === null },
        });
      }
    }
  },
});
