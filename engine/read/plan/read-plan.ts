import type { Sheet } from '../../grid/grid';
import { rangeA1 } from '../../grid/address';
import type { IndicatorValue } from '../../model/indicator';
import type { Activity, MonitoringPlan, PlanColumns, Task } from '../../model/plan';
import { isBlankRow, rawText } from '../columns';
import { parseIndicator } from '../indicator';
import { norm } from '../text';
import { planHeaderAt, type PlanHeader } from './header';
import { isParticipantMeasure } from './participants';
import { ACTIVITY_NUMBER, EVENT_COUNT_MEASURE, TASK_ROW, TITLE_EVENTS } from './vocabulary';

/** Non-empty cells of a row that are not covered by a merge, left to right. */
function anchors(sheet: Sheet, row: number): { col: number; text: string }[] {
  const out: { col: number; text: string }[] = [];
  for (let c = 0; c < sheet.width(row); c++) {
    if (sheet.isMergedCover(row, c)) continue;
    const text = sheet.text(row, c);
    if (text) out.push({ col: c, text });
  }
  return out;
}

function taskNumber(text: string): string | null {
  const m = TASK_ROW.exec(norm(text));
  return m ? (m[1] ?? m[2] ?? null) : null;
}

function activityNumber(text: string): string {
  const m = ACTIVITY_NUMBER.exec(norm(text));
  return m ? (m[1] ?? m[2] ?? '') : '';
}

type Parse = (text: string) => IndicatorValue;

/**
 * parseIndicator with the readings of one plan remembered: plans repeat "1", "3/1", "кемінде 1"
 * dozens of times, and the reader runs on every edit. The readings are never mutated.
 */
function rememberingParser(): Parse {
  const seen = new Map<string, IndicatorValue>();
  return (text) => {
    let v = seen.get(text);
    if (!v) seen.set(text, (v = parseIndicator(text)));
    return v;
  };
}

/** The fact cell as a value: numbers as Excel stores them, text as typed. */
function readFact(
  sheet: Sheet,
  row: number,
  col: number,
  parse: Parse,
): { value: IndicatorValue; fraction: boolean } {
  const cell = sheet.cell(row, col);
  const v = cell?.value;
  if (typeof v === 'number' && !cell?.error) {
    return { value: parse(String(v)), fraction: v > 0 && v <= 1 };
  }
  return { value: parse(rawText(sheet, row, col)), fraction: false };
}

/** The events an activity holds: from a measure that counts them, else from its title ("3 тренинг"). */
function activityEvents(activity: Activity): Pick<Activity, 'events' | 'eventsFrom'> {
  for (const m of activity.measures) {
    if (!m.eventCount) continue;
    const p = m.plan;
    if (p.comparator === 'target' || p.comparator === 'atLeast') {
      if (p.values.length === 1 && !p.percent && !p.perEvent)
        return { events: p.values[0]!, eventsFrom: 'measure' };
    }
  }
  // Several different counts in one title ("2 семинар және 3 тренинг") are not one number of events.
  const counts = new Set([...norm(activity.title).matchAll(TITLE_EVENTS)].map((m) => Number(m[1])));
  if (counts.size === 1) {
    const [n] = counts;
    if (n !== undefined && n > 0) return { events: n, eventsFrom: 'title' };
  }
  return { events: null, eventsFrom: null };
}

/** True when the next non-blank row (within a few) is a repeated plan header. */
function headerFollows(sheet: Sheet, row: number, until: number): boolean {
  for (let r = row + 1; r < Math.min(until, row + 4); r++) {
    if (isBlankRow(sheet, r)) continue;
    return planHeaderAt(sheet, r) !== null;
  }
  return false;
}

/**
 * Reads the monitoring plan under `header`, up to `untilRow` (exclusive: the caller stops it where
 * the social-impact or statistics table starts). Tasks hold activities, activities hold one
 * measure per row; an activity cell merged down over its measure rows (a pasted Word table) or
 * left empty below the title keeps the measures in that activity. The header may repeat per task.
 */
