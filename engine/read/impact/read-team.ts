import type { Sheet } from '../../grid/grid';
import type { Team } from '../../model/team';
import { normAt } from '../columns';

const NAME = /^(т\.?\s?а\.?\s?ә|ф\.?\s?и\.?\s?о|аты-жөні|full name|name)/u;
const POSITION = /^(лауазым|должност|position)/u;
const CIVIL = /азаматтық-құқықтық|гражданско-правов|civil(-law)? contract/u;

/** The columns of a team table's header row (name and position), or null. */
function headerAt(sheet: Sheet, row: number): { name: number; position: number } | null {
  let name = -1;
  let position = -1;
  for (let c = 0; c < sheet.width(row); c++) {
    const t = normAt(sheet, row, c);
    if (name < 0 && NAME.test(t)) name = c;
    else if (position < 0 && POSITION.test(t)) position = c;
  }
  return name >= 0 && position > name ? { name, position } : null;
}

/** Whether the title just above a team header names civil-contract specialists. */
function civilAbove(sheet: Sheet, row: number): boolean {
  for (let r = row - 1; r >= Math.max(0, row - 3); r--)
    for (let c = 0; c < sheet.width(r); c++) if (CIVIL.test(normAt(sheet, r, c))) return true;
  return false;
}

/** People listed under a header: consecutive rows with a position (merged continuations are not people). */
function countPeople(sheet: Sheet, header: number, position: number): number {
  let n = 0;
  for (let r = header + 1; r < sheet.rowCount; r++) {
    if (sheet.isMergedCover(r, position) || sheet.text(r, position) === '') break;
    n++;
  }
  return n;
}

/**
 * Block II's team tables ("Т.А.Ә. | Лауазымы | …"): staff under the first, civil-contract
 * specialists under the one titled so. Only the counts leave this function.
 */
export function readTeam(sheet: Sheet): Team | null {
  let team: Team | null = null;
  for (let r = 0; r < sheet.rowCount; r++) {
    const h = headerAt(sheet, r);
    if (!h) continue;
    team ??= { sheet: sheet.name, cell: sheet.address(r, h.name), staff: 0, specialists: 0 };
    const people = countPeople(sheet, r, h.position);
    if (civilAbove(sheet, r)) team.specialists += people;
    else team.staff += people;
    r += people;
  }
  return team;
}
