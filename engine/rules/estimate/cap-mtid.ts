import type { GrantType } from '../../model/estimate';
import { roundMoney } from '../../read/number';
import { defineRule } from '../define';
import { percent, tenge } from '../format';
import { capLines } from './cap-lines';
import { figuresOf, value } from '../../calc/estimate-figures';
import { grantTypeOf } from './grant-type';

interface Params {
  share: number;
  cap: number;
  base: number;
  /** The base is the grant funds (the law's), or the grand total when the sheet has no grant-funds column. */
  ofGrant: boolean;
  /** Share of the grand total too, when an own contribution makes it differ. */
  shareOfTotal: number | null;
  type: GrantType;
  /** What to take off the counted lines: moved to other lines (the grant stays), or cut from the grant. */
  cut: number;
  cutShrink: number;
  cells: string[];
  scale: number;
  /** A long-term grant: the cap does not apply (an info, not an error). */
  long: boolean;
}

const TYPE = {
  kk: { short: 'қысқа мерзімді', medium: 'орта мерзімді', long: 'ұзақ мерзімді' },
  ru: { short: 'краткосрочного', medium: 'среднесрочного', long: 'долгосрочного' },
  en: { short: 'short-term', medium: 'medium-term', long: 'long-term' },
} as const;

const listed = (cells: string[]) =>
  cells.length > 6 ? `${cells.slice(0, 6).join(', ')}…` : cells.join(', ');

/**
 * Law on state social order, grants and awards for NGOs, art. 6-1 p. 5: material-technical support
 * plus institutional development ≤ 10 % of the total cost of short- and medium-term grants. The
 * base is the grant (the grant-funds total, not the own contribution); long-term grants are not capped.
 */