export function readPlan(sheet: Sheet, header: PlanHeader, untilRow = sheet.rowCount): MonitoringPlan {
  let cols: PlanColumns = header.columns;
  const tasks: Task[] = [];
  let task: Task | null = null;
  let activity: Activity | null = null;
  let pendingTitle: { text: string; cell: string; row: number } | null = null;
  let lastRow = header.bottom;
  let hasFact = cols.fact !== null;
  const usedCols = new Set<number>();
  const parse = rememberingParser();

  const openTask = (number: string | null, title: string, cell: string, row: number): Task => {
    const t: Task = { row, number, title, cell, activities: [] };
    tasks.push(t);
    return t;
  };

  // A task row just above the first header ("1-міндет. …" then the header).
  for (let r = header.top - 1; r >= Math.max(0, header.top - 3); r--) {
    const a = anchors(sheet, r);
    const first = a[0];
    if (a.length === 1 && first && taskNumber(first.text) !== null) {
      task = openTask(taskNumber(first.text), first.text, sheet.address(r, first.col), sheet.sheetRow(r));
      break;
    }
  }

  const startActivity = (row: number, title: string): Activity => {
    if (pendingTitle) {
      task = openTask(null, pendingTitle.text, pendingTitle.cell, pendingTitle.row);
      pendingTitle = null;
    }
    if (!task) task = openTask(null, '', sheet.address(row, cols.activity), sheet.sheetRow(row));
    const a: Activity = {
      row: sheet.sheetRow(row),
      number: activityNumber(title),
      title,
      titleCell: sheet.address(row, cols.activity),
      place: cols.place === null ? '' : sheet.text(row, cols.place, true),
      period: cols.period === null ? '' : sheet.text(row, cols.period, true),
      events: null,
      eventsFrom: null,
      measures: [],
    };
    task.activities.push(a);
    return a;
  };

  for (let r = header.bottom + 1; r < untilRow; r++) {
    if (isBlankRow(sheet, r)) continue;
    const repeated = planHeaderAt(sheet, r);
    if (repeated) {
      cols = repeated.columns;
      hasFact ||= cols.fact !== null;
      activity = null;
      r = repeated.bottom;
      lastRow = r;
      continue;
    }
    const cells = anchors(sheet, r);
    const only = cells.length === 1 ? cells[0] : undefined;
    if (only && taskNumber(only.text) !== null) {
      task = openTask(taskNumber(only.text), only.text, sheet.address(r, only.col), sheet.sheetRow(r));
      activity = null;
      pendingTitle = null;
      lastRow = r;
      continue;
    }
    // One text alone on a row is a block title ("Шарт талаптарына сәйкес … презентациясы") when it
    // spans columns, sits outside the table's columns or a header follows; it names the next task.
    const inTable = only !== undefined && Object.values(cols).includes(only.col) && only.col !== cols.task;
    if (only && (!inTable || spansColumns(sheet, r, only.col) || headerFollows(sheet, r, untilRow))) {
      pendingTitle = { text: only.text, cell: sheet.address(r, only.col), row: sheet.sheetRow(r) };
      activity = null;
      continue;
    }

    if (cols.task !== null && !sheet.isMergedCover(r, cols.task)) {
      const t = sheet.text(r, cols.task);
      if (t) {
        task = openTask(taskNumber(t), t, sheet.address(r, cols.task), sheet.sheetRow(r));
        pendingTitle = null;
        activity = null;
      }
    }

    if (!sheet.isMergedCover(r, cols.activity)) {
      const title = sheet.text(r, cols.activity);
      if (title) {
        // A numbered plan's title split over rows (one Word paragraph per row) continues the title.
        const continues =
          activity !== null &&
          activity.number !== '' &&
          activityNumber(title) === '' &&
          !rowHasMeasure(sheet, r, cols);
        if (continues && activity) activity.title += ` ${title}`;
        else activity = startActivity(r, title);
      }
    }

    const label = sheet.isMergedCover(r, cols.measure) ? '' : sheet.text(r, cols.measure);
    // A plan cell merged over several measure rows gives one value to the first of them only.
    const planCovered = sheet.isMergedCover(r, cols.plan);
    const planText = planCovered ? '' : rawText(sheet, r, cols.plan);
    if ((label !== '' || planText !== '') && !planCovered) {
      const current = (activity ??= startActivity(r, ''));
      // A fact merged over several measure rows belongs to none of them alone: not checked.
      const factCol = cols.fact !== null && !sheet.isMergedCover(r, cols.fact) ? cols.fact : null;
      const factCell = factCol === null ? null : sheet.address(r, factCol);
      const add = (label: string, plan: IndicatorValue, fact: IndicatorValue | null, fraction: boolean) =>
        current.measures.push({
          row: sheet.sheetRow(r),
          label,
          labelCell: sheet.address(r, cols.measure),
          plan,
          planCell: sheet.address(r, cols.plan),
          fact,
          factCell,
          factFraction: fraction,
          participants: isParticipantMeasure(label, plan),
          eventCount: EVENT_COUNT_MEASURE.test(norm(label)),
        });
      const factText = factCol === null ? null : rawText(sheet, r, factCol);
      const pieces = linePieces(label, planText, factText, parse);
      if (pieces)
        for (const p of pieces) add(p.label, parse(p.plan), p.fact === null ? null : parse(p.fact), false);
      else {
        const fact = factCol === null ? null : readFact(sheet, r, factCol, parse);
        add(label, parse(planText), fact?.value ?? null, fact?.fraction ?? false);
      }
    }
    for (const c of Object.values(cols)) if (c !== null) usedCols.add(c);
    if (activity && activity.place === '' && cols.place !== null)
      activity.place = sheet.text(r, cols.place, true);
    if (activity && activity.period === '' && cols.period !== null)
      activity.period = sheet.text(r, cols.period, true);
    lastRow = r;
  }

  for (const t of tasks) for (const a of t.activities) Object.assign(a, activityEvents(a));
  for (const c of Object.values(header.columns)) if (c !== null) usedCols.add(c);
  const left = Math.min(...usedCols);
  const right = Math.max(...usedCols);
  return {
    sheet: sheet.name,
    range: rangeA1(
      header.top + sheet.rowOffset,
      left + sheet.colOffset,
      lastRow + sheet.rowOffset,
      right + sheet.colOffset,
    ),
    columns: header.columns,
    hasFact,
    tasks: tasks.filter((t) => t.activities.length > 0),
  };
}

