import { Sheet } from '../../engine/grid/grid';
import { buildTreeByHeaders, buildTreeByMarker } from '../../engine/read/estimate/build-tree';
import { classifyKnownRow, classifyRow, classifyRows } from '../../engine/read/estimate/classify-row';
import { collectRows } from '../../engine/read/estimate/collect-rows';
import { findEstimateHeader } from '../../engine/read/estimate/header';
import { readEstimateSteps } from '../../engine/read/estimate/read-estimate';

type Row = (string | number | null)[];
const HEADER: Row = [
  '№',
  'Шығыстардың баптары',
  'Өлшем бірлігі',
  'Саны',
  'Құны, теңге',
  'Барлығы, теңге',
  'Жеке салым',
  'Грант қаражаты',
];

const sheetOf = (rows: Row[]) =>
  new Sheet({
    name: 'Смета',
    origin: 'A1',
    cells: rows.map((r) => r.map((v) => (v === null || v === '' ? null : { value: v }))),
    merges: [],
  });

/** The real form's shape in Kazakh: a section, a salary group, an item alone in the section, a nested "соның ішінде" group. */
const ROWS: Row[] = [
  ['Жобаны іске асыру кезеңі: 6 ай'],
  HEADER,
  ['1', 'Әкімшілік шығыстар', null, null, null, 1_200_000, 0, 1_200_000],
  [null, 'Жалақы, соның ішінде:', null, null, null, 1_000_000, 0, 1_000_000],
  [null, 'Жоба жетекшісі', 'ай', 5, 200_000, 1_000_000, 0, 1_000_000],
  [null, 'Банк қызметі', 'қызмет', 1, 50_000, 50_000, 0, 50_000],
  [null, 'Институционалдық даму, соның ішінде:', null, null, null, 150_000, 0, 150_000],
  [null, 'Қызметкерлердің біліктілігін арттыру курсы', 'адам', 1, 150_000, 150_000, 0, 150_000],
  [],
  ['1-бөлім бойынша барлығы', null, null, null, null, 1_200_000],
  ['2', 'Тікелей шығындар', null, null, null, 300_000, 0, 300_000],
  [null, 'Зал жалдау', 'күн', 3, 100_000, 300_000, 0, 300_000],
  [null, 'Барлығы:', null, null, null, 1_500_000, 0, 1_500_000],
];

