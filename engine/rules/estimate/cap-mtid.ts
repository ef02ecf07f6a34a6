import { roundMoney } from '../../read/number';
import { defineRule } from '../define';
import { money, percent } from '../format';
import { Figures, value } from '../../calc/estimate-figures';

const CAPPED = new Set(['mt', 'inst', 'mtid']);

/**
 * Law on state social order, grants and awards for NGOs, art. 6-1 p. 5: material-technical
 * support plus institutional development ≤ 10 % of the grant's total cost (the estimate's grand total).
 */
export const capMtid = defineRule<{ share: number; cap: number }>({
  id: 'estimate.cap.mtid',
  severity: 'error',
  forms: ['estimate'],
  summary: {
    kk: 'материалдық-техникалық қамтамасыз ету + институционалдық даму гранттың жалпы құнының 10 %-ынан асады',
    ru: 'материально-техническое обеспечение + институциональное развитие > 10 % общей стоимости гранта',
    en: 'material-technical support + institutional development > 10 % of the grand total',
  },
  messages: {
    kk: (p) =>
      `Материалдық-техникалық қамтамасыз ету мен институционалдық даму шығыстары ${money(p.actual)} (${percent(p.share)}), шегі — гранттың жалпы құнының ${percent(p.cap)}: ${money(p.expected)} (Заңның 6-1-бабы 5-тармағы)`,
    ru: (p) =>
      `Расходы на материально-техническое обеспечение и институциональное развитие ${money(p.actual)} (${percent(p.share)}), предел — ${percent(p.cap)} общей стоимости гранта: ${money(p.expected)} (ст. 6-1 п. 5 Закона)`,
    en: (p) =>
      `Material-technical support and institutional development cost ${money(p.actual)} (${percent(p.share)}); the cap is ${percent(p.cap)} of the grant's total cost: ${money(p.expected)} (Law on NGO grants, art. 6-1 p. 5)`,
  },
  *check(grant, ctx) {
    const cap = ctx.profile.caps.mtidShare.value;
    for (const est of grant.estimates) {
      const fig = new Figures(est);
      const capped: number[] = [];
      est.lines.forEach((line, i) => {
        const parentCapped = line.parent !== null && CAPPED.has(est.lines[line.parent]!.category);
        if (CAPPED.has(line.category) && !parentCapped) capped.push(i);
      });
      if (capped.length === 0) continue;
      const spent = fig.sum(capped, 'total', 'intended');
      const base =
        (est.grandTotal ? value(est.grandTotal.total) : null) ?? fig.sum(fig.topLevel(), 'total', 'intended');
      if (spent === null || base === null || base <= 0) continue;
      const limit = roundMoney(base * cap);
      if (spent > limit) {
        const first = est.lines[capped[0]!]!;
        yield {
          sheet: est.sheet,
          cell: first.total.cell,
          expected: limit,
          actual: roundMoney(spent),
          params: { share: spent / base, cap },
        };
      }
    }
  },
});
