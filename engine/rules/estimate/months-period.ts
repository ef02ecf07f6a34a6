import { defineRule } from '../define';

/** Months charged on a line cannot exceed the project period stated on the sheet. */
export const monthsPeriod = defineRule<{ label: string }>({
  id: 'estimate.months.period',
  severity: 'error',
  forms: ['estimate'],
  summary: {
    kk: 'Жолда жоба мерзімінен көп ай есептелген.',
    ru: 'В строке начислено больше месяцев, чем длится проект.',
    en: 'A line charges more months than the project lasts.',
  },
  messages: {
    kk: (p) =>
      `«${p.label}»: ${p.actual} ай есептелген, ал жобаның мерзімі ${p.expected} ай. Айлар санын жоба мерзімінен асырмаңыз (ең көбі ${p.expected})`,
    ru: (p) =>
      `«${p.label}»: начислено ${p.actual} мес., а срок проекта ${p.expected} мес. Уменьшите число месяцев до ${p.expected} или меньше`,
    en: (p) =>
      `"${p.label}": ${p.actual} months charged, the project lasts ${p.expected} months. Charge ${p.expected} months at most`,
  },
  check(hits, grant) {
    for (const est of grant.estimates) {
      if (!est.period) continue;
      for (const line of est.lines) {
        const months = line.qty?.value;
        if (line.kind !== 'item' || line.unitKind !== 'month' || months == null) continue;
        if (months > est.period.months) {
          hits.push({
            sheet: est.sheet,
            cell: line.qty!.cell,
            expected: est.period.months,
            actual: months,
            params: { label: line.label },
          });
        }
      }
    }
  },
});
