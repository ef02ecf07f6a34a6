import type { GrantType } from '../../model/estimate';
import { roundMoney } from '../../read/number';
import { defineRule } from '../define';
import { tenge } from '../format';
import { value } from '../../calc/estimate-figures';

const TYPE_NAMES: Record<GrantType, { kk: string; ru: string; en: string }> = {
  short: { kk: 'қысқа мерзімді', ru: 'краткосрочный', en: 'short-term' },
  medium: { kk: 'орта мерзімді', ru: 'среднесрочный', en: 'medium-term' },
  long: { kk: 'ұзақ мерзімді', ru: 'долгосрочный', en: 'long-term' },
};

/** Short-term grants last up to a year, medium-term up to two (Law on NGO grants, art. 6-1 p. 2). */
function grantType(months: number): GrantType {
  return months <= 12 ? 'short' : months <= 24 ? 'medium' : 'long';
}

interface Params {
  type: GrantType;
  months: number;
  /** The bound crossed, and by how much, in the sheet's unit. */
  over: boolean;
  diff: number;
  scale: number;
}

/** The grant funds must fall within the size the law sets for the grant's type, in МРП of the year. */
export const grantSize = defineRule<Params>({
  id: 'estimate.grant.size',
  severity: 'warning',
  forms: ['estimate'],
  summary: {
    kk: 'Грант сомасы оның түріне Заңда белгіленген мөлшерге (АЕК-пен) сәйкес емес (ескерту).',
    ru: 'Сумма гранта не в пределах, установленных Законом для его вида (в МРП) (замечание).',
    en: 'The grant is outside the size the law sets for its type, in МРП (warning).',
  },
  messages: {
    kk: (p) =>
      `${p.months} айлық жоба — ${TYPE_NAMES[p.type].kk} грант: мөлшері ${p.over ? `${tenge(p.expected, p.scale, 'kk')} аспауы` : `кемінде ${tenge(p.expected, p.scale, 'kk')} болуы`} керек, сметада ${tenge(p.actual, p.scale, 'kk')} (Заңның 6-1-бабының 2-тармағы). Грант қаражатын ${tenge(p.diff, p.scale, 'kk')} ${p.over ? 'азайтыңыз' : 'көбейтіңіз'}`,
    ru: (p) =>
      `Проект на ${p.months} мес. — ${TYPE_NAMES[p.type].ru} грант: размер ${p.over ? 'не более' : 'не менее'} ${tenge(p.expected, p.scale, 'ru')}, в смете ${tenge(p.actual, p.scale, 'ru')} (п. 2 ст. 6-1 Закона). ${p.over ? 'Сократите' : 'Увеличьте'} средства гранта на ${tenge(p.diff, p.scale, 'ru')}`,
    en: (p) =>
      `A ${p.months}-month project is a ${TYPE_NAMES[p.type].en} grant of ${p.over ? 'at most' : 'at least'} ${tenge(p.expected, p.scale, 'en')}; the estimate asks for ${tenge(p.actual, p.scale, 'en')} (Law on NGO grants, art. 6-1 p. 2). ${p.over ? 'Reduce' : 'Increase'} the grant funds by ${tenge(p.diff, p.scale, 'en')}`,
  },
  check(hits, grant, ctx) {
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
      // Bounds in the sheet's own unit (thousands of tenge when it says so).
      const min = (size.minMRP * mrp) / est.scale;
      const max = size.maxMRP === null ? null : (size.maxMRP * mrp) / est.scale;
      const over = max !== null && amount > max;
      if (amount >= min && !over) continue;
      const bound = over ? max! : min;
      hits.push({
        sheet: est.sheet,
        cell: field.cell,
        expected: bound,
        actual: amount,
        params: {
          type,
          months: est.period.months,
          over,
          diff: roundMoney(Math.abs(amount - bound)),
          scale: est.scale,
        },
      });
    }
  },
});
