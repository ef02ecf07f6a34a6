import type { ImpactKind } from '../../model/impact';
import { defineRule } from '../define';
import { compareValues, type Gap } from '../../calc/plan-compare';
import { SHORTFALL_ADVICE, component, shown } from '../plan/words';

/** Indicators that are targets; the money rows (payroll, taxes, economy) are reported amounts, not targets. */
const TARGETS: ReadonlySet<ImpactKind> = new Set([
  'direct',
  'indirect',
  'staff',
  'specialists',
  'ngos',
  'partners',
  'other',
]);

export const impactFactBelow = defineRule<{ indicator: string; gap: Gap }>({
  id: 'impact.fact.below',
  severity: 'error',
  forms: ['impact'],
  summary: {
    kk: 'Әлеуметтік әсер көрсеткішінің нақты деңгейі жоспардан төмен.',
    ru: 'Фактический уровень показателя социального эффекта ниже планового.',
    en: 'A social-impact fact is below plan.',
  },
  messages: {
    kk: (p) =>
      `«${p.indicator}»${component(p.gap, 'kk')}: нақты деңгейі ${shown(p.actual, p.gap.percent)} жоспарланған ${shown(p.expected, p.gap.percent)} деңгейінен ${p.gap.comparator === 'atMost' ? 'жоғары' : 'төмен'}. ${SHORTFALL_ADVICE.kk}`,
    ru: (p) =>
      `«${p.indicator}»${component(p.gap, 'ru')}: фактический уровень ${shown(p.actual, p.gap.percent)} ${p.gap.comparator === 'atMost' ? 'выше' : 'ниже'} планового ${shown(p.expected, p.gap.percent)}. ${SHORTFALL_ADVICE.ru}`,
    en: (p) =>
      `"${p.indicator}"${component(p.gap, 'en')}: the actual level ${shown(p.actual, p.gap.percent)} is ${p.gap.comparator === 'atMost' ? 'above' : 'below'} the planned ${shown(p.expected, p.gap.percent)}. ${SHORTFALL_ADVICE.en}`,
  },
  check(hits, grant) {
    for (const impact of grant.impacts) {
      for (const row of impact.rows) {
        if (!TARGETS.has(row.kind) || !row.fact || !row.factCell) continue;
        const result = compareValues(row.plan, row.fact, { events: null, factFraction: false });
        if (result.kind !== 'gaps') continue;
        for (const gap of result.gaps) {
          hits.push({
            sheet: impact.sheet,
            cell: row.factCell,
            expected: gap.expected,
            actual: gap.actual,
            params: { indicator: row.indicator, gap },
          });
        }
      }
    }
  },
});
