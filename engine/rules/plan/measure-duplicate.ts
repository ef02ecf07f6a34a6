import { norm } from '../../read/text';
import { defineRule } from '../define';

/** The same measure twice in one activity with different targets: which one is the plan? */
export const planMeasureDuplicate = defineRule<{ label: string; first: string; firstCell: string }>({
  id: 'plan.measure.duplicate',
  severity: 'warning',
  forms: ['plan'],
  summary: {
    kk: 'Бір іс-шарада бір көрсеткіш екі рет, әр түрлі жоспармен.',
    ru: 'Один показатель дважды в одном мероприятии с разными планами.',
    en: 'The same measure twice in one activity with different targets.',
  },
  messages: {
    kk: (p) =>
      `«${p.label}» бір іс-шарада екі рет, әр түрлі жоспармен: ${p.firstCell} ұяшығында «${p.first}», мұнда «${p.actual}». Біреуін қалдырыңыз немесе атауын нақтылаңыз`,
    ru: (p) =>
      `«${p.label}» дважды в одном мероприятии с разными планами: в ${p.firstCell} «${p.first}», здесь «${p.actual}». Оставьте один или уточните название`,
    en: (p) =>
      `"${p.label}" appears twice in one activity with different targets: "${p.first}" in ${p.firstCell}, "${p.actual}" here. Keep one or name them apart`,
  },
  check(hits, grant) {
    for (const plan of grant.plans)
      for (const task of plan.tasks)
        for (const a of task.activities) {
          const seen = new Map<string, (typeof a.measures)[number]>();
          for (const m of a.measures) {
            const key = norm(m.label);
            if (!key) continue;
            const first = seen.get(key);
            if (!first) seen.set(key, m);
            else if (norm(first.plan.text) !== norm(m.plan.text))
              hits.push({
                sheet: plan.sheet,
                cell: m.planCell,
                actual: m.plan.text,
                params: { label: m.label, first: first.plan.text, firstCell: first.planCell },
              });
          }
        }
  },
});
