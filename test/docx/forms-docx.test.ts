import type { Grid } from '../../engine/grid/grid';
import { checkWorkbook } from '../../engine/check';
import { readDocx } from '../../engine/docx/read-docx';
import type { Issue } from '../../engine/model/issue';
import { analyseWorkbook } from '../../engine/portfolio/analyse-workbook';
import { loadBuiltInProfile } from '../../engine/profiles';
import { worksheetToGrid as sparseGrid } from '../fixtures/exceljs-grid';
import { KK_BLOCKS, KK_HEADER, KK_IMPACT_HEADER, KK_IMPACT_ROWS } from '../fixtures/annex3-plan';
import { type Block, docxBytes, gridToRows } from '../fixtures/docx-builder';
import { grantBlocks } from '../fixtures/grant-docx';
import { syntheticSpec } from '../fixtures/grant-workbook';
import { type PlanBlock, PlanWorkbook, type SheetSpec } from '../fixtures/plan-workbook';
import { renderIssue } from '../../engine/rules/render-issue';

/** exceljs's grid with every row and cell present, as the Word builder walks them. */
function worksheetToGrid(ws: Parameters<typeof sparseGrid>[0]): Grid {
  const g = sparseGrid(ws);
  return { ...g, cells: Array.from(g.cells, (row) => Array.from(row ?? [], (c) => c ?? null)) };
}

const profile = loadBuiltInProfile();
const brief = (i: Issue) => [i.rule, i.sheet, i.cell, i.expected, i.actual];

/** Each form of a PlanWorkbook sheet as its own Word table ("Table 1", "Table 2"…), after the paragraphs. */
function wordDocument(paragraphs: string[], specs: SheetSpec[]) {
  const book = new PlanWorkbook();
  for (const s of specs) book.addSheet(s);
  const blocks: Block[] = [
    ...paragraphs.map((paragraph) => ({ paragraph })),
    ...book.wb.worksheets.map((ws) => ({ table: gridToRows(worksheetToGrid(ws)) })),
  ];
  const workbook = readDocx(docxBytes(blocks), 'document.docx');
  const tableOf = new Map(book.wb.worksheets.map((ws, i) => [ws.name, `Table ${i + 1}`]));
  return { book, workbook, tableOf: (sheet: string) => tableOf.get(sheet)! };
}

const BLOCK_I_KK = [
  'ӘЛЕУМЕТТІК ЖОБАНЫҢ ТОЛЫҚ СИПАТТАМАСЫ',
  'Грант алушы: «Үлгі» қоғамдық қоры',
  'Гранттың басым бағыттары: Жастарға кәсіби бағдар беру',
  'Жобаны іске асыру аумағы: Үлгі облысы',
  'Әлеуметтік жобаны іске асыру кезеңі: 2024 жылғы маусым-қараша',
];

