import type { Sheet } from '../../grid/grid';
import type { PlanColumns } from '../../model/plan';
import { isColumnNumberRow, matchColumns } from '../columns';
import { rowHasWord, rowMayHaveRole, rowRoleCount } from '../header-index';
import { PLAN_COLUMNS, type PlanRole } from './vocabulary';

export interface PlanHeader {
  /** Grid rows of the header band, inclusive. */
  top: number;
  bottom: number;
  columns: PlanColumns;
}

function toColumns(found: Map<PlanRole, number>): PlanColumns | null {
  const activity = found.get('activity');
  const value = found.get('value');
  // "Көрсеткіштер | Индикаторлар": the bare column holds the values; "Индикаторлар | Жоспар": the measures.
  const measure = found.get('measure') ?? (found.has('plan') ? value : undefined);
  const plan =
    found.get('plan') ??
    (measure !== undefined && value !== undefined && value > measure ? value : undefined);
  if (activity === undefined || measure === undefined || plan === undefined) return null;
  const col = (role: PlanRole) => found.get(role) ?? null;
  return {
    task: col('task'),
    activity,
    place: col('place'),
    measure,
    plan,
    fact: col('fact'),
    note: col('note'),
    period: col('period'),
  };
}

/**
 * The plan's header at `row`: one header row, or two when the report splits "Индикаторлар" into
 * "жоспар | факт" below it. Null when the row is no plan header.
 */
export function planHeaderAt(sheet: Sheet, row: number): PlanHeader | null {
  // Every header's top row names at least the activity and one more column: the index rules most
  // rows out before their columns are matched, and the match decides for the rest.
  if (
    !rowHasWord(sheet, row, 'activity') ||
    !rowMayHaveRole(sheet, row, 'plan', 'activity') ||
    rowRoleCount(sheet, row, 'plan') < 2
  )
    return null;
  const top = matchColumns(sheet, row, row, PLAN_COLUMNS);
  if (!top.has('activity') || top.size < 2) return null;
  const single = toColumns(top);
  const doubleFound = row + 1 < sheet.rowCount ? matchColumns(sheet, row, row + 1, PLAN_COLUMNS) : null;
  const double = doubleFound ? toColumns(doubleFound) : null;
  // The second row belongs to the header when it adds the fact column (or the plan column itself).
  const useTwo = double !== null && (single === null || (single.fact === null && double.fact !== null));
  const columns = useTwo ? double : single;
  if (!columns) return null;
  let bottom = useTwo ? row + 1 : row;
  if (bottom + 1 < sheet.rowCount && isColumnNumberRow(sheet, bottom + 1)) bottom++;
  return { top: row, bottom, columns };
}

export function findPlanHeader(sheet: Sheet, fromRow = 0, toRow = sheet.rowCount): PlanHeader | null {
  for (let r = fromRow; r < toRow; r++) {
    const h = planHeaderAt(sheet, r);
    if (h) return h;
  }
  return null;
}
