// Engine check time for a 300-line estimate and a 200-measure plan report: the live check in
// Excel runs this on every edit.
import { checkWorkbook, readGrant } from '../engine/check';
import type { WorkbookGrid } from '../engine/grid/grid';
import { readXlsx } from '../engine/xlsx/read-xlsx';
import { KK_BLOCKS, KK_HEADER } from '../test/fixtures/annex3-plan';
import { type PlanBlock, PlanWorkbook } from '../test/fixtures/plan-workbook';
import { loadBuiltInProfile } from '../engine/profiles';
import {
  type ItemSpec,
  type SectionSpec,
  buildEstimateGrid,
  charges2025,
} from '../test/fixtures/estimate-builder';

const profile = loadBuiltInProfile();
const RUNS = Number(process.env.BENCH_RUNS ?? 500);

function estimateOf(lines: number): SectionSpec[] {
  const salaries = [180000, 180000, 170000, 150000];
  const staff: ItemSpec[] = salaries.map((s, i) => ({
    label: `Маман ${i + 1}`,
    unit: 'ай',
    qty: 6,
    cost: s,
  }));
  const admin: SectionSpec = {
    number: '1',
    label: 'Әкімшілік шығыстар',
    children: [{ label: 'Жалақы, соның ішінде:', items: [...staff, ...charges2025(salaries, 6, 'kk')] }],
  };
  const activities = [];
  let count = 12;
  for (let a = 1; count < lines; a++) {
    const items: ItemSpec[] = [];
    for (let i = 0; i < 9 && count < lines; i++, count++)
      items.push({ label: `Шығын ${a}.${i}`, unit: 'қызмет', qty: 1 + (i % 5), cost: 1000 * (a + i) });
    activities.push({ label: `${a} іс-шара. Семинар`, items });
    count++;
  }
  return [
    admin,
    { number: '2', label: 'Материалдық-техникалық қамтамасыз ету', children: [] },
    { number: '3', label: 'Тікелей шығындар', children: activities },
  ];
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(fn: () => void): number[] {
  for (let i = 0; i < 50; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = process.hrtime.bigint();
    fn();
    out.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return out;
}

/** Annex 3's plan blocks repeated until the plan has about `measures` measures, facts typed in. */
async function planReport(measures: number): Promise<WorkbookGrid> {
  const blocks: PlanBlock[] = [];
  let count = 0;
  while (count < measures) {
    for (const b of KK_BLOCKS) {
      blocks.push(b);
      count += b.activities.reduce((n, a) => n + a.measures.length, 0);
    }
  }
  const header = { ...KK_HEADER, over: 'Индикаторлар', plan: 'жоспар', fact: 'факт' };
  const book = new PlanWorkbook().addSheet({ name: 'Мониторинг', plan: { header, blocks } });
  return readXlsx(new Uint8Array(await book.wb.xlsx.writeBuffer()), 'plan.xlsx');
}

async function main() {
  const { workbook: estimateBook } = buildEstimateGrid(estimateOf(300), { lang: 'kk', textNumbers: true });
  const plan = await planReport(200);
  const workbook: WorkbookGrid = { ...estimateBook, sheets: [...estimateBook.sheets, ...plan.sheets] };
  const grant = readGrant(workbook);
  const lines = grant.estimates[0]!.lines.length;
  const measures = grant.plans[0]!.tasks.flatMap((t) => t.activities.flatMap((a) => a.measures)).length;
  const issues = checkWorkbook(workbook, { profile, year: 2025 }).issues.length;
  const read = time(() => readGrant(workbook));
  const full = time(() => checkWorkbook(workbook, { profile, year: 2025 }));
  const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(RUNS * 0.95)]!.toFixed(3);
  console.log(
    `workbook: estimate of ${lines} lines + plan of ${measures} measures, ${issues} issues; ${RUNS} runs each`,
  );
  console.log(`read grid → model:        median ${median(read).toFixed(3)} ms, p95 ${p95(read)} ms`);
  console.log(
    `check (read + all rules): median ${median(full).toFixed(3)} ms, p95 ${p95(full)} ms (target < 10 ms)`,
  );
}

void main();
