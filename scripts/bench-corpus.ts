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

/**
 * A benchmark's corpus from its arguments: `N` synthetic grants (default 1 000), or the workbooks
 * of `--dir FOLDER` as they are (`given`).
 */
export function corpusArgs(args: readonly string[]): { n: number; given: string | undefined } {
  const at = args.indexOf('--dir');
  const given = at >= 0 ? args[at + 1] : undefined;
  if (at >= 0 && !given) throw new Error('--dir needs a folder');
  return { n: Number(args.find((a) => /^\d+$/.test(a)) ?? 1000), given };
}
