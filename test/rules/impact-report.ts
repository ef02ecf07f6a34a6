import type { ImpactRowSpec } from '../fixtures/plan-workbook';
import { reportBook } from './hits';

/** A final report's block IV with these rows, below a plan whose one measure was met. */
export function impactReport(rows: ImpactRowSpec[], title?: string[]) {
  const book = reportBook([{ label: 'Қатысушылар саны', plan: '30', fact: 30 }], {
    ...(title ? { title } : {}),
    impact: {
      header: {
        indicator: 'Индикатор',
        unit: 'Өлшем бірлігі',
        plan: 'Жоспарланған деңгейі',
        fact: 'Нақты деңгейі',
      },
      rows,
    },
  });
  return book;
}
