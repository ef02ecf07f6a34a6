import type { Sheet } from '../../grid/grid';
import type { Activity, Measure, PlanColumns, Task } from '../../model/plan';
import { memoByText } from '../memo';
import { norm } from '../text';
import { activityNumber, anchors, taskNumber, type PlanRowClass } from './classify-plan-row';
import type { PlanHeader } from './header';
import { TITLE_EVENTS } from './vocabulary';

/** Tasks → activities → measures as classified rows are added, top to bottom. */
export class PlanBuilder {
  readonly tasks: Task[] = [];
  private task: Task | null = null;
  activity: Activity | null = null;
  private pendingTitle: { text: string; cell: string; row: number } | null = null;

  constructor(private readonly sheet: Sheet) {}

  /** A task row just above the first header ("1-міндет. …" then the header). */
  taskAbove(header: PlanHeader): void {
    for (let r = header.top - 1; r >= Math.max(0, header.top - 3); r--) {
      const a = anchors(this.sheet, r);
      const first = a[0];
      if (a.length === 1 && first && taskNumber(first.text) !== null) {
        this.openTask(first.text, r, first.col);
        return;
      }
    }
  }

  openTask(text: string, r: number, col: number, numbered = true): void {
    const t: Task = {
      row: this.sheet.sheetRow(r),
      number: numbered ? taskNumber(text) : null,
      title: text,
      cell: this.sheet.address(r, col),
      activities: [],
    };
    this.tasks.push(t);
    this.task = t;
    this.activity = null;
    this.pendingTitle = null;
  }

  blockTitle(c: PlanRowClass, r: number): void {
    this.pendingTitle = { text: c.text, cell: this.sheet.address(r, c.col), row: this.sheet.sheetRow(r) };
    this.activity = null;
  }

  /** A row of the table: its task cell, its activity title (new or continued), its measures. */
  tableRow(c: PlanRowClass, r: number, cols: PlanColumns, measures: Measure[]): void {
    if (c.task) this.openTask(c.task, r, cols.task!);
    if (c.activity === 'continues' && this.activity) this.activity.title += ` ${c.title}`;
    else if (c.activity === 'new') this.startActivity(r, c.title, cols);
    if (measures.length > 0) (this.activity ?? this.startActivity(r, '', cols)).measures.push(...measures);
    const a = this.activity;
    if (a && a.place === '' && cols.place !== null) a.place = this.sheet.text(r, cols.place, true);
    if (a && a.period === '' && cols.period !== null) {
      a.period = this.sheet.text(r, cols.period, true);
      if (a.period) a.periodCell = this.sheet.address(r, cols.period);
    }
  }

  private startActivity(row: number, title: string, cols: PlanColumns): Activity {
    if (this.pendingTitle) {
      const p = this.pendingTitle;
      this.tasks.push(
        (this.task = { row: p.row, number: null, title: p.text, cell: p.cell, activities: [] }),
      );
      this.pendingTitle = null;
    }
    if (!this.task) this.openTask('', row, cols.activity, false);
    const period = cols.period === null ? '' : this.sheet.text(row, cols.period, true);
    const a: Activity = {
      row: this.sheet.sheetRow(row),
      number: activityNumber(title),
      title,
      titleCell: this.sheet.address(row, cols.activity),
      place: cols.place === null ? '' : this.sheet.text(row, cols.place, true),
      period,
      periodCell: period && cols.period !== null ? this.sheet.address(row, cols.period) : null,
      events: null,
      eventsFrom: null,
      measures: [],
    };
    this.task!.activities.push(a);
    return (this.activity = a);
  }
}

/** The events an activity holds: from a measure that counts them, else from its title ("3 тренинг"). */
export function activityEvents(activity: Activity): Pick<Activity, 'events' | 'eventsFrom'> {
  for (const m of activity.measures) {
    if (!m.eventCount) continue;
    const p = m.plan;
    if (
      (p.comparator === 'target' || p.comparator === 'atLeast') &&
      p.values.length === 1 &&
      !p.percent &&
      !p.perEvent
    )
      return { events: p.values[0]!, eventsFrom: 'measure' };
  }
  const n = titleEvents(activity.title);
  return n === null ? { events: null, eventsFrom: null } : { events: n, eventsFrom: 'title' };
}

/** The one count of events a title names ("3 тренинг"), or null; remembered by title. */
const titleEvents = memoByText((title: string): number | null => {
  // Several different counts in one title ("2 семинар және 3 тренинг") are not one number of events.
  const counts = new Set([...norm(title).matchAll(TITLE_EVENTS)].map((m) => Number(m[1])));
  const [n] = counts;
  return counts.size === 1 && n !== undefined && n > 0 ? n : null;
});
