import { roundMoney, sameMoney } from '../../read/number';
import { defineRule } from '../define';
import { money } from '../format';
import type { Estimate } from '../../model/estimate';
import { itemIntendedTotal, value } from '../../calc/estimate-figures';

/** Reported at the grant-funds cell: the own contribution is the figure people type, grant funds follow. */
export const lineFunding = defineRule<{ label: string; own: number; total: number }>({
  id: 'estimate.line.funding',
  severity: 'error',
  forms: ['estimate'],
  summary: {
    kk: 'Жеке салым + грант қаражаты жолдың «Барлығы» сомасына тең емес.',
    ru: 'Собственный вклад + средства гранта не равны «Всего» строки.',
    en: "Own contribution + grant funds differ from the line's total.",
  },
  messages: {
    kk: (p) =>
      `«${p.label}»: жеке салым (${money(p.own)}) + грант қаражаты (${money(p.actual)}) «Барлығы» сомасына (${money(p.total)}) тең емес. Мұнда ${money(p.expected)} жазыңыз немесе жеке салымды түзетіңіз`,
    ru: (p) =>
      `«${p.label}»: собственный вклад (${money(p.own)}) + средства гранта (${money(p.actual)}) не равны сумме «Всего» (${money(p.total)}). Впишите сюда ${money(p.expected)} или исправьте собственный вклад`,
    en: (p) =>
      `"${p.label}": own contribution (${money(p.own)}) + grant funds (${money(p.actual)}) ≠ line total (${money(p.total)}). Type ${money(p.expected)} here, or correct the own contribution`,
  },
  check(hits, grant, ctx) {
    const tol = ctx.profile.money.tolerance;
    for (const est of grant.estimates) {
      if (!fundingFilled(est)) continue;
      for (const line of est.lines) {
        if (line.kind !== 'item') continue;
        const own = value(line.own) ?? 0;
        const grantFunds = value(line.grant) ?? 0;
        if ((line.own?.invalid ?? false) || (line.grant?.invalid ?? false) || line.total.invalid) continue;
        const written = value(line.total) ?? 0;
        const intended = itemIntendedTotal(line) ?? written;
        if (sameMoney(own + grantFunds, written, tol) || sameMoney(own + grantFunds, intended, tol)) continue;
        const at = line.grant ?? line.own!;
        const expected = line.grant ? roundMoney(written - own) : roundMoney(written - grantFunds);
        const actual = line.grant ? grantFunds : own;
        hits.push({
          sheet: est.sheet,
          cell: at.cell,
          expected,
          actual,
          params: { label: line.label, own, total: written },
        });
      }
    }
  },
});

/** An estimate whose funding columns are absent or left blank throughout has no split to check. */
function fundingFilled(est: Estimate): boolean {
  const used = (f: { value: number | null; invalid: boolean } | null) =>
    f !== null && (f.value !== null || f.invalid);
  return (
    est.lines.some((l) => used(l.own) || used(l.grant)) ||
    (est.grandTotal !== null && (used(est.grandTotal.own) || used(est.grandTotal.grant)))
  );
}
