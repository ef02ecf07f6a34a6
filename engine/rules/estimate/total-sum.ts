import { roundMoney, sameMoney } from '../../read/number';
import { defineRule } from '../define';
import { COLUMN_NAMES, money } from '../format';
import { chargeTotals } from './payroll-calc';
import { Figures, value } from './figures';

export const totalSum = defineRule<{ column: 'total' | 'own' | 'grant' }>({
  id: 'estimate.total.sum',
  severity: 'error',
  forms: ['estimate'],
  messages: {
    kk: (p) =>
      `Жалпы сома (${COLUMN_NAMES.kk[p.column]}): бөлімдердің қосындысы ${money(p.expected)}, ал «Барлығы» жолында ${money(p.actual)}`,
    ru: (p) =>
      `Итог (${COLUMN_NAMES.ru[p.column]}): сумма разделов ${money(p.expected)}, а в строке «Итого» ${money(p.actual)}`,
    en: (p) =>
      `Grand total (${COLUMN_NAMES.en[p.column]}): the sections add up to ${money(p.expected)}, the total row says ${money(p.actual)}`,
  },
  *check(grant, ctx) {
    const tol = ctx.profile.money.tolerance;
    for (const est of grant.estimates) {
      const gt = est.grandTotal;
      if (!gt) continue;
      const fig = new Figures(est, chargeTotals(est, ctx));
      const top = fig.topLevel();
      for (const column of ['total', 'own', 'grant'] as const) {
        const field = gt[column];
        if (!field || field.invalid) continue;
        const actual = value(field) ?? 0;
        const written = fig.sum(top, column, 'written');
        const intended = fig.sum(top, column, 'intended');
        if (written === null || intended === null) continue;
        if (sameMoney(actual, written, tol) || sameMoney(actual, intended, tol)) continue;
        yield {
          sheet: est.sheet,
          cell: field.cell,
          expected: roundMoney(intended),
          actual,
          params: { column },
        };
      }
    }
  },
});
