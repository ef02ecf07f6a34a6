/** Rows per band when a sheet's merged areas are read in parts. */
export const MERGE_BAND_ROWS = 100;

/**
 * Merged areas of sheets whose merges did not come with the shared read, each sheet in its own
 * sync: Range.getMergedAreasOrNullObject fails when a range holds more than 512 merged areas
 * (Excel.Range reference), and a failure fails the whole batch. A sheet that fails alone is read
 * in bands of rows (and marked, so later checks go straight to bands); a band that still fails
 * leaves that sheet without merges, which the readers handle as unmerged cells.
 * Returns RangeAreas addresses ("S!A1:B2,S!C3:C4") by sheet name, null for none.
 */
export async function readMergesApart(
  ctx: Excel.RequestContext,
  sheets: readonly { name: string; manyMerges: boolean }[],
): Promise<Map<string, string | null>> {
  const out = new Map<string, string | null>();
  for (const s of sheets) {
    const used = ctx.workbook.worksheets.getItemOrNullObject(s.name).getUsedRangeOrNullObject(true);
    used.load('rowCount,columnCount');
    if (!s.manyMerges) {
      const areas = used.getMergedAreasOrNullObject().load('address');
      try {
        await ctx.sync();
        out.set(s.name, areas.isNullObject ? null : areas.address);
        continue;
      } catch {
        s.manyMerges = true;
        used.load('rowCount,columnCount');
      }
    }
    out.set(s.name, await readInBands(ctx, used));
  }
  return out;
}

async function readInBands(ctx: Excel.RequestContext, used: Excel.Range): Promise<string | null> {
  try {
    await ctx.sync();
    if (used.isNullObject) return null;
    const bands: Excel.RangeAreas[] = [];
    for (let start = 0; start < used.rowCount; start += MERGE_BAND_ROWS)
      bands.push(
        used
          .getCell(start, 0)
          .getAbsoluteResizedRange(Math.min(MERGE_BAND_ROWS, used.rowCount - start), used.columnCount)
          .getMergedAreasOrNullObject()
          .load('address'),
      );
    await ctx.sync();
    // A merge across a band boundary comes back from both bands.
    const parts = new Set(bands.flatMap((b) => (b.isNullObject ? [] : b.address.split(','))));
    return parts.size > 0 ? [...parts].join(',') : null;
  } catch {
    return null;
  }
}
