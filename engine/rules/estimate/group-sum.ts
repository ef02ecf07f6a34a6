import { roundMoney } from '../../read/number';
import { defineRule } from '../define';
import { COLUMN_NAMES, money } from '../format';
import type { Column } from '../../calc/estimate-figures';
import { readingsOf } from './readings';

/** `empty`: the total's cell is blank (read as 0), which a message says as such. */
export const groupSum = defineRule<{ label: string; column: Column; empty: boolean }>({
  id: 'estimate.group.sum',
  severity: 'error',
  forms: ['estimate'],
  summary: {
    kk: 'Топтың немесе бөлімнің сомасы ішіндегі жолдардың қосындысына тең емес (әр ақша бағаны).',
    ru: 'Итог группы или раздела не равен сумме входящих строк (каждый денежный столбец).',
    en: 'A group or section total differs from the sum of its rows (each money column).',
  },
  messages: {
    kk: (p) =>
      `«${p.label}» (${COLUMN_NAMES.kk[p.column]}): ішіндегі жолдардың қосындысы ${money(p.expected)}, ${p.empty ? 'ал ұяшық бос' : `ал жазылғаны ${money(p.actual)}`}. Мұнда ${money(p.expected)} жазыңыз немесе ішіндегі жолдарды тексеріңіз`,
    ru: (p) =>
      `«${p.label}» (${COLUMN_NAMES.ru[p.column]}): сумма входящих строк ${money(p.expected)}, ${p.empty ? 'а ячейка пуста' : `а указано ${money(p.actual)}`}. Впишите сюда ${money(p.expected)} или проверьте входящие строки`,
    en: (p) =>
      `"${p.label}" (${COLUMN_NAMES.en[p.column]}): its rows add up to ${money(p.expected)}, ${p.empty ? 'the cell is empty' : `it says ${money(p.actual)}`}. Type ${money(p.expected)} here, or check its rows`,
  },
  check(hits, grant, ctx) {
    const tol = ctx.profile.money.tolerance;
    for (const est of grant.estimates) {
      const readings = readingsOf(est, ctx);
      for (let i = 0; i < est.lines.length; i++) {
        const line = est.lines[i]!;
        if (line.kind === 'item' || line.children.length === 0) continue;
        for (const column of ['total', 'own', 'grant'] as const) {
          const field = line[column];
          if (!field || field.invalid) continue;
          const actual = readings.arithmetic.written(i, column)!;
          const verdict = readings.judge(actual, line.children, column, tol);
          if (!verdict || verdict.ok) continue;
          hits.push({
            sheet: est.sheet,
            cell: field.cell,
            expected: roundMoney(verdict.expected),
            actual,
            params: { label: line.label, column, empty: field.value === null },
          });
        }
      }
    }
  },
});
