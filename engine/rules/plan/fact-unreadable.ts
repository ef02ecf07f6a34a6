import { defineRule } from '../define';
import { compareValues } from '../../calc/plan-compare';
import { measuresOf } from '../../calc/plan-walk';

type Params = { label: string; why: 'unreadable' | 'incomparable' };

/** A fact that is there but cannot be set against its plan: the check says so instead of guessing. */
export const planFactUnreadable = defineRule<Params>({
  id: 'plan.fact.unreadable',
  severity: 'warning',
  forms: ['plan'],
  summary: {
    kk: 'фактіні жоспармен салыстыру мүмкін емес',
    ru: 'факт невозможно сравнить с планом',
    en: 'a fact cannot be compared with its plan (a count against a share…)',
  },
  messages: {
    kk: (p) =>
      p.why === 'unreadable'
        ? `«${p.label}»: факт «${p.actual}» оқылмады — жоспармен (${p.expected}) салыстырылмады`
        : `«${p.label}»: факт «${p.actual}» жоспармен «${p.expected}» салыстыруға келмейді (сан/пайыз немесе мәндер саны сәйкес емес)`,
    ru: (p) =>
      p.why === 'unreadable'
        ? `«${p.label}»: факт «${p.actual}» не прочитан — с планом (${p.expected}) не сравнивался`
        : `«${p.label}»: факт «${p.actual}» нельзя сравнить с планом «${p.expected}» (число/процент или число значений не совпадает)`,
    en: (p) =>
      p.why === 'unreadable'
        ? `"${p.label}": the fact "${p.actual}" could not be read; not compared with the plan (${p.expected})`
        : `"${p.label}": the fact "${p.actual}" cannot be compared with the plan "${p.expected}" (count vs percentage, or a different number of values)`,
  },
  *check(grant) {
    for (const { plan, activity, measure } of measuresOf(grant)) {
      const fact = measure.fact;
      if (!fact || !measure.factCell || measure.plan.comparator === 'unreadable') continue;
      if (fact.reason === 'empty') continue;
      const where = {
        sheet: plan.sheet,
        cell: measure.factCell,
        expected: measure.plan.text,
        actual: fact.text,
      };
      const label = measure.label || activity.title;
      if (fact.comparator === 'unreadable') yield { ...where, params: { label, why: 'unreadable' } };
      else {
        const result = compareValues(measure.plan, fact, {
          events: activity.events,
          factFraction: measure.factFraction,
        });
        if (result.kind === 'incomparable') yield { ...where, params: { label, why: 'incomparable' } };
      }
    }
  },
});
