import { defineRule } from '../define';
import { compareValues } from '../../calc/plan-compare';
import { READABLE_EXAMPLE } from './reasons';
import { measuresOf } from '../../calc/plan-walk';

type Params = { label: string; why: 'unreadable' | 'incomparable' };

/** A fact that is there but cannot be set against its plan: the check says so instead of guessing. */
export const planFactUnreadable = defineRule<Params>({
  id: 'plan.fact.unreadable',
  severity: 'warning',
  forms: ['plan'],
  summary: {
    kk: 'Фактіні жоспармен салыстыру мүмкін емес: сан мен пайыз, мәндер саны әртүрлі (ескерту).',
    ru: 'Факт нельзя сравнить с планом: число против процента, разное число значений (замечание).',
    en: 'A fact cannot be compared with its plan: a count against a share, a different number of values (warning).',
  },
  messages: {
    kk: (p) =>
      p.why === 'unreadable'
        ? `«${p.label}»: факт «${p.actual}» оқылмады, жоспармен (${p.expected}) салыстырылмады: ${READABLE_EXAMPLE.kk}`
        : `«${p.label}»: факт «${p.actual}» жоспармен «${p.expected}» салыстыруға келмейді (сан мен пайыз немесе мәндер саны сәйкес емес): фактіні жоспар сияқты жазыңыз`,
    ru: (p) =>
      p.why === 'unreadable'
        ? `«${p.label}»: факт «${p.actual}» не прочитан, с планом (${p.expected}) не сравнивался: ${READABLE_EXAMPLE.ru}`
        : `«${p.label}»: факт «${p.actual}» нельзя сравнить с планом «${p.expected}» (число против процента или разное число значений): запишите факт в том же виде, что и план`,
    en: (p) =>
      p.why === 'unreadable'
        ? `"${p.label}": the fact "${p.actual}" could not be read, so it was not compared with the plan (${p.expected}): ${READABLE_EXAMPLE.en}`
        : `"${p.label}": the fact "${p.actual}" cannot be compared with the plan "${p.expected}" (a count against a percentage, or a different number of values): write the fact the way the plan is written`,
  },
  check(hits, grant) {
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
      if (fact.comparator === 'unreadable') hits.push({ ...where, params: { label, why: 'unreadable' } });
      else {
        const result = compareValues(measure.plan, fact, {
          events: activity.events,
          factFraction: measure.factFraction,
        });
        if (result.kind === 'incomparable') hits.push({ ...where, params: { label, why: 'incomparable' } });
      }
    }
  },
});
