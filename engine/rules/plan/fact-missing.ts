import { defineRule } from '../define';
import { measuresOf } from '../../calc/plan-walk';

/** A report's fact column is empty for a planned measure. Only tables with a fact column are reports. */
export const planFactMissing = defineRule<{ label: string }>({
  id: 'plan.fact.missing',
  severity: 'warning',
  forms: ['plan'],
  summary: {
    kk: 'Есепте жоспарланған көрсеткіштің фактісі жоқ (ескерту).',
    ru: 'В отчёте нет факта по плановому показателю (замечание).',
    en: 'A planned measure has no fact in a report (warning).',
  },
  messages: {
    kk: (p) =>
      `«${p.label}»: жоспар ${p.expected}, ал нақты мәні (факт) көрсетілмеген. Факт бағанына қол жеткен мәнді жазыңыз`,
    ru: (p) =>
      `«${p.label}»: план ${p.expected}, а фактическое значение не указано. Впишите достигнутое значение в графу факта`,
    en: (p) =>
      `"${p.label}": planned ${p.expected}, but no fact is given. Type the value achieved in the fact column`,
  },
  check(hits, grant) {
    for (const { plan, activity, measure } of measuresOf(grant)) {
      if (!measure.fact || !measure.factCell) continue;
      if (measure.plan.comparator === 'unreadable' || measure.fact.reason !== 'empty') continue;
      hits.push({
        sheet: plan.sheet,
        cell: measure.factCell,
        expected: measure.plan.text,
        params: { label: measure.label || activity.title },
      });
    }
  },
});
