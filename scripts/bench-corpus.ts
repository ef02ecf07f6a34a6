import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { grantXlsx, syntheticSpec } from '../test/fixtures/grant-workbook';

/** Distinct workbooks generated; the rest are copies (writing with exceljs is slow, reading is measured). */
export const DISTINCT = 500;

/** Writes `n` synthetic grant workbooks (Kazakh and Russian project sheets, estimates of varied sizes) into `dir`. */
export async function writeGrantCorpus(dir: string, n: number): Promise<void> {
  const name = (i: number) => join(dir, `grant-${String(i).padStart(5, '0')}.xlsx`);
  for (let i = 0; i < Math.min(n, DISTINCT); i++) writeFileSync(name(i), await grantXlsx(syntheticSpec(i)));
  for (let i = DISTINCT; i < n; i++) copyFileSync(name(i % DISTINCT), name(i));
}
