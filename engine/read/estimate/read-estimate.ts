import type { Sheet } from '../../grid/grid';
import { rangeA1 } from '../../grid/address';
import type {
  Category,
  Estimate,
  EstimateColumns,
  EstimateLine,
  InvalidValue,
  NumberField,
  StructureProblem,
} from '../../model/estimate';
import { parseNumberCell } from '../number';
import { norm } from '../text';
import { type EstimateHeader, findEstimateHeader } from './header';
import { type FoundPeriod, findPeriod } from './period';
import {
  ACTIVITY,
  CHARGE_ROLES,
  INCLUDING,
  SALARY_GROUP,
  SECTION_CATEGORIES,
  SECTION_SUBTOTAL,
  TOTAL_ROW,
  UNIT_KINDS,
  firstMatch,
} from './vocabulary';

type GroupStyle = 'including' | 'salary' | 'activity' | 'plain';

interface RowCells {
  row: number;
  label: string;
  number: string;
  unit: string;
  qty: NumberField | null;
  unitCost: NumberField | null;
  total: NumberField;
  own: NumberField | null;
  grant: NumberField | null;
}

/** Reads one numeric cell; unreadable contents are recorded, never turned into 0. */
function readNumber(
  sheet: Sheet,
  row: number,
  col: number | null,
  invalid: InvalidValue[],
): NumberField | null {
  if (col === null) return null;
  const cell = sheet.address(row, col);
  const parsed = parseNumberCell(sheet.cell(row, col));
  if (parsed.kind === 'number') return { value: parsed.value, cell, invalid: false };
  if (parsed.kind === 'empty') return { value: null, cell, invalid: false };
  invalid.push({ cell, text: parsed.text, reason: parsed.reason });
  return { value: null, cell, invalid: true };
}

function readRow(sheet: Sheet, row: number, cols: EstimateColumns, invalid: InvalidValue[]): RowCells {
  const text = (c: number | null) => (c === null ? '' : sheet.text(row, c));
  return {
    row,
    label: text(cols.label),
    number: text(cols.number),
    unit: text(cols.unit),
    qty: readNumber(sheet, row, cols.qty, invalid),
    unitCost: readNumber(sheet, row, cols.unitCost, invalid),
    total: readNumber(sheet, row, cols.total, invalid)!,
    own: readNumber(sheet, row, cols.own, invalid),
    grant: readNumber(sheet, row, cols.grant, invalid),
  };
}

const present = (f: NumberField | null) => f !== null && (f.value !== null || f.invalid);

function hasLineFigures(r: RowCells): boolean {
  return present(r.qty) || present(r.unitCost);
}

function isBlank(r: RowCells): boolean {
  return (
    !r.label &&
    !r.number &&
    !r.unit &&
    !hasLineFigures(r) &&
    !present(r.total) &&
    !present(r.own) &&
    !present(r.grant)
  );
}

function sectionCategory(label: string): Category | null {
  return firstMatch(norm(label), SECTION_CATEGORIES);
}

function groupStyle(label: string): GroupStyle | null {
  const t = norm(label);
  if (ACTIVITY.test(t)) return 'activity';
  if (SALARY_GROUP.test(t) && !firstMatch(t, CHARGE_ROLES)) return 'salary';
  if (INCLUDING.test(t)) return 'including';
  return null;
}

interface OpenGroup {
  index: number;
  style: GroupStyle;
  sumWritten: number;
  sumIntended: number;
  chargesSeen: boolean;
  /** Last grid row of the group when a known layout says so; otherwise the rows' sums decide. */
  end: number | null;
}

/** What a known layout (a template's marker) tells the reader beyond the header. */
export interface KnownLayout {
  /** Section and group rows with the last grid row they cover (from their SUBTOTAL formulas). */
  spans: ReadonlyMap<number, { kind: 'section' | 'group'; end: number }>;
  period: FoundPeriod;
  /** Last grid row of the table (the grand total row). */
  lastRow: number | null;
}

/** The texts of a row, normalised, for telling a repeated header row. */
function rowText(sheet: Sheet, r: number): string {
  const texts: string[] = [];
  for (let c = 0; c < sheet.colCount; c++) texts.push(norm(sheet.text(r, c)));
  return texts.join('|').replace(/\|+$/, '');
}

/**
 * Reads the estimate table of a sheet: header, then section → group → item rows down to the
 * grand total. Returns null when the sheet has no estimate header.
 */
export function readEstimate(sheet: Sheet): Estimate | null {
  const header = findEstimateHeader(sheet);
  if (!header) return null;
  return readEstimateTable(sheet, header, null);
}

