import { roundMoney, sameMoney } from '../../read/number';
import { defineRule } from '../define';
import { money } from '../format';

export const lineAmount = defineRule<{ label: string; qty: number; unitCost: number }>({
  id: 'estimate.line.amount',
  severity: 'error',
  forms: ['estimate'],
  summary: {
    kk: 'Саны × құны жолдың «Барлығы» сомасына тең емес.',
    ru: 'Количество × стоимость не равно «Всего» строки.',
    en: "Quantity × unit cost differs from the line's total.",
  },
  messages: {
    kk: (p) =>
      `«${p.label}»: саны × құны = ${p.qty} × ${money(p.unitCost)} = ${money(p.expected)}, ал «Барлығы» бағанында ${money(p.actual)}. «Барлығы» ұяшығына ${money(p.expected)} жазыңыз немесе санын не құнын түзетіңіз`,
    ru: (p) =>
      `«${p.label}»: количество × стоимость = ${p.qty} × ${money(p.unitCost)} = ${money(p.expected)}, а в графе «Всего» ${money(p.actual)}. Впишите во «Всего» ${money(p.expected)} или исправьте количество либо стоимость`,
    en: (p) =>
      `"${p.label}": quantity × unit cost = ${p.qty} × ${money(p.unitCost)} = ${money(p.expected)}, the total says ${money(p.actual)}. Type ${money(p.expected)} in the total, or correct the quantity or unit cost`,
  },
  check(hits, grant, ctx) {
    for (const est of grant.estimates) {
      for (const line of est.lines) {
        if (line.kind !== 'item' || !line.qty || !line.unitCost || line.total.invalid) continue;
        const qty = line.qty.value;
        const unitCost = line.unitCost.value;
        if (qty === null || unitCost === null) continue;
        const expected = roundMoney(qty * unitCost);
        const actual = line.total.value ?? 0;
        if (!sameMoney(expected, actual, ctx.profile.money.tolerance)) {
          hits.push({
            sheet: est.sheet,
            cell: line.total.cell,
            expected,
            actual,
            params: { label: line.label, qty, unitCost },
          });
        }
      }
    }
  },
});