/**
 * A Word cell pasted without being split into rows holds several measures, one per line, with one
 * value per line beside it ("Жарияланым\nҚатысушылар саны" | "1\n50"). Split only when the lines
 * pair up exactly and every planned line reads as a value; a wrapped label ("… әлеуметтік\nжелідегі
 * жарияланым саны" | "1") stays one measure.
 */
function linePieces(
  label: string,
  planText: string,
  factText: string | null,
  parse: Parse,
): { label: string; plan: string; fact: string | null }[] | null {
  const split = (s: string) =>
    s
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l !== '');
  const labels = split(label);
  const plans = split(planText);
  if (labels.length < 2 || plans.length !== labels.length) return null;
  if (plans.some((p) => parse(p).comparator === 'unreadable')) return null;
  const facts = factText === null ? null : split(factText);
  if (facts && facts.length > 0 && facts.length !== labels.length) return null;
  return labels.map((l, i) => ({
    label: l,
    plan: plans[i]!,
    fact: facts === null ? null : (facts[i] ?? ''),
  }));
}

function spansColumns(sheet: Sheet, row: number, col: number): boolean {
  return col + 1 < sheet.colCount && sheet.isMergedCover(row, col + 1);
}

function rowHasMeasure(sheet: Sheet, row: number, cols: PlanColumns): boolean {
  return sheet.text(row, cols.measure) !== '' || sheet.text(row, cols.plan) !== '';
}
