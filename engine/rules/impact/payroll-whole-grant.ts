import type { Grant } from '../../model/grant';
import { defineRule } from '../define';
import { money } from '../format';

/** The grant amount: as the report states it, else the estimate's grant funds (or total). */
function grantAmount(grant: Grant, stated: { value: number } | null): number | null {
  if (stated) return stated.value;
  const total = grant.estimates.find((e) => e.grandTotal)?.grandTotal;
  return total?.grant?.value || total?.total.value || null;
}

/**
 * The payroll fund reported out of the grant equals or exceeds the whole grant: impossible when the
 * estimate also pays for anything else (the debate report says 10 125 000 of 10 125 000).
 */
export const payrollWholeGrant = defineRule<Record<string, never>>({
  id: 'impact.payroll.whole-grant',
  severity: 'error',
  forms: ['impact'],
  summary: {
    kk: 'Есептегі еңбекақы төлеу қоры гранттың бүкіл сомасына тең немесе одан көп.',
    ru: 'Фонд оплаты труда в отчёте равен всей сумме гранта или больше неё.',
    en: 'The payroll fund reported equals or exceeds the whole grant.',
  },
  messages: {
    kk: (p) =>
      `Еңбекақы төлеу қоры ${money(p.actual)} — гранттың бүкіл сомасы (${money(p.expected)}) немесе одан көп. Мұнда тек жалақы мен оның аударымдарын жазыңыз (сметадағы жалақы жолдарының сомасы)`,
    ru: (p) =>
      `Фонд оплаты труда ${money(p.actual)} — вся сумма гранта (${money(p.expected)}) или больше. Укажите здесь только зарплату с начислениями (сумму строк зарплаты в смете)`,
    en: (p) =>
      `The payroll fund ${money(p.actual)} is the whole grant (${money(p.expected)}) or more. State only the salaries and their charges here (the sum of the estimate's salary lines)`,
  },
  check(hits, grant) {
    for (const impact of grant.impacts) {
      const whole = grantAmount(grant, impact.grantAmount);
      if (whole === null) continue;
      for (const row of impact.rows) {
        if (row.kind !== 'payroll') continue;
        // The reported level when the report gives one, else the planned level.
        const readable = (v: typeof row.plan | null) =>
          v !== null && v.comparator !== 'unreadable' && v.values.length === 1 && !v.percent;
        const [value, cell] =
          readable(row.fact) && row.factCell ? [row.fact!, row.factCell] : [row.plan, row.planCell];
        if (!readable(value)) continue;
        const amount = value.values[0]!;
        if (amount >= whole)
          hits.push({ sheet: impact.sheet, cell, expected: whole, actual: amount, params: {} });
      }
    }
  },
});