/** Reads the rows under a found header; a known layout makes the row tree exact. */
export function readEstimateTable(sheet: Sheet, header: EstimateHeader, known: KnownLayout | null): Estimate {
  const cols = header.columns;
  const invalid: InvalidValue[] = [];
  const structure: StructureProblem[] = [];
  const lines: EstimateLine[] = [];
  let grandTotal: Estimate['grandTotal'] = null;
  let lastRow = header.bottom;

  let section: number | null = null;
  const groups: OpenGroup[] = [];

  const rows: RowCells[] = [];
  const stop = Math.min(sheet.rowCount - 1, known?.lastRow ?? Infinity);
  // A document split across pages may repeat the header rows inside the table: not lines.
  const headerRows = new Set<string>();
  const headerLabels = new Set<string>();
  for (let r = header.top; r <= header.bottom; r++) {
    headerRows.add(rowText(sheet, r));
    headerLabels.add(sheet.text(r, cols.label));
  }
  headerRows.delete('');
  for (let r = header.bottom + 1; r <= stop; r++) {
    // The label cell first: the whole row is compared only when it could be a header.
    if (headerLabels.has(sheet.text(r, cols.label)) && headerRows.has(rowText(sheet, r))) continue;
    const cells = readRow(sheet, r, cols, invalid);
    const totalText = norm(cells.label || cells.number);
    // Section subtotals repeat the section's own total; the section row is what gets checked.
    if (SECTION_SUBTOTAL.test(totalText) && !hasLineFigures(cells)) continue;
    if (TOTAL_ROW.test(totalText) && !hasLineFigures(cells)) {
      grandTotal = { row: sheet.sheetRow(r), total: cells.total, own: cells.own, grant: cells.grant };
      lastRow = r;
      break;
    }
    rows.push(cells);
  }
  if (!grandTotal) {
    structure.push({ cell: sheet.address(header.bottom, cols.label), problem: 'no-total-row', detail: '' });
  }

  const parentOf = (): number | null => {
    const g = groups[groups.length - 1];
    return g ? g.index : section;
  };

  const add = (
    r: RowCells,
    kind: EstimateLine['kind'],
    category: Category,
    role: EstimateLine['role'],
  ): number => {
    const parent = kind === 'section' ? null : parentOf();
    const index = lines.length;
    lines.push({
      kind,
      row: sheet.sheetRow(r.row),
      label: r.label,
      labelCell: sheet.address(r.row, cols.label),
      number: r.number,
      unit: r.unit,
      unitKind: r.unit ? (firstMatch(norm(r.unit), UNIT_KINDS) ?? 'other') : null,
      qty: r.qty,
      unitCost: r.unitCost,
      total: r.total,
      own: r.own,
      grant: r.grant,
      parent,
      children: [],
      category,
      role,
    });
    if (parent !== null) lines[parent]!.children.push(index);
    return index;
  };

  const currentCategory = (): Category => {
    const g = groups[groups.length - 1];
    if (g) return lines[g.index]!.category;
    return section !== null ? lines[section]!.category : 'unknown';
  };

  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    if (known) {
      if (!grandTotal && !isBlank(r)) lastRow = r.row;
      // Groups of a known layout end where their formulas say, whatever the figures.
      while (groups.length > 0 && (groups[groups.length - 1]!.end ?? Infinity) < r.row) groups.pop();
      const span = known.spans.get(r.row);
      if (span?.kind === 'section') {
        groups.length = 0;
        section = add(r, 'section', sectionCategory(r.label) ?? 'unknown', null);
        if (lines[section]!.category === 'unknown')
          structure.push({
            cell: sheet.address(r.row, cols.label),
            problem: 'unknown-section',
            detail: r.label,
          });
        continue;
      }
      if (span?.kind === 'group') {
        const s = groupStyle(r.label) ?? 'plain';
        const own = sectionCategory(r.label);
        const index = add(r, 'group', own ?? currentCategory(), s === 'salary' ? 'salary-group' : null);
        groups.push({ index, style: s, sumWritten: 0, sumIntended: 0, chargesSeen: false, end: span.end });
        continue;
      }
      if (!r.label && !hasLineFigures(r)) continue;
      add(
        r,
        'item',
        currentCategory(),
        chargeRole(norm(r.label)) ?? (groups.some((g) => g.style === 'salary') ? 'salary' : null),
      );
      continue;
    }
    if (isBlank(r)) continue;
    if (!grandTotal) lastRow = r.row;
    const t = norm(r.label);
    const figures = hasLineFigures(r);
    // "в том числе:" alone on its row continues the row above, which is the group.
    if (
      !figures &&
      !present(r.total) &&
      INCLUDING.test(t) &&
      t.replace(INCLUDING, '').replace(/[\p{P}\s]/gu, '') === ''
    )
      continue;
    const category = sectionCategory(r.label);
    const style = figures ? null : groupStyle(r.label);
    const numbered = /^\d+\.?$/.test(r.number);

    const isSection =
      !figures &&
      r.label !== '' &&
      category !== null &&
      (style === null || style === 'including' || numbered);
    if (isSection || (!figures && numbered && style === null && r.label !== '' && !r.unit)) {
      groups.length = 0;
      const cat = category ?? 'unknown';
      if (cat === 'unknown')
        structure.push({
          cell: sheet.address(r.row, cols.label),
          problem: 'unknown-section',
          detail: r.label,
        });
      section = add(r, 'section', cat, null);
      continue;
    }

    if (style !== null || (!figures && !r.unit && r.label !== '' && looksLikePlainGroup(rows, i))) {
      const s = style ?? 'plain';
      // A new group closes open groups at its level: "including" groups nest only inside activities.
      while (groups.length > 0) {
        const top = groups[groups.length - 1]!;
        if (top.style === 'activity' && s !== 'activity') break;
        groups.pop();
      }
      const own = sectionCategory(r.label);
      const index = add(r, 'group', own ?? currentCategory(), s === 'salary' ? 'salary-group' : null);
      groups.push({ index, style: s, sumWritten: 0, sumIntended: 0, chargesSeen: false, end: null });
      continue;
    }

    if (!r.label && !figures && !r.unit) continue;

    const role = chargeRole(t);
    let open = groups[groups.length - 1];
    // Inside a salary group, the first ordinary line after the charges ends the group.
    if (open && open.style === 'salary' && open.chargesSeen && role === null) {
      groups.pop();
      open = groups[groups.length - 1];
    }
    const inSalary = open?.style === 'salary';
    const itemRole = role ?? (inSalary ? 'salary' : null);
    if (section === null && groups.length === 0 && lines.length === 0) {
      structure.push({ cell: sheet.address(r.row, cols.label), problem: 'no-sections', detail: '' });
    }
    add(r, 'item', currentCategory(), itemRole);
    for (const g of groups) {
      g.sumWritten += r.total.value ?? 0;
      g.sumIntended += intendedTotal(r);
    }
    if (open && role !== null) open.chargesSeen = true;
    // "including" and salary groups end when their rows add up to the group's total.
    while (groups.length > 0) {
      const top = groups[groups.length - 1]!;
      const total = lines[top.index]!.total.value;
      if (top.style === 'activity' || total === null) break;
      if (!closeEnough(top.sumWritten, total) && !closeEnough(top.sumIntended, total)) break;
      groups.pop();
    }
  }

  // Only charges with an amount need salaries: an empty template lists the charge lines alone.
  const isCharge = (l: EstimateLine) =>
    l.role !== null && l.role !== 'salary' && l.role !== 'salary-group' && (l.total.value ?? 0) !== 0;
  // Without a salary group, salaries are the items that say so ("Жоба жетекшісінің жалақысы").
  if (lines.some(isCharge) && !lines.some((l) => l.role === 'salary')) {
    for (const l of lines)
      if (l.kind === 'item' && l.role === null && SALARY_GROUP.test(norm(l.label))) l.role = 'salary';
  }
  if (lines.some(isCharge) && !lines.some((l) => l.role === 'salary')) {
    const charge = lines.find(isCharge)!;
    structure.push({ cell: charge.labelCell, problem: 'charges-without-salaries', detail: charge.label });
  }

  const leftCol = Math.min(...Object.values(cols).filter((c): c is number => c !== null));
  const rightCol = Math.max(...Object.values(cols).filter((c): c is number => c !== null));
  const period = known?.period ?? findPeriod(sheet, header.top);
  return {
    sheet: sheet.name,
    range: rangeA1(
      header.top + sheet.rowOffset,
      leftCol + sheet.colOffset,
      lastRow + sheet.rowOffset,
      rightCol + sheet.colOffset,
    ),
    columns: cols,
    lines,
    grandTotal,
    period: period.months !== null && period.cell ? { months: period.months, cell: period.cell } : null,
    year: period.year,
    invalid,
    structure,
  };
}

function chargeRole(labelNorm: string): EstimateLine['role'] {
  return firstMatch(labelNorm, CHARGE_ROLES);
}

function intendedTotal(r: RowCells): number {
  const q = r.qty?.value;
  const c = r.unitCost?.value;
  if (q !== null && q !== undefined && c !== null && c !== undefined) return q * c;
  return r.total.value ?? 0;
}

function closeEnough(a: number, b: number): boolean {
  return Math.round(a * 100) === Math.round(b * 100);
}

/**
 * A row with a label and a total but no quantity, price or marker word is a group only when
 * the rows right after it add up to its total; otherwise it is an item with figures missing.
 */
function looksLikePlainGroup(rows: RowCells[], at: number): boolean {
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
