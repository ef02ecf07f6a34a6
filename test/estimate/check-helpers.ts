import { checkWorkbook } from '../../engine/check';
import type { Issue } from '../../engine/model/issue';
import { loadBuiltInProfile } from '../../engine/profiles';
import { readXlsx } from '../../engine/xlsx/read-xlsx';
import { SEED_ROWS, type SeedOptions, type SeedRow, seedXlsx } from '../fixtures/seed-estimate';

export const profile = loadBuiltInProfile();

/** Writes the seed estimate (with options) to a real .xlsx, reads it back and checks it. */
export async function checkSeed(options: SeedOptions = {}, year?: number) {
  const workbook = await readXlsx(await seedXlsx(options), 'seed.xlsx');
  return checkWorkbook(workbook, { profile, year });
}

export function errorsOf(issues: Issue[]): Issue[] {
  return issues.filter((i) => i.severity === 'error');
}

/** A copy of the seed rows with one cell replaced (column: 0 №, 1 label, … 5 total, 6 own, 7 grant). */
export function mutate(label: string, column: number, text: string, rows: SeedRow[] = SEED_ROWS): SeedRow[] {
  let found = false;
  const out = rows.map((r) => {
    if (r[1].trim() !== label.trim()) return r;
    found = true;
    const copy = [...r] as SeedRow;
    copy[column] = text;
    return copy;
  });
  if (!found) throw new Error(`no row "${label}"`);
  return out;
}

const num = (t: string) => Number(t.replace(/\s/g, '').replace(',', '.')) || 0;
const fmt = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');

/** Adds delta to the total and grant columns of the named rows (a change carried up the tree). */
export function carry(rows: SeedRow[], labels: string[], delta: number): SeedRow[] {
  return rows.map((r) => {
    if (!labels.includes(r[1].trim())) return r;
    const copy = [...r] as SeedRow;
    copy[5] = fmt(num(r[5]) + delta);
    copy[7] = fmt(num(r[7]) + delta);
    return copy;
  });
}

export { fmt, num };
