import { isReversed, periodEnds } from '../../read/plan/activity-period';
import { defineRule } from '../define';

/**
 * An activity's period whose end comes before its start in one year ("Қазан-қыркүйек"): a typo
 * for "Қыркүйек-қазан", or a period over two years without the years. A warning: the reader
 * cannot tell which.
 */
export const planPeriodReversed = defineRule<{ title: string; period: string }>({
  id: 'plan.period.reversed',
  severity: 'warning',
  forms: ['plan'],
  messages: {
    kk: (p) =>
      `«${p.title}»: өткізу мерзімі «${p.period}» — аяқталуы басталуынан бұрын. Айларды ретімен жазыңыз немесе жылдарын көрсетіңіз`,
    ru: (p) =>
      `«${p.title}»: срок «${p.period}» — окончание раньше начала. Укажите месяцы по порядку или добавьте годы`,
    en: (p) =>
      `"${p.title}": the period "${p.period}" ends before it starts. Write the months in order or state the years`,
  },
  *check(grant) {
    for (const plan of grant.plans)
      for (const task of plan.tasks)
        for (const a of task.activities) {
          const ends = a.period ? periodEnds(a.period) : null;
          if (!ends || !a.periodCell || !isReversed(ends)) continue;
          yield {
            sheet: plan.sheet,
            cell: a.periodCell,
            actual: a.period,
            params: { title: a.title, period: a.period },
          };
        }
  },
});
