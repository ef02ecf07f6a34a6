// Engine check time for a 300-line estimate: the live check in Excel runs this on every edit.
import { checkWorkbook, readGrant } from '../engine/check';
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

const { workbook } = buildEstimateGrid(estimateOf(300), { lang: 'kk', textNumbers: true });
const lines = readGrant(workbook).estimates[0]!.lines.length;
const issues = checkWorkbook(workbook, { profile, lang: 'kk', year: 2025 }).issues.length;
const read = time(() => readGrant(workbook));
const full = time(() => checkWorkbook(workbook, { profile, lang: 'kk', year: 2025 }));
console.log(`estimate: ${lines} lines, ${issues} issues; ${RUNS} runs each`);
console.log(
  `read grid → model:        median ${median(read).toFixed(3)} ms, p95 ${read.sort((a, b) => a - b)[Math.floor(RUNS * 0.95)]!.toFixed(3)} ms`,
);
console.log(
  `check (read + all rules): median ${median(full).toFixed(3)} ms, p95 ${full.sort((a, b) => a - b)[Math.floor(RUNS * 0.95)]!.toFixed(3)} ms (target < 5 ms)`,
);
