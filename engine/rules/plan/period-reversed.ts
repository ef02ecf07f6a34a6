import { isOutside, isReversed, periodEnds } from '../../read/plan/activity-period';
import { defineRule } from '../define';

interface Params {
  title: string;
  period: string;
  /** Reversed in one year, or outside the project period of block I (then named). */
  why: 'reversed' | 'outside';
  project: string;
}

/**
 * An activity's period whose end comes before its start in one year ("Қазан-қыркүйек": a typo for
 * "Қыркүйек-қазан", or two years without the years), or that falls outside the project period
 * stated in block I. A warning: the reader cannot tell which was meant.
 */
export const planPeriodReversed = defineRule<Params>({
  id: 'plan.period.reversed',
  severity: 'warning',
  forms: ['plan'],
  summary: {
    kk: 'Іс-шараның мерзімі басталуынан бұрын аяқталады немесе жобаның іске асыру кезеңінен тыс.',
    ru: 'Срок мероприятия заканчивается раньше начала или выходит за период реализации проекта.',
    en: "An activity's period ends before it starts, or falls outside the project period.",
  },
  messages: {
    kk: (p) =>
      p.why === 'reversed'
        ? `«${p.title}»: өткізу мерзімі «${p.period}» — аяқталуы басталуынан бұрын. Айларды ретімен жазыңыз немесе жылдарын көрсетіңіз`
        : `«${p.title}»: өткізу мерзімі «${p.period}» жобаның іске асыру кезеңінен («${p.project}») тыс. Мерзімді кезең ішіне келтіріңіз`,
    ru: (p) =>
      p.why === 'reversed'
        ? `«${p.title}»: срок «${p.period}» — окончание раньше начала. Укажите месяцы по порядку или добавьте годы`
        : `«${p.title}»: срок «${p.period}» выходит за период реализации проекта («${p.project}»). Приведите срок в пределы периода`,
    en: (p) =>
      p.why === 'reversed'
        ? `"${p.title}": the period "${p.period}" ends before it starts. Write the months in order or state the years`
        : `"${p.title}": the period "${p.period}" falls outside the project period ("${p.project}"). Bring it within the project period`,
  },
  check(hits, grant) {
    const projectText = grant.project?.period ?? '';
    const project = projectText ? periodEnds(projectText) : null;
    for (const plan of grant.plans)
      for (const task of plan.tasks)
        for (const a of task.activities) {
          const ends = a.period ? periodEnds(a.period) : null;
          if (!ends || !a.periodCell) continue;
          const why = isReversed(ends) ? 'reversed' : project && isOutside(ends, project) ? 'outside' : null;
          if (why)
            hits.push({
              sheet: plan.sheet,
              cell: a.periodCell,
              actual: a.period,
              params: { title: a.title, period: a.period, why, project: projectText },
            });
        }
  },
});