describe('Annex 3 as a Word document (Kazakh)', () => {
  const { workbook } = wordDocument(BLOCK_I_KK, [
    { name: 'III', plan: { header: KK_HEADER, blocks: KK_BLOCKS } },
    { name: 'IV', impact: { header: KK_IMPACT_HEADER, rows: KK_IMPACT_ROWS } },
  ]);

  it('finds the plan with its merged activity cells and the impact table, each in its own table', () => {
    const result = checkWorkbook(workbook, { profile });
    expect(result.forms.map((f) => [f.form, f.sheet])).toEqual([
      ['plan', 'Table 1'],
      ['impact', 'Table 2'],
    ]);
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('reads block I from the "Label: value" paragraphs for the portfolio', () => {
    const outcome = analyseWorkbook('annex3.docx', workbook, { profile, lang: 'en' });
    expect(outcome.kind).toBe('grant');
    if (outcome.kind !== 'grant') return;
    expect(outcome.metrics).toMatchObject({
      grantee: '«Үлгі» қоғамдық қоры',
      priority: 'Жастарға кәсіби бағдар беру',
      region: 'Үлгі облысы',
      year: 2024,
    });
  });
});

/** The plan with facts typed in a report; `facts` overrides facts by activity prefix and measure. */
function withFacts(facts: Record<string, Record<string, string | number | null>>): PlanBlock[] {
  return KK_BLOCKS.map((b) => ({
    ...b,
    activities: b.activities.map((a) => {
      const key = Object.keys(facts).find((k) => a.title.startsWith(k));
      return {
        ...a,
        measures: a.measures.map((m) =>
          key && facts[key]![m.label] !== undefined ? { ...m, fact: facts[key]![m.label] } : m,
        ),
      };
    }),
  }));
}

describe('the final report as a Word document: "жоспар | факт" tables with injected mistakes', () => {
  const { book, workbook, tableOf } = wordDocument(
    [
      'Әлеуметтік жобаны іске асыру нәтижелері бойынша қорытынды есеп',
      '1. Үкіметтік емес ұйымның толық атауы: «Үлгі» қоғамдық қоры',
      '6. Грантты іске асыруға бөлінген қаражаттың жалпы сомасы: 12 000 000 тг',
    ],
    [
      {
        name: 'plan',
        plan: {
          header: { ...KK_HEADER, over: 'Индикаторлар', plan: 'жоспар', fact: 'факт' },
          blocks: withFacts({
            '4. «4D': { 'Қатысушылар саны': '25' },
            '2. Облыстың': { 'Фото/видео': '2/1' },
          }),
        },
      },
      {
        name: 'impact',
        impact: {
          header: { ...KK_IMPACT_HEADER, plan: 'Жоспарланған деңгейі', fact: 'Нақты деңгейі' },
          rows: [
            { ...KK_IMPACT_ROWS[0]!, fact: '1 010' },
            ...KK_IMPACT_ROWS.slice(1),
            {
              indicator: '7. Гранттың жалпы сомасынан еңбекақы төлеу қоры',
              unit: 'теңге',
              plan: '12 000 000',
              fact: '12 000 000',
            },
          ],
        },
      },
      {
        name: 'stats',
        stats: {
          tables: [
            { header: ['Жобаға қатысушылардың саны барлығы', 'Ерлер', 'Әйелдер'], figures: [647, 327, 310] },
          ],
        },
      },
    ],
  );
  const issues = checkWorkbook(workbook, { profile }).issues;
  const fact = (activity: string, label: string) => {
    const m = book.measure(activity, label);
    return [tableOf(m.sheet), m.factCell];
  };

  it('each mistake is reported at its cell of its table, and nothing else is an error', () => {
    const payroll = book.impact('7. Гранттың');
    const errors = issues.filter((i) => i.severity === 'error').map(brief);
    expect(errors).toEqual([
      ['plan.fact.below', ...fact('2. Облыстың', 'Фото/видео'), 3, 2],
      ['plan.fact.below', ...fact('4. «4D', 'Қатысушылар саны'), 30, 25],
      ['impact.fact.below', tableOf('impact'), book.impact('1. Тікелей').factCell, 1030, 1010],
      ['impact.payroll.whole-grant', tableOf('impact'), payroll.factCell, 12_000_000, 12_000_000],
      ['stats.breakdown.sum', tableOf('stats'), book.statsTotals[0], 637, 647],
    ]);
  });

  it('names the measure in the message, so a person finds the row in Word', () => {
    const below = issues.find((i) => i.rule === 'plan.fact.below' && i.actual === 25)!;
    expect(renderIssue(below, 'kk')).toContain('Қатысушылар саны');
  });
});

describe('a Russian application as a Word document', () => {
  const spec = { ...syntheticSpec(1), lang: 'ru' as const, year: 2025 };
  const read = (blocks: Block[]) => checkWorkbook(readDocx(docxBytes(blocks), 'ru.docx'), { profile });

  // Its size is beyond a short-term grant of its period (a warning, as for the same workbook).
  const errors = (blocks: Block[]) => read(blocks).issues.filter((i) => i.severity === 'error');

  it('has no error as written', () => {
    expect(errors(grantBlocks(spec))).toEqual([]);
  });

  it('a bank line retyped without its total reports at its table cell', () => {
    const blocks = grantBlocks(spec);
    const table = blocks.find((b) => 'table' in b) as { table: (string | object)[][] };
    const r = table.table.findIndex((row) => row[1] === 'Услуги банка');
    table.table[r]![5] = '1 800';
    expect(errors(blocks).map(brief)).toEqual([
      ['estimate.line.amount', 'Table 1', `F${r + 1}`, 18000, 1800],
    ]);
  });
});
