import { defineRule } from '../define';
import { compareValues, type Gap } from '../../calc/plan-compare';
import { measuresOf } from '../../calc/plan-walk';
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
  summary: {
    kk: 'Факт «кемінде» немесе нақты жоспардан төмен немесе «көп емес» жоспардан жоғары («4/1» мәнінің әр бөлігі салыстырылады; әр іс-шараға берілген мән іс-шаралар санына көбейтіледі).',
    ru: 'Факт ниже плана «не менее» или точного плана либо выше плана «не более» (каждая часть «4/1» сравнивается отдельно; значение на мероприятие умножается на число мероприятий).',
    en: 'A fact is below an "at least" or exact plan, or above an "at most" one (each part of "4/1" compared; per-event values are multiplied by the number of events).',
  },
  messages: {
    kk: (p) =>
      `«${p.label}»${component(p.gap, 'kk')}: факт ${shown(p.actual, p.gap.percent)} ${WORSE.kk(p.gap)} — жоспар ${shown(p.expected, p.gap.percent)}${scaled(p.gap, 'kk')}. ${SHORTFALL_ADVICE.kk}`,
    ru: (p) =>
      `«${p.label}»${component(p.gap, 'ru')}: факт ${shown(p.actual, p.gap.percent)} ${WORSE.ru(p.gap)} — план ${shown(p.expected, p.gap.percent)}${scaled(p.gap, 'ru')}. ${SHORTFALL_ADVICE.ru}`,
    en: (p) =>
      `"${p.label}"${component(p.gap, 'en')}: the fact ${shown(p.actual, p.gap.percent)} is ${WORSE.en(p.gap)} of ${shown(p.expected, p.gap.percent)}${scaled(p.gap, 'en')}. ${SHORTFALL_ADVICE.en}`,
  },
  check(hits, grant) {
    for (const { plan, activity, measure } of measuresOf(grant)) {
      if (!measure.fact || !measure.factCell) continue;
      const result = compareValues(measure.plan, measure.fact, {
        events: activity.events,
        factFraction: measure.factFraction,
      });
      if (result.kind !== 'gaps') continue;
      for (const gap of result.gaps) {
        hits.push({
          sheet: plan.sheet,
          cell: measure.factCell,
          expected: gap.expected,
          actual: gap.actual,
          params: { label: measure.label || activity.title, gap },
        });
      }
    }
  },
});
