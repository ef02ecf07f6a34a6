import type { Sheet } from '../../grid/grid';
import type { Category, EstimateColumns, EstimateLine, StructureProblem } from '../../model/estimate';
import { norm } from '../text';
import type { GroupStyle, RowClass } from './classify-row';
import { closeEnough, intendedTotal, type RowCells, topNumber } from './row-cells';
import { firstMatch } from '../memo';
import { CHARGE_ROLES, UNIT_KINDS } from './vocabulary';

interface OpenGroup {
  index: number;
  style: GroupStyle;
  sumWritten: number;
  sumIntended: number;
  chargesSeen: boolean;
  /** Last grid row of the group when a known layout says so; otherwise the rows' sums decide. */
  end: number | null;
}

export interface Tree {
  lines: EstimateLine[];
  structure: StructureProblem[];
}

/** The payroll charge a row's words name, if any. */
const chargeRole = (r: RowCells): EstimateLine['role'] => firstMatch(r.normLabel, CHARGE_ROLES);

/** The section → group → item tree as rows are added to it, top to bottom. */
class TreeBuilder implements Tree {
  readonly lines: EstimateLine[] = [];
  readonly structure: StructureProblem[] = [];
  readonly groups: OpenGroup[] = [];
  private section: number | null = null;
  /**
   * The open section's number while its rows are numbered inside it ("2.1", "2.2"; unnumbered rows
   * too); null once a row is numbered otherwise (items numbered afresh in each section: "1", "2").
   */
  private sectionNumber: number | null = null;

  constructor(
    private readonly sheet: Sheet,
    private readonly cols: EstimateColumns,
  ) {}

  get top(): OpenGroup | undefined {
    return this.groups[this.groups.length - 1];
  }

  category(): Category {
    const g = this.top;
    if (g) return this.lines[g.index]!.category;
    return this.section !== null ? this.lines[this.section]!.category : 'unknown';
  }

  private problem(r: RowCells, problem: StructureProblem['problem'], detail = ''): void {
    this.structure.push({ cell: this.sheet.address(r.row, this.cols.label), problem, detail });
  }

  openSection(r: RowCells, c: RowClass): void {
    this.groups.length = 0;
    if (c.category === null) this.problem(r, 'unknown-section', r.label);
    this.section = this.add(r, 'section', c.category ?? 'unknown', null);
    this.sectionNumber = topNumber(r.number);
  }

  /**
   * Row `r` is numbered as the entry after the open section ("3" after section "2" whose rows were
   * "2.1", "2.2" or none): it stands beside the section, not in it, so the section ends. A heading
   * such as "2 Налоги и отчисления" would otherwise take every line after it.
   */
  endsSection(r: RowCells): boolean {
    return this.sectionNumber !== null && topNumber(r.number) === this.sectionNumber + 1;
  }

  /** "2.1" (or no number) under section "2"; not "1", "2." or "3.1". */
  private numberedInside(number: string): boolean {
    const prefix = `${this.sectionNumber}.`;
    return number === '' || (number.startsWith(prefix) && /\d/.test(number.charAt(prefix.length)));
  }

  closeSection(): void {
    this.groups.length = 0;
    this.section = null;
    this.sectionNumber = null;
  }

  openGroup(r: RowCells, c: RowClass, end: number | null): void {
    const style = c.style ?? 'plain';
    const index = this.add(
      r,
      'group',
      c.category ?? this.category(),
      style === 'salary' ? 'salary-group' : null,
    );
    this.groups.push({ index, style, sumWritten: 0, sumIntended: 0, chargesSeen: false, end });
  }

  addItem(r: RowCells, role: EstimateLine['role']): void {
    if (this.section === null && this.groups.length === 0 && this.lines.length === 0)
      this.problem(r, 'no-sections');
    this.add(r, 'item', this.category(), role);
  }

  private add(
    r: RowCells,
    kind: EstimateLine['kind'],
    category: Category,
    role: EstimateLine['role'],
  ): number {
    const parent = kind === 'section' ? null : (this.top?.index ?? this.section);
    if (kind !== 'section' && this.sectionNumber !== null && !this.numberedInside(r.number))
      this.sectionNumber = null;
    const index = this.lines.length;
    this.lines.push({
      kind,
      row: this.sheet.sheetRow(r.row),
      label: r.label,
      labelCell: this.sheet.address(r.row, this.cols.label),
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
    if (parent !== null) this.lines[parent]!.children.push(index);
    return index;
  }
}

/** The tree of a table read by its headers: groups end where their rows add up to their total. */
export function buildTreeByHeaders(
  sheet: Sheet,
  cols: EstimateColumns,
  rows: readonly RowCells[],
  classes: readonly RowClass[],
): Tree {
  const tree = new TreeBuilder(sheet, cols);
  rows.forEach((r, i) => {
    const c = classes[i]!;
    if ((c.kind === 'group' || c.kind === 'item') && tree.endsSection(r)) tree.closeSection();
    if (c.kind === 'section') tree.openSection(r, c);
    else if (c.kind === 'group') {
      // A new group closes open groups at its level: "including" groups nest only inside activities.
      while (tree.top && !(tree.top.style === 'activity' && c.style !== 'activity')) tree.groups.pop();
      tree.openGroup(r, c, null);
    } else if (c.kind === 'item') addSummedItem(tree, r);
  });
  return tree;
}

function addSummedItem(tree: TreeBuilder, r: RowCells): void {
  const role = chargeRole(r);
  // Inside a salary group, the first ordinary line after the charges ends the group.
  if (tree.top?.style === 'salary' && tree.top.chargesSeen && role === null) tree.groups.pop();
  const open = tree.top;
  tree.addItem(r, role ?? (open?.style === 'salary' ? 'salary' : null));
  for (const g of tree.groups) {
    g.sumWritten += r.total.value ?? 0;
    g.sumIntended += intendedTotal(r);
  }
  if (open && role !== null) open.chargesSeen = true;
  // "including" and salary groups end when their rows add up to the group's total.
  while (tree.top) {
    const top = tree.top;
    const total = tree.lines[top.index]!.total.value;
    if (top.style === 'activity' || total === null) break;
    if (!closeEnough(top.sumWritten, total) && !closeEnough(top.sumIntended, total)) break;
    tree.groups.pop();
  }
}

/** The tree of a template's table: sections and groups end where their SUBTOTAL formulas say. */
export function buildTreeByMarker(
  sheet: Sheet,
  cols: EstimateColumns,
  rows: readonly RowCells[],
  classes: readonly RowClass[],
  ends: ReadonlyMap<number, number>,
): Tree {
  const tree = new TreeBuilder(sheet, cols);
  rows.forEach((r, i) => {
    const c = classes[i]!;
    while (tree.top && (tree.top.end ?? Infinity) < r.row) tree.groups.pop();
    if (c.kind === 'section') tree.openSection(r, c);
    else if (c.kind === 'group') tree.openGroup(r, c, ends.get(r.row) ?? null);
    else if (c.kind === 'item')
      tree.addItem(r, chargeRole(r) ?? (tree.groups.some((g) => g.style === 'salary') ? 'salary' : null));
  });
  return tree;
}
