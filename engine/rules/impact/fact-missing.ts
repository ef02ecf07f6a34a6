import { defineRule } from '../define';

/** The report's "actual level" is empty for an indicator that has a readable plan. */
export const impactFactMissing = defineRule<{ indicator: string }>({
  id: 'impact.fact.missing',
  severity: 'warning',
  forms: ['impact'],
  summary: {
    kk: 'Есепте әлеуметтік әсер көрсеткішінің нақты деңгейі жоқ (ескерту).',
    ru: 'В отчёте нет фактического уровня показателя социального эффекта (замечание).',
    en: 'A social-impact indicator has no fact in a report (warning).',
  },
  messages: {
    kk: (p) =>
      `«${p.indicator}»: жоспарланған деңгейі ${p.expected}, ал нақты деңгейі көрсетілмеген. «Нақты деңгейі» бағанына қол жеткен мәнді жазыңыз`,
    ru: (p) =>
      `«${p.indicator}»: плановый уровень ${p.expected}, а фактический не указан. Впишите достигнутое значение в графу «Фактический уровень»`,
    en: (p) =>
      `"${p.indicator}": planned level ${p.expected}, but no actual level is given. Type the level achieved in the actual-level column`,
  },
  check(hits, grant) {
    for (const impact of grant.impacts) {
      for (const row of impact.rows) {
        if (!row.fact || !row.factCell || row.plan.comparator === 'unreadable' || row.fact.reason !== 'empty')
          continue;
        hits.push({
          sheet: impact.sheet,
          cell: row.factCell,
          expected: row.plan.text,
          params: { indicator: row.indicator },
        });
      }
    }
  },
});
