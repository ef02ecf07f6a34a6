import type { Sheet } from '../../grid/grid';
import type { GrantType } from '../../model/estimate';
import { norm } from '../text';
import type { EstimateHeader } from './header';

/** "тыс. тенге", "тыс. тг", "мың теңге", "в тыс.": the sheet's money is in thousands of tenge. */
const THOUSANDS =
  /тыс\.?\s*(тенге|тг|теңге)|в тыс(\.|ячах)|тысяч\p{L}* тенге|мың\s*(теңге|тенге|тг)|thousands? (of )?tenge|kzt ?(thousand|'000)/u;

const STATED_TYPE: ReadonlyArray<readonly [GrantType, RegExp]> = [
  ['short', /қысқа мерзімді|краткосрочн|short-term/u],
  ['medium', /орта мерзімді|среднесрочн|medium-term/u],
  ['long', /ұзақ мерзімді|долгосрочн|long-term/u],
];

/** Texts of the rows above the table and of its header band (long prose cells included). */
function textsAbove(sheet: Sheet, bottom: number): string[] {
  const out: string[] = [];
  for (let r = 0; r <= bottom; r++)
    for (let c = 0; c < sheet.width(r); c++) {
      const t = sheet.text(r, c);
      if (t) out.push(norm(t));
    }
  return out;
}

/** Tenge per money unit of the table: 1000 when a header or the title says thousands. */
export function unitScale(sheet: Sheet, header: EstimateHeader): number {
  return textsAbove(sheet, header.bottom).some((t) => THOUSANDS.test(t)) ? 1000 : 1;
}

/** The grant type the title above the table states ("Қысқа мерзімді әлеуметтік жоба"), if it states one. */
export function statedGrantType(sheet: Sheet, header: EstimateHeader): GrantType | null {
  const found = new Set<GrantType>();
  for (const t of textsAbove(sheet, header.top - 1))
    for (const [type, pattern] of STATED_TYPE) if (pattern.test(t)) found.add(type);
  // A form that names two types (a form's instructions listing them) states none.
  return found.size === 1 ? [...found][0]! : null;
}