describe('estimate reader, step by step', () => {
  const sheet = sheetOf(ROWS);
  const header = findEstimateHeader(sheet)!;

  it('collects the rows down to the grand total and sets section subtotals aside', () => {
    const c = collectRows(sheet, header, Infinity);
    expect(c.rows.map((r) => r.row)).toEqual([2, 3, 4, 5, 6, 7, 8, 10, 11]);
    expect(c.subtotals).toEqual([9]);
    expect(c.grandTotal?.row).toBe(13);
    expect(c.lastRow).toBe(12);
  });

  it('classifies each row with the reason', () => {
    const { rows } = collectRows(sheet, header, Infinity);
    expect(classifyRows(rows).map((c) => `${c.kind}:${c.reason}`)).toEqual([
      'section:section-name',
      'group:salary-word',
      'item:line',
      'item:line',
      'group:nested-including',
      'item:line',
      'blank:blank',
      'section:section-name',
      'item:line',
    ]);
  });

  it('reads an unnumbered "…, соның ішінде:" row with a category word as a section when no numbered section is open', () => {
    const { rows } = collectRows(sheet, header, Infinity);
    expect(classifyRow(rows, 4, null).kind).toBe('section');
  });

  /** Section 2 holds material-technical lines and, under a heading of its own, institutional development. */
  const SUBHEADED = (heading: string, number: string | null = null): Row[] => [
    HEADER,
    ['1', 'Әкімшілік шығыстар', null, null, null, 50_000, 0, 50_000],
    [null, 'Банк қызметі', 'қызмет', 1, 50_000, 50_000, 0, 50_000],
    ['2', 'Материалдық-техникалық қамтамасыз ету', null, null, null, 400_000, 0, 400_000],
    [null, 'Ноутбук', 'дана', 1, 250_000, 250_000, 0, 250_000],
    [number, heading, null, null, null, 150_000, 0, 150_000],
    [null, 'Біліктілікті арттыру курсы', 'адам', 1, 150_000, 150_000, 0, 150_000],
    ['3', 'Тікелей шығындар', null, null, null, 550_000, 0, 550_000],
    [null, 'Зал жалдау', 'күн', 1, 550_000, 550_000, 0, 550_000],
    [null, 'Барлығы:', null, null, null, 1_000_000, 0, 1_000_000],
  ];

  it.each([
    ['a heading with a colon', 'Институционалдық даму:', null],
    ['a heading numbered inside the section', 'Институционалдық даму', '2.2'],
    ['a Russian heading', 'Институциональное развитие', null],
  ])('keeps %s that names a category inside its open section', (_what, heading, number) => {
    const sheet = sheetOf(SUBHEADED(heading, number));
    const est = readEstimateSteps(sheet, findEstimateHeader(sheet)!, null).estimate;
    const inst = est.lines.find((l) => l.label === heading)!;
    expect(inst).toMatchObject({ kind: 'group', category: 'inst' });
    expect(est.lines[inst.parent!]!.label).toBe('Материалдық-техникалық қамтамасыз ету');
    expect(est.lines.filter((l) => l.kind === 'section')).toHaveLength(3);
  });

  it('reads such a heading as a section when its total does not fit in what the open section leaves', () => {
    const rows = SUBHEADED('Институционалдық даму:');
    rows[5]![5] = 400_000;
    const { rows: read } = collectRows(sheetOf(rows), findEstimateHeader(sheetOf(rows))!, Infinity);
    expect(classifyRows(read).map((c) => `${c.kind}:${c.reason}`)[4]).toBe('section:section-name');
  });

  it('keeps a nested "соның ішінде" group inside its section, with its own category', () => {
    const { rows } = collectRows(sheet, header, Infinity);
    const { lines, structure } = buildTreeByHeaders(sheet, header.columns, rows, classifyRows(rows));
    expect(structure).toEqual([]);
    const inst = lines.find((l) => l.label.startsWith('Институционалдық'))!;
    expect(lines[inst.parent!]!.label).toBe('Әкімшілік шығыстар');
    expect(inst.category).toBe('inst');
    expect(lines[inst.children[0]!]!.category).toBe('inst');
    expect(lines.find((l) => l.label === 'Банк қызметі')!.parent).toBe(0);
    expect(lines.find((l) => l.label === 'Жоба жетекшісі')!.role).toBe('salary');
  });

  it('builds a template tree from the SUBTOTAL spans, whatever the words', () => {
    const { rows } = collectRows(sheet, header, Infinity);
    const spans = new Map([
      [2, 'section' as const],
      [3, 'group' as const],
    ]);
    const classes = rows.map((r) => classifyKnownRow(r, spans.get(r.row)));
    expect(classes.slice(0, 3).map((c) => c.reason)).toEqual(['marker-section', 'marker-group', 'line']);
    const { lines } = buildTreeByMarker(sheet, header.columns, rows, classes, new Map([[3, 4]]));
    // The group ends at grid row 4: "Банк қызметі" (row 5) belongs to the section again.
    expect(lines[lines.find((l) => l.label === 'Банк қызметі')!.parent!]!.kind).toBe('section');
  });

  it('reports a table without a grand total, first among the structure problems', () => {
    const { estimate } = readEstimateSteps(sheetOf(ROWS.slice(0, 8)), header, null);
    expect(estimate.structure[0]).toMatchObject({ problem: 'no-total-row', cell: 'B2' });
    expect(estimate.range).toBe('A2:H8');
  });
});
