import { defineRule } from '../define';
import { compareValues, type Gap } from './compare';
import { measuresOf } from './walk';
import { SHORTFALL_ADVICE, component, scaled, shown } from './words';

type Params = { label: string; gap: Gap };

const WORSE = {
  kk: (g: Gap) => (g.comparator === 'atMost' ? 'жоспардан жоғары' : 'жоспардан төмен'),
  ru: (g: Gap) => (g.comparator === 'atMost' ? 'выше плана' : 'ниже плана'),
  en: (g: Gap) => (g.comparator === 'atMost' ? 'above the plan' : 'below the plan'),
};

/** A reported fact short of its plan: under an "at least" / exact plan, or over an "at most" one. */
export const planFactBelow = defineRule<Params>({
  id: 'plan.fact.below',
  severity: 'error',
  forms: ['plan'],
  messages: {
    kk: (p) =>
      `«${p.label}»${component(p.gap, 'kk')}: факт ${shown(p.actual, p.gap.percent)} ${WORSE.kk(p.gap)} — жоспар ${shown(p.expected, p.gap.percent)}${scaled(p.gap, 'kk')}. ${SHORTFALL_ADVICE.kk}`,
    ru: (p) =>
      `«${p.label}»${component(p.gap, 'ru')}: факт ${shown(p.actual, p.gap.percent)} ${WORSE.ru(p.gap)} — план ${shown(p.expected, p.gap.percent)}${scaled(p.gap, 'ru')}. ${SHORTFALL_ADVICE.ru}`,
    en: (p) =>
      `"${p.label}"${component(p.gap, 'en')}: the fact ${shown(p.actual, p.gap.percent)} is ${WORSE.en(p.gap)} of ${shown(p.expected, p.gap.percent)}${scaled(p.gap, 'en')}. ${SHORTFALL_ADVICE.en}`,
  },
  *check(grant) {
    for (const { plan, activity, measure } of measuresOf(grant)) {
      if (!measure.fact || !measure.factCell) continue;
      const result = compareValues(measure.plan, measure.fact, {
        events: activity.events,
        factFraction: measure.factFraction,
      });
      if (result.kind !== 'gaps') continue;
      for (const gap of result.gaps) {
        yield {
          sheet: plan.sheet,
          cell: measure.factCell,
          expected: gap.expected,
          actual: gap.actual,
          params: { label: measure.label || activity.title, gap },
        };
      }
    }
  },
});