export const capMtid = defineRule<Params>({
  id: 'estimate.cap.mtid',
  severity: 'error',
  forms: ['estimate'],
  summary: {
    kk: 'Материалдық-техникалық қамтамасыз ету мен институционалдық даму шығыстары (бөлімі бойынша да, мазмұны бойынша да) қысқа және орта мерзімді гранттың грант қаражатының 10\u00a0%-ынан асады (Заңның 6-1-бабының 5-тармағы).',
    ru: 'Расходы на МТО и институциональное развитие (по разделу и по содержанию) превышают 10\u00a0% средств краткосрочного или среднесрочного гранта (п. 5 ст. 6-1 Закона).',
    en: 'Material-technical support and institutional development (by section and by content) exceed 10\u00a0% of the grant funds of a short- or medium-term grant (art. 6-1 p. 5 of the Law).',
  },
  messages: {
    kk: (p) =>
      p.long
        ? `Ұзақ мерзімді грант (${tenge(p.base, p.scale, 'kk')}, 10 000 АЕК-тен кем емес): материалдық-техникалық қамтамасыз ету мен институционалдық даму шығыстарына (${tenge(p.actual, p.scale, 'kk')}, ${percent(p.share)}) Заңның 6-1-бабының 5-тармағындағы ${percent(p.cap)} шегі қолданылмайды`
        : `Материалдық-техникалық қамтамасыз ету мен институционалдық даму шығыстары ${tenge(p.actual, p.scale, 'kk')} — ${p.ofGrant ? 'грант қаражатының' : 'жалпы сомасының'} (${tenge(p.base, p.scale, 'kk')}) ${percent(p.share)}${p.shareOfTotal === null ? '' : `, жеке салыммен бірге жалпы сомасының ${percent(p.shareOfTotal)}`}; ${TYPE.kk[p.type]} грант үшін шегі ${percent(p.cap)}: ${tenge(p.expected, p.scale, 'kk')} (Заңның 6-1-бабының 5-тармағы). Бұл жолдарды ${tenge(p.cut, p.scale, 'kk')} азайтып, басқа жолдарға ауыстырыңыз (грант сомасы өзгермесе) немесе ${tenge(p.cutShrink, p.scale, 'kk')} қысқартыңыз (грант сомасы да азайса). Есептелген жолдар (${p.cells.length}): ${listed(p.cells)}`,
    ru: (p) =>
      p.long
        ? `Долгосрочный грант (${tenge(p.base, p.scale, 'ru')}, не менее 10 000 МРП): предел ${percent(p.cap)} по п. 5 ст. 6-1 Закона к расходам на МТО и институциональное развитие (${tenge(p.actual, p.scale, 'ru')}, ${percent(p.share)}) не применяется`
        : `Расходы на МТО и институциональное развитие ${tenge(p.actual, p.scale, 'ru')} — ${percent(p.share)} ${p.ofGrant ? 'средств гранта' : 'общей суммы'} (${tenge(p.base, p.scale, 'ru')})${p.shareOfTotal === null ? '' : `, ${percent(p.shareOfTotal)} общей суммы с собственным вкладом`}; для ${TYPE.ru[p.type]} гранта предел ${percent(p.cap)}: ${tenge(p.expected, p.scale, 'ru')} (п. 5 ст. 6-1 Закона). Уменьшите эти строки на ${tenge(p.cut, p.scale, 'ru')}, перенеся сумму на другие статьи (сумма гранта та же), или сократите на ${tenge(p.cutShrink, p.scale, 'ru')} (если сумма гранта уменьшается вместе с ними). Учтённые строки (${p.cells.length}): ${listed(p.cells)}`,
    en: (p) =>
      p.long
        ? `A long-term grant (${tenge(p.base, p.scale, 'en')}, at least 10 000 MRP): the ${percent(p.cap)} cap of art. 6-1 p. 5 does not apply to its material-technical support and institutional development (${tenge(p.actual, p.scale, 'en')}, ${percent(p.share)})`
        : `Material-technical support and institutional development cost ${tenge(p.actual, p.scale, 'en')}, ${percent(p.share)} of the ${p.ofGrant ? 'grant funds' : 'grand total'} (${tenge(p.base, p.scale, 'en')})${p.shareOfTotal === null ? '' : `, ${percent(p.shareOfTotal)} of the grand total with the own contribution`}; the cap for a ${TYPE.en[p.type]} grant is ${percent(p.cap)}: ${tenge(p.expected, p.scale, 'en')} (Law on NGO grants, art. 6-1 p. 5). Reduce these lines by ${tenge(p.cut, p.scale, 'en')}, moving it to other lines (the grant stays the same), or cut ${tenge(p.cutShrink, p.scale, 'en')} (if the grant shrinks with them). Lines counted (${p.cells.length}): ${listed(p.cells)}`,
  },
  check(hits, grant, ctx) {
    const cap = ctx.profile.caps.mtidShare.value;
    for (const est of grant.estimates) {
      const counted = [...capLines(est).keys()];
      if (counted.length === 0) continue;
      const fig = figuresOf(est);
      const grandGrant = est.grandTotal ? value(est.grandTotal.grant) : null;
      const ofGrant = est.columns.grant !== null && grandGrant !== null && grandGrant > 0;
      const col = ofGrant ? 'grant' : 'total';
      const spent = fig.sum(counted, col, 'intended');
      const base =
        (ofGrant ? grandGrant : est.grandTotal ? value(est.grandTotal.total) : null) ??
        fig.sum(fig.topLevel(), col, 'intended');
      const type = grantTypeOf(est, ctx)?.type ?? 'short';
      if (spent === null || base === null || base <= 0 || spent <= 0) continue;
      const limit = roundMoney(base * cap);
      if (spent <= limit && type !== 'long') continue;
      const total = est.grandTotal ? value(est.grandTotal.total) : null;
      const first = est.lines[counted[0]!]!;
      hits.push({
        sheet: est.sheet,
        cell: first.total.cell,
        expected: limit,
        actual: roundMoney(spent),
        severity: type === 'long' ? 'info' : undefined,
        params: {
          long: type === 'long',
          share: spent / base,
          cap,
          base,
          ofGrant,
          shareOfTotal: ofGrant && total && Math.abs(total - base) > 0.005 ? spent / total : null,
          type,
          cut: roundMoney(spent - limit),
          // Cutting x off the lines cuts the grant too: (spent − x) ≤ cap · (base − x).
          cutShrink: Math.ceil((spent - base * cap) / (1 - cap)),
          cells: counted.map((i) => est.lines[i]!.total.cell),
          scale: est.scale,
        },
      });
    }
  },
});
