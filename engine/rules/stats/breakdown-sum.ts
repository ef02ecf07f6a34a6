import type { BreakdownKind } from '../../model/impact';
import { defineRule } from '../define';
import { money } from '../format';

/** kk in the genitive: "Жас топтарының қосындысы". */
const NAMES: Record<BreakdownKind, { kk: string; ru: string; en: string }> = {
  gender: { kk: 'Ерлер мен әйелдердің', ru: 'Мужчины и женщины', en: 'Men and women' },
  age: { kk: 'Жас топтарының', ru: 'Возрастные группы', en: 'The age bands' },
  category: { kk: 'Әлеуметтік санаттардың', ru: 'Социальные категории', en: 'The social categories' },
};

/**
 * A participant breakdown that does not add up to its total. Gender and age bands partition the
 * participants (an error); social categories may overlap (a disabled young person is in two), so
 * a category mismatch is a warning.
 */
export const breakdownSum = defineRule<{ kind: BreakdownKind }>({
  id: 'stats.breakdown.sum',
  severity: 'error',
  forms: ['stats'],
  summary: {
    kk: 'Жыныс, жас немесе әлеуметтік санат бойынша бөлініс жалпы санға тең емес (санаттар үшін ескерту).',
    ru: 'Разбивка по полу, возрасту или социальным категориям не сходится с общим числом (для категорий — замечание).',
    en: 'A gender, age or social-category breakdown does not add up to its total (a warning for categories).',
  },
  messages: {
    kk: (p) =>
      `${NAMES[p.kind].kk} қосындысы ${money(p.expected)}, ал қатысушылардың жалпы саны ${money(p.actual)}. Топтардағы сандарды немесе жалпы санды түзетіңіз`,
    ru: (p) =>
      `${NAMES[p.kind].ru} в сумме дают ${money(p.expected)}, а всего участников ${money(p.actual)}. Исправьте числа по группам или общее число`,
    en: (p) =>
      `${NAMES[p.kind].en} add up to ${money(p.expected)}, the total says ${money(p.actual)}. Correct the parts or the total`,
  },
  check(hits, grant) {
    for (const stats of grant.stats) {
      for (const b of stats.breakdowns) {
        if (b.total.value === null || b.total.invalid || b.parts.some((p) => p.invalid)) continue;
        // An unfilled breakdown (all parts empty) is not a wrong sum.
        if (b.parts.every((p) => p.value === null)) continue;
        const sum = b.parts.reduce((s, p) => s + (p.value ?? 0), 0);
        if (Math.abs(sum - b.total.value) < 1e-9) continue;
        hits.push({
          sheet: stats.sheet,
          cell: b.total.cell,
          expected: sum,
          actual: b.total.value,
          params: { kind: b.kind },
          severity: b.kind === 'category' ? 'warning' : undefined,
        });
      }
    }
  },
});
