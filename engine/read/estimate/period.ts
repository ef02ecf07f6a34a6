import type { Sheet } from '../../grid/grid';
import { norm } from '../text';

const PERIOD_LABEL = /кезең|мерзім|период|срок реализации|period/;
const MONTHS = /(\d+(?:[.,]\d+)?)\s*(ай|месяц|мес|months?)/;
const DATE = /(\d{1,2})[./](\d{1,2})[./](\d{4})/g;
const YEAR = /\b(20[2-3]\d)\s*(ж\.|жыл|год|г\.|year)/;

export interface FoundPeriod {
  months: number | null;
  year: number | null;
  cell: string | null;
}

export function monthsBetween(from: Date, to: Date): number {
  // Inclusive calendar months, e.g. 01.06.2025–30.11.2025 is 6 months.
  return (to.getFullYear() - from.getFullYear()) * 12 + (to.getMonth() - from.getMonth()) + 1;
}

/** The project period and year when a cell above the table states them ("Жобаны іске асыру кезеңі: 6 ай"). */
export function findPeriod(sheet: Sheet, beforeRow: number): FoundPeriod {
  const result: FoundPeriod = { months: null, year: null, cell: null };
  for (let r = 0; r < beforeRow; r++) {
    for (let c = 0; c < sheet.width(r); c++) {
      const t = norm(sheet.text(r, c));
      if (!t) continue;
      const isPeriodLabel = PERIOD_LABEL.test(t);
      // The value may sit in the label's cell or in the next non-empty cell to the right.
      let value = t;
      let valueCol = c;
      if (isPeriodLabel && !/\d/.test(t)) {
        for (let k = c + 1; k < sheet.width(r); k++) {
          const v = norm(sheet.text(r, k));
          if (v) {
            value = v;
            valueCol = k;
            break;
          }
        }
      }
      if (isPeriodLabel) {
        const m = MONTHS.exec(value);
        const dates = [...value.matchAll(DATE)].map(
          (d) => new Date(Number(d[3]), Number(d[2]) - 1, Number(d[1])),
        );
        if (m) result.months = Number(m[1]!.replace(',', '.'));
        else if (dates.length >= 2) result.months = monthsBetween(dates[0]!, dates[1]!);
        if (dates[0]) result.year = dates[0].getFullYear();
        if (result.months !== null) result.cell = sheet.address(r, valueCol);
      }
      if (result.year === null) {
        const y = YEAR.exec(t);
        if (y) result.year = Number(y[1]);
      }
    }
  }
  return result;
}
