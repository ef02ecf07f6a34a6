import { defineRule } from '../define';
import { measuresOf } from '../../calc/plan-walk';

/**
 * A fact cell that repeats the plan's wording ("кемінде 20", "не менее 20") instead of an achieved
 * value: the report states no fact. An achieved value is a count, never "at least" or "at most".
 */
export const planFactCopied = defineRule<{ label: string }>({
  id: 'plan.fact.copied',
  severity: 'warning',
  forms: ['plan'],
  summary: {
    kk: 'Факт бағанында қол жеткізілген мән емес, жоспардың сөзі тұр («кемінде 20»).',
    ru: 'В графе факта повторена формулировка плана («не менее 20»), а не достигнутое значение.',
    en: 'A fact cell repeats the plan wording ("at least 20") instead of the value achieved.',
  },
  messages: {
    kk: (p) =>
      `«${p.label}»: факт бағанында жоспардың сөзі тұр («${p.actual}») — нақты қол жеткізілген мәнді жазыңыз`,
    ru: (p) =>
      `«${p.label}»: в графе факта повторена формулировка плана («${p.actual}») — укажите достигнутое значение`,
    en: (p) =>
      `"${p.label}": the fact cell repeats the plan's wording ("${p.actual}"); write the value achieved`,
  },
  check(hits, grant) {
    for (const { plan, activity, measure } of measuresOf(grant)) {
      const fact = measure.fact;
      if (!fact || !measure.factCell) continue;
      if (fact.comparator !== 'atLeast' && fact.comparator !== 'atMost') continue;
      hits.push({
        sheet: plan.sheet,
        cell: measure.factCell,
        expected: measure.plan.text,
        actual: fact.text,
        params: { label: measure.label || activity.title },
      });
    }
  },
});
