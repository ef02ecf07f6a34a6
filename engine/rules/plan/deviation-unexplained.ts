import { defineRule } from '../define';
import { percent } from '../format';
import { measuresOf } from '../../calc/plan-walk';

interface Params {
  label: string;
  deviation: number;
  threshold: number;
}

/**
 * In a report with a column for the reasons of deviations, a fact that differs from its plan by
 * more than the profile's share (10 %) must say why. Only single counts and shares are compared;
 * a per-event plan is scaled by the activity's events first.
 */
export const planDeviationUnexplained = defineRule<Params>({
  id: 'plan.deviation.unexplained',
  severity: 'warning',
  forms: ['plan'],
  summary: {
    kk: 'Қорытынды есепте факт жоспардан 10\u00a0%-дан артық ауытқыған, ал себебі жазылмаған.',
    ru: 'В итоговом отчёте факт отклоняется от плана более чем на 10\u00a0%, а причина не указана.',
    en: 'In a final report, a fact differs from plan by more than 10\u00a0% and no reason is given.',
  },
  messages: {
    kk: (p) =>
      `«${p.label}»: факт ${p.actual} жоспардан (${p.expected}) ${percent(p.deviation)} ауытқыған, ал себебі жазылмаған — ауытқу себебін түсіндіріңіз (${percent(p.threshold)}-дан асса міндетті)`,
    ru: (p) =>
      `«${p.label}»: факт ${p.actual} отклоняется от плана (${p.expected}) на ${percent(p.deviation)}, причина не указана — поясните отклонение (обязательно свыше ${percent(p.threshold)})`,
    en: (p) =>
      `"${p.label}": the fact ${p.actual} differs from the plan (${p.expected}) by ${percent(p.deviation)} and no reason is given; explain the deviation (required beyond ${percent(p.threshold)})`,
  },
  check(hits, grant, ctx) {
    const threshold = ctx.profile.plan.deviationShare;
    for (const { plan, activity, measure } of measuresOf(grant)) {
      const { plan: planned, fact } = measure;
      if (plan.columns.note === null || !fact || !measure.factCell || measure.note.trim() !== '') continue;
      if (planned.values.length !== 1 || fact.values.length !== 1) continue;
      if (planned.comparator === 'unreadable' || fact.comparator === 'unreadable') continue;
      const events = planned.perEvent && !fact.perEvent ? (activity.events ?? null) : 1;
      if (events === null) continue;
      const expected = planned.values[0]! * events;
      const actual = fact.values[0]! * (planned.percent && measure.factFraction ? 100 : 1);
      if (expected <= 0) continue;
      const deviation = Math.abs(actual - expected) / expected;
      if (deviation <= threshold + 1e-9) continue;
      hits.push({
        sheet: plan.sheet,
        cell: measure.factCell,
        expected,
        actual,
        params: { label: measure.label || activity.title, deviation, threshold },
      });
    }
  },
});
