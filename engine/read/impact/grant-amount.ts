import type { Sheet } from '../../grid/grid';
import { parseNumberCell, parseNumberText } from '../number';
import { normAt } from '../columns';
import { GRANT_AMOUNT } from './vocabulary';

const AMOUNT = /(\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(?:[.,]\d{1,2})?/u;

/**
 * The grant's total amount when a sheet states it: in the labelled cell after the label
 * ("… жалпы сомасы: 10 125 000 тг") or in the next non-empty cell to the right.
 */
export function findGrantAmount(sheet: Sheet): { value: number; cell: string } | null {
  for (let r = 0; r < sheet.rowCount; r++) {
    for (let c = 0; c < sheet.width(r); c++) {
      const t = normAt(sheet, r, c);
      if (t.length > 300) continue;
      const m = GRANT_AMOUNT.exec(t);
      if (!m) continue;
      const after = AMOUNT.exec(t.slice(m.index + m[0].length));
      if (after) {
        const parsed = parseNumberText(after[0]);
        if (parsed.kind === 'number' && parsed.value > 0)
          return { value: parsed.value, cell: sheet.address(r, c) };
      }
      for (let k = c + 1; k < sheet.width(r); k++) {
        if (sheet.text(r, k) === '') continue;
        const parsed = parseNumberCell(sheet.cell(r, k));
        if (parsed.kind === 'number' && parsed.value > 0)
          return { value: parsed.value, cell: sheet.address(r, k) };
        break;
      }
    }
  }
  return null;
}
