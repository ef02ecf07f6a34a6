import { norm } from '../../read/text';
import { defineRule } from '../define';

/** The same social-impact indicator twice in one table: the two rows say different things of one thing. */
export const impactIndicatorDuplicate = defineRule<{ indicator: string; firstCell: string }>({
  id: 'impact.indicator.duplicate',
  severity: 'warning',
  forms: ['impact'],
  summary: {
    kk: 'Әлеуметтік әсердің бір көрсеткіші екі рет берілген.',
    ru: 'Один показатель социального эффекта указан дважды.',
    en: 'The same social-impact indicator is listed twice.',
  },
  messages: {
    kk: (p) => `«${p.indicator}» көрсеткіші екі рет берілген (алғашқысы ${p.firstCell}): біреуін қалдырыңыз`,
    ru: (p) => `Показатель «${p.indicator}» указан дважды (первый в ${p.firstCell}): оставьте один`,
    en: (p) => `The indicator "${p.indicator}" is listed twice (first in ${p.firstCell}): keep one`,
  },
  check(hits, grant) {
    for (const impact of grant.impacts) {
      const seen = new Map<string, string>();
      for (const row of impact.rows) {
        const key = norm(row.indicator).replace(/^\d+[.)]?\s*/u, '');
        if (!key) continue;
        const first = seen.get(key);
        if (first === undefined) seen.set(key, row.indicatorCell);
        else
          hits.push({
            sheet: impact.sheet,
            cell: row.indicatorCell,
            params: { indicator: row.indicator, firstCell: first },
          });
      }
    }
  },
});
