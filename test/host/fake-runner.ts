import type { Grid } from '../../engine/grid/grid';
import { readXlsx } from '../../engine/xlsx/read-xlsx';
import type { ExcelRunner } from '../../addin/host/excel-host';
import { FakeExcel, type FakeContext } from '../fakes/excel';

/** The fake behind the host's ExcelRunner seam. */
export function runnerFor(fake: FakeExcel): ExcelRunner {
  // The fake implements the subset of Excel.RequestContext the host uses, not the whole type.
  const asExcel = (batch: (ctx: Excel.RequestContext) => Promise<unknown>) => (ctx: FakeContext) =>
    batch(ctx as unknown as Excel.RequestContext);
  return {
    run: <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => fake.run(asExcel(batch)) as Promise<T>,
    runWith: <T>(ctx: Excel.RequestContext, batch: (ctx: Excel.RequestContext) => Promise<T>) =>
      batch(ctx) as Promise<T>,
    isSetSupported: (name, version) => fake.isSetSupported(name, version),
  };
}

/** Decodes base64 .xlsx with the engine's reader, as Excel would insert its sheets. */
export async function decodeXlsx(base64: string): Promise<Grid[]> {
  return (await readXlsx(Buffer.from(base64, 'base64'), 'inserted.xlsx')).sheets;
}
