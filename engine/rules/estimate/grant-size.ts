import { defineRule } from '../define';
import { money } from '../format';
import { value } from '../../calc/estimate-figures';

type GrantType = 'short' | 'medium' | 'long';

const TYPE_NAMES: Record<GrantType, { kk: string; ru: string; en: string }> = {
  short: { kk: 'қысқа мерзімді', ru: 'краткосрочного', en: 'short-term' },
  medium: { kk: 'орта мерзімді', ru: 'среднесрочного', en: 'medium-term' },
  long: { kk: 'ұзақ мерзімді', ru: 'долгосрочного', en: 'long-term' },
};

/** Short-term grants last up to a year, medium-term up to two (Law on NGO grants, art. 6-1 p. 2). */
function grantType(months: number): GrantType {
  return months <= 12 ? 'short' : months <= 24 ? 'medium' : 'long';
}

/** The grant funds must fall within the size the law sets for the grant's type, in МРП of the year. */
export const grantSize = defineRule<{ type: GrantType; min: number; max: number | null; months: number }>({
  id: 'estimate.grant.size',
  severity: 'warning',
  forms: ['estimate'],
  summary: {
    kk: 'грант қаражаты грант түріне Заң белгілеген мөлшерден тыс (АЕК-пен)',
    ru: 'средства гранта вне размера, установленного Законом для типа гранта (в МРП)',
    en: "the grant funds fall outside the size the law sets for the grant's type (in МРП)",
  },
  messages: {
    kk: (p) =>
      `${p.months} айлық жоба — ${TYPE_NAMES[p.type].kk} грант: мөлшері ${money(p.min)}${p.max ? `–${money(p.max)}` : '-дан жоғары'} теңге болуы керек, сметада ${money(p.actual)} (Заңның 6-1-бабы 2-тармағы)`,
    ru: (p) =>
      `Проект на ${p.months} мес. — размер ${TYPE_NAMES[p.type].ru} гранта ${p.max ? `от ${money(p.min)} до ${money(p.max)}` : `от ${money(p.min)}`} тенге, в смете ${money(p.actual)} (ст. 6-1 п. 2 Закона)`,
    en: (p) =>
      `A ${p.months}-month project is a ${TYPE_NAMES[p.type].en} grant of ${money(p.min)}${p.max ? `–${money(p.max)}` : ' or more'} tenge; the estimate asks for ${money(p.actual)} (Law on NGO grants, art. 6-1 p. 2)`,
  },
  *check(grant, ctx) {
    const mrp = ctx.profile.payroll[String(ctx.year)]?.mrp.value;
    if (mrp === undefined) return;
    for (const est of grant.estimates) {
      if (!est.period || !est.grandTotal) continue;
      const field =
        est.grandTotal.grant && value(est.grandTotal.grant) ? est.grandTotal.grant : est.grandTotal.total;
      const amount = value(field);
      const type = grantType(est.period.months);
      const size = ctx.profile.grantSize.find((s) => s.type === type);
      if (amount === null || amount === 0 || !size) continue;
      const min = size.minMRP * mrp;
      const max = size.maxMRP === null ? null : size.maxMRP * mrp;
      if (amount < min || (max !== null && amount > max)) {
        yield {
          sheet: est.sheet,
          cell: field.cell,
          expected: amount < min ? min : max!,
          actual: amount,
          params: { type, min, max, months: est.period.months },
        };
      }
    }
  },
});
