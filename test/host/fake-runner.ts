import { readXlsx } from '../../engine/xlsx/read-xlsx';
import type { ExcelRunner } from '../../addin/host/excel-runner';
import { decodeXlsxBytes } from '../fakes/decode-xlsx';
import { FakeExcel, type DecodedSheet, type FakeContext } from '../fakes/excel';

/** The fake behind the host's ExcelRunner seam: options reach the fake as Excel.run gets them. */
export function runnerFor(fake: FakeExcel): ExcelRunner {
  // The fake implements the subset of Excel.RequestContext the host uses, not the whole type.
  const asExcel = (batch: (ctx: Excel.RequestContext) => Promise<unknown>) => (ctx: FakeContext) =>
    batch(ctx as unknown as Excel.RequestContext);
  return {
    run: <T>(options: Excel.RunOptions, batch: (ctx: Excel.RequestContext) => Promise<T>) =>
      fake.run(asExcel(batch), options) as Promise<T>,
    runWith: <T>(ctx: Excel.RequestContext, batch: (ctx: Excel.RequestContext) => Promise<T>) =>
      batch(ctx) as Promise<T>,
    isSetSupported: (name, version) => fake.isSetSupported(name, version),
    get platform() {
      return fake.platform;
    },
  };
}

/** Decodes base64 .xlsx as Excel would insert its sheets (with their protection). */
export function decodeXlsx(base64: string): Promise<DecodedSheet[]> {
  return decodeXlsxBytes(Buffer.from(base64, 'base64'));
}

/** The user opens an .xlsx in Excel: its sheets (with protection) and its defined names. */
export async function openWorkbook(bytes: Buffer, apiVersion = '1.13'): Promise<FakeExcel> {
  const fake = new FakeExcel(apiVersion, decodeXlsx);
  for (const { grid, ...protection } of await decodeXlsx(bytes.toString('base64')))
    fake.addGrid(grid, protection);
  for (const n of (await readXlsx(bytes, 'opened.xlsx')).names)
    fake.names.push({ name: n.name, formula: `=${n.ref}` });
  return fake;
}
