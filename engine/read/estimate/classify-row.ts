import type { Category } from '../../model/estimate';
import { firstMatch } from '../memo';
import { norm } from '../text';
import {
  closeEnough,
  hasLineFigures,
  intendedTotal,
  isBlank,
  present,
  type RowCells,
  topNumber,
} from './row-cells';
import { ACTIVITY, CHARGE_ROLES, INCLUDING, SALARY_GROUP, SECTION_CATEGORIES } from './vocabulary';

export type GroupStyle = 'including' | 'salary' | 'activity' | 'plain';

export type RowKind = 'blank' | 'continuation' | 'section' | 'group' | 'item' | 'ignored';

/** Why a row was read as its kind: a code the explanation (`esep check --explain`) puts into words. */
export type RowReason =
  | 'blank'
  | 'including-alone'
  | 'section-name'
  | 'numbered-heading'
  | 'nested-including'
  | 'nested-heading'
  | 'including-word'
  | 'salary-word'
  | 'activity-word'
  | 'rows-add-up'
  | 'line'
  | 'no-label'
  | 'marker-section'
  | 'marker-group';

export interface RowClass {
  kind: RowKind;
  reason: RowReason;
  /** For groups: how the group ends (an activity holds everything up to the next one). */
  style: GroupStyle | null;
  /** The category the row's own words name ("Әкімшілік шығыстар" → admin). */
  category: Category | null;
}

export function sectionCategory(label: string): Category | null {
  return firstMatch(norm(label), SECTION_CATEGORIES);
}

export function groupStyle(label: string): GroupStyle | null {
  return styleOf(norm(label));
}

/** groupStyle of a label already normalised. */
function styleOf(t: string): GroupStyle | null {
  if (ACTIVITY.test(t)) return 'activity';
  if (SALARY_GROUP.test(t) && !firstMatch(t, CHARGE_ROLES)) return 'salary';
  if (INCLUDING.test(t)) return 'including';
  return null;
}

const STYLE_REASON: Record<GroupStyle, RowReason> = {
  including: 'including-word',
  salary: 'salary-word',
  activity: 'activity-word',
  plain: 'rows-add-up',
};

const cls = (
  kind: RowKind,
  reason: RowReason,
  style: GroupStyle | null = null,
  category: Category | null = null,
) => ({
  kind,
  reason,
  style,
  category,
});

/**
 * What row `i` of a table read by its headers is. `room` is what the open numbered section's total
 * leaves for rows still to come (null when no section is open or its rows already reach its
 * total): an unnumbered row naming a category is then a group of that section, as a
 * "…, соның ішінде:" row is ("Институционалдық даму, соның ішінде:"), or a heading with no such
 * word ("Институциональное развитие:", "2.2 Институционалдық даму") whose total fits in that room.
 * Read as sections of their own, they were counted twice in the material-technical share.
 */
export function classifyRow(rows: readonly RowCells[], i: number, room: number | null): RowClass {
  const r = rows[i]!;
  if (isBlank(r)) return cls('blank', 'blank');
  const t = r.normLabel;
  const figures = hasLineFigures(r);
  // "в том числе:" alone on its row continues the row above, which is the group.
  if (
    !figures &&
    !present(r.total) &&
    INCLUDING.test(t) &&
    t.replace(INCLUDING, '').replace(/[\p{P}\s]/gu, '') === ''
  )
    return cls('continuation', 'including-alone');
  const category = firstMatch(t, SECTION_CATEGORIES);
  const style = figures ? null : styleOf(t);
  const numbered = topNumber(r.number) !== null;
  if (!figures && r.label !== '' && category !== null) {
    if (style === 'including' && !numbered && room !== null)
      return cls('group', 'nested-including', 'including', category);
    if (style === null && !numbered && room !== null && fitsIn(r.total.value ?? 0, room))
      return cls('group', 'nested-heading', null, category);
    if (style === null || style === 'including' || numbered)
      return cls('section', 'section-name', null, category);
  }
  if (!figures && numbered && style === null && r.label !== '' && !r.unit)
    return cls('section', 'numbered-heading', null, category);
  if (style !== null) return cls('group', STYLE_REASON[style], style, category);
  if (!figures && !r.unit && r.label !== '' && looksLikePlainGroup(rows, i))
    return cls('group', 'rows-add-up', 'plain', category);
  if (!r.label && !figures && !r.unit) return cls('ignored', 'no-label');
  return cls('item', 'line');
}

const fitsIn = (amount: number, room: number) => amount <= room || closeEnough(amount, room);

/** Every row of a table read by its headers, each with its kind and why. */
export function classifyRows(rows: readonly RowCells[]): RowClass[] {
  let open: { total: number; written: number; intended: number } | null = null;
  return rows.map((r, i) => {
    const filled =
      open !== null && (closeEnough(open.written, open.total) || closeEnough(open.intended, open.total));
    const c = classifyRow(rows, i, open !== null && !filled ? open.total - open.written : null);
    if (c.kind === 'section')
      open =
        topNumber(r.number) !== null && r.total.value
          ? { total: r.total.value, written: 0, intended: 0 }
          : null;
    else if (c.kind === 'item' && open) {
      open.written += r.total.value ?? 0;
      open.intended += intendedTotal(r);
    }
    return c;
  });
}

/**
 * A row with a label and a total but no quantity, price or marker word is a group only when
 * the rows right after it add up to its total; otherwise it is an item with figures missing.
 */
function looksLikePlainGroup(rows: readonly RowCells[], at: number): boolean {
  const own = rows[at]!.total.value;
  if (own === null || own === 0) return false;
  let sum = 0;
  for (let j = at + 1; j < rows.length; j++) {
    const r = rows[j]!;
    if (isBlank(r)) continue;
    if (!hasLineFigures(r)) return false;
    sum += r.total.value ?? 0;
    if (closeEnough(sum, own)) return true;
    if (sum > own) return false;
  }
  return false;
}

/** What a row of a template's table is: its SUBTOTAL formula says section or group, the rest are items. */
export function classifyKnownRow(r: RowCells, span: 'section' | 'group' | undefined): RowClass {
  if (span === 'section') return cls('section', 'marker-section', null, sectionCategory(r.label));
  if (span === 'group')
    return cls('group', 'marker-group', groupStyle(r.label) ?? 'plain', sectionCategory(r.label));
  if (isBlank(r)) return cls('blank', 'blank');
  if (!r.label && !hasLineFigures(r)) return cls('ignored', 'no-label');
  return cls('item', 'line');
}
