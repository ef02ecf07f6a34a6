import type { Sheet } from '../../grid/grid';
import type { PlanColumns } from '../../model/plan';
import { isBlankRow } from '../columns';
import { norm } from '../text';
import { planHeaderAt, type PlanHeader } from './header';
import { ACTIVITY_NUMBER, TASK_ROW } from './vocabulary';

export type PlanRowKind = 'blank' | 'header' | 'task' | 'block-title' | 'row';

/** Why a plan row was read as its kind (put into words by `esep check --explain`). */
export type PlanRowReason =
  | 'blank'
  | 'header-repeated'
  | 'task-number'
  | 'block-title'
  | 'task-cell'
  | 'activity-title'
  | 'title-continues'
  | 'measure'
  | 'merged-activity';

export interface PlanRowClass {
  kind: PlanRowKind;
  reason: PlanRowReason;
  /** A repeated header: the columns may move. */
  header: PlanHeader | null;
  /** The one text of a task or block-title row, and its column. */
  text: string;
  col: number;
  /** What a table row holds: a task cell, a new activity title or a continued one. */
  task: string;
  activity: 'new' | 'continues' | null;
  title: string;
}

/** Non-empty cells of a row that are not covered by a merge, left to right. */
export function anchors(sheet: Sheet, row: number): { col: number; text: string }[] {
  const out: { col: number; text: string }[] = [];
  for (let c = 0; c < sheet.width(row); c++) {
    if (sheet.isMergedCover(row, c)) continue;
    const text = sheet.text(row, c);
    if (text) out.push({ col: c, text });
  }
  return out;
}

export function taskNumber(text: string): string | null {
  const m = TASK_ROW.exec(norm(text));
  return m ? (m[1] ?? m[2] ?? null) : null;
}

export function activityNumber(text: string): string {
  const m = ACTIVITY_NUMBER.exec(norm(text));
  return m ? (m[1] ?? m[2] ?? '') : '';
}

/**
 * A row's class with every field set, so that all classes share one shape. Spreading a record of
 * defaults into each was a runtime call per row: a fifth of the plan reader's time while cold.
 */
function classed(c: Pick<PlanRowClass, 'kind' | 'reason'> & Partial<PlanRowClass>): PlanRowClass {
  return {
    kind: c.kind,
    reason: c.reason,
    header: c.header ?? null,
    text: c.text ?? '',
    col: c.col ?? -1,
    task: c.task ?? '',
    activity: c.activity ?? null,
    title: c.title ?? '',
  };
}

/**
 * What plan row `r` is. `numberedActivity` says whether the open activity is numbered: a title
 * split over rows (one Word paragraph per row) then continues it.
 */
export function classifyPlanRow(
  sheet: Sheet,
  r: number,
  cols: PlanColumns,
  untilRow: number,
  numberedActivity: boolean,
): PlanRowClass {
  if (isBlankRow(sheet, r)) return classed({ kind: 'blank', reason: 'blank' });
  const header = planHeaderAt(sheet, r);
  if (header) return classed({ kind: 'header', reason: 'header-repeated', header });
  const cells = anchors(sheet, r);
  const only = cells.length === 1 ? cells[0] : undefined;
  if (only && taskNumber(only.text) !== null)
    return classed({ kind: 'task', reason: 'task-number', text: only.text, col: only.col });
  // One text alone on a row is a block title ("Шарт талаптарына сәйкес … презентациясы") when it
  // spans columns, sits outside the table's columns or a header follows; it names the next task.
  const inTable = only !== undefined && Object.values(cols).includes(only.col) && only.col !== cols.task;
  if (only && (!inTable || spansColumns(sheet, r, only.col) || headerFollows(sheet, r, untilRow)))
    return classed({ kind: 'block-title', reason: 'block-title', text: only.text, col: only.col });
  const task = cols.task !== null && !sheet.isMergedCover(r, cols.task) ? sheet.text(r, cols.task) : '';
  const title = sheet.isMergedCover(r, cols.activity) ? '' : sheet.text(r, cols.activity);
  const continues =
    title !== '' && numberedActivity && activityNumber(title) === '' && !rowHasMeasure(sheet, r, cols);
  const activity = title === '' ? null : continues ? 'continues' : 'new';
  const reason: PlanRowReason = task
    ? 'task-cell'
    : activity === 'new'
      ? 'activity-title'
      : activity === 'continues'
        ? 'title-continues'
        : sheet.isMergedCover(r, cols.activity)
          ? 'merged-activity'
          : 'measure';
  return classed({ kind: 'row', reason, task, activity, title });
}

/** True when the next non-blank row (within a few) is a repeated plan header. */
function headerFollows(sheet: Sheet, row: number, until: number): boolean {
  for (let r = row + 1; r < Math.min(until, row + 4); r++) {
    if (isBlankRow(sheet, r)) continue;
    return planHeaderAt(sheet, r) !== null;
  }
  return false;
}

function spansColumns(sheet: Sheet, row: number, col: number): boolean {
  return col + 1 < sheet.colCount && sheet.isMergedCover(row, col + 1);
}

function rowHasMeasure(sheet: Sheet, row: number, cols: PlanColumns): boolean {
  return sheet.text(row, cols.measure) !== '' || sheet.text(row, cols.plan) !== '';
}
