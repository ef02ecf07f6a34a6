import { Sheet } from '../../engine/grid/grid';
import { PlanBuilder } from '../../engine/read/plan/build-plan';
import { classifyPlanRow } from '../../engine/read/plan/classify-plan-row';
import { findPlanHeader } from '../../engine/read/plan/header';
import { rowMeasures } from '../../engine/read/plan/plan-measures';
import { readPlanSteps } from '../../engine/read/plan/read-plan';

type Row = (string | number | null)[];
const HEADER: Row = ['Іс-шара', 'Өткізу орны', 'Сандық және сапалық көрсеткіштер', 'Жоспар', 'Мерзімі'];

/** Annex 3 as pasted from Word: task row, header, an activity merged over its two measure rows, a block title. */
const ROWS: Row[] = [
  ['1-міндет. Жастардың белсенділігін арттыру'],
  HEADER,
  ['1. Тренинг', 'Ақтау', 'Қатысушылар саны', 'кемінде 30', 'Наурыз'],
  [null, null, 'Жарияланым\nФото', '1\n3', null],
  [],
  ['Жобаның қорытынды презентациясы'],
  HEADER,
  ['Презентация', 'Ақтау', 'Қатысушылар саны', '50', 'Қараша'],
];
const MERGES = [
  { top: 2, left: 0, bottom: 3, right: 0 },
  { top: 2, left: 1, bottom: 3, right: 1 },
  { top: 2, left: 4, bottom: 3, right: 4 },
  { top: 5, left: 0, bottom: 5, right: 4 },
];
const sheet = new Sheet({
  name: 'Жоспар',
  origin: 'A1',
  cells: ROWS.map((r) => r.map((v) => (v === null ? null : { value: v }))),
  merges: MERGES,
});

describe('plan reader, step by step', () => {
  const header = findPlanHeader(sheet)!;

  it('classifies each row with the reason', () => {
    const kinds = [2, 3, 4, 5, 6].map((r) => {
      const c = classifyPlanRow(sheet, r, header.columns, sheet.rowCount, r === 3);
      return `${c.kind}:${c.reason}`;
    });
    expect(kinds).toEqual([
      'row:activity-title',
      'row:merged-activity',
      'blank:blank',
      'block-title:block-title',
      'header:header-repeated',
    ]);
  });

  it('splits a Word cell of several measures into one measure per line', () => {
    const m = rowMeasures(sheet, 3, header.columns);
    expect(m.map((x) => [x.label, x.plan.values[0], x.planCell])).toEqual([
      ['Жарияланым', 1, 'D4'],
      ['Фото', 3, 'D4'],
    ]);
  });

  it('builds tasks from the task row above the header and from a block title', () => {
    const b = new PlanBuilder(sheet);
    b.taskAbove(header);
    expect(b.tasks.map((t) => [t.number, t.cell])).toEqual([['1', 'A1']]);
  });

  it('reads the whole plan and says how many measures each row gave', () => {
    const { plan, rows } = readPlanSteps(sheet, header);
    expect(plan.tasks.map((t) => [t.number, t.title, t.activities.map((a) => a.measures.length)])).toEqual([
      ['1', '1-міндет. Жастардың белсенділігін арттыру', [3]],
      [null, 'Жобаның қорытынды презентациясы', [1]],
    ]);
    expect(rows.map((r) => r.measures)).toEqual([1, 2, 0, 0, 0, 1]);
    expect(plan.range).toBe('A2:E8');
  });
});
