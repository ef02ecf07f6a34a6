import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { GrantMetricsSchema, type PortfolioJson } from '../model/portfolio';
import { toCsv } from '../portfolio/csv';
import { unreadableRow } from '../portfolio/analyse-workbook';
import { collectFiles, noteText, outputClash } from '../portfolio/files';
import { buildPortfolio } from '../portfolio/portfolio';
import { type PoolOptions, analyseAll } from '../portfolio/pool';
import type { PortfolioArgs } from './args';
import { UsageError, defaultLang } from './args';
import type { Io } from './check-command';
import { resolveProfile } from './profile-arg';
import { terminalSafe } from './terminal';

/** A one-line progress bar, redrawn at most every 100 ms. */
function progressBar(io: Io): PoolOptions['onProgress'] {
  let last = 0;
  return (done, total) => {
    const now = Date.now();
    if (done < total && now - last < 100) return;
    last = now;
    const width = 30;
    const filled = Math.round((done / total) * width);
    io.stderr(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} files`);
    if (done === total) io.stderr('\n');
  };
}

/** Where `--csv` goes: stdout, unless --json has stdout; then beside the report (REPORT.csv). */
function csvPath(args: PortfolioArgs): string | null {
  return args.json && args.out ? args.out.replace(/\.xlsx$/i, '') + '.csv' : null;
}

/**
 * Writes through a temporary file in the same folder, then renames: a crash leaves either the
 * old file or the whole new one, never half a report.
 */
async function writeAtomically(path: string, write: (tmp: string) => Promise<void> | void): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await write(tmp);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/**
 * `esep portfolio`: exit 0 when a report was produced (unreadable files are listed in it),
 * 2 on bad usage or when not one file could be read.
 */
export async function runPortfolio(args: PortfolioArgs, io: Io, pool: PoolOptions = {}): Promise<number> {
  const profile = resolveProfile(args.profile);
  const lang = args.lang ?? defaultLang(io.env);
  const collected = collectFiles(args.files, args.followLinks);
  const beside = csvPath(args);
  for (const out of [args.out, beside]) {
    const clash = out ? outputClash(out, collected) : null;
    if (clash === 'input')
      throw new UsageError(`--out ${out} is one of the workbooks being read; choose another file`);
    if (clash === 'folder')
      throw new UsageError(`--out ${out} is inside a folder being read; write the report elsewhere`);
  }
  for (const note of collected.notes) io.stderr(`esep: ${terminalSafe(noteText(note, lang))}\n`);
  const files = collected.files.map((f) => f.path);
  const onProgress = pool.onProgress ?? (io.stderrIsTTY && files.length > 0 ? progressBar(io) : undefined);
  const outcomes = await analyseAll(files, { profile, lang, year: args.year }, { ...pool, onProgress });
  const missing = collected.missing.map((m) => unreadableRow(m.file, m.reason, lang));
  const portfolio = buildPortfolio(outcomes, missing);
  for (const u of portfolio.unreadable) io.stderr(`esep: ${terminalSafe(`${u.file}: ${u.reason}`)}\n`);
  if (portfolio.grants.length === 0) {
    io.stderr(`esep: no readable grant workbook among ${files.length} file(s); no report written\n`);
    return 2;
  }
  if (args.out) {
    const out = args.out;
    try {
      // Loaded only now: the workers have had the cores while exceljs was not needed.
      const { portfolioWorkbook } = await import('../xlsx/write-portfolio');
      await writeAtomically(out, (tmp) => portfolioWorkbook(portfolio).xlsx.writeFile(tmp));
    } catch (e) {
      io.stderr(`esep: cannot write ${terminalSafe(out)} (${(e as Error).message})\n`);
      return 2;
    }
  }
  if (args.csv) {
    const csv = toCsv(portfolio.grants, GrantMetricsSchema.keyof().options);
    if (beside) await writeAtomically(beside, (tmp) => writeFileSync(tmp, csv));
    else io.stdout(csv);
  }
  if (args.json) {
    const { grants, groups, outliers, unreadable } = portfolio;
    const json: PortfolioJson = { grants, groups, outliers, unreadable };
    io.stdout(JSON.stringify(json, null, 2) + '\n');
  }
  if (!args.json && !args.csv) {
    const summary = `${portfolio.grants.length} grants compared, ${portfolio.outliers.length} outliers, ${portfolio.unreadable.length} unreadable: ${args.out}`;
    io.stdout(`${terminalSafe(summary)}\n`);
  }
  return 0;
}
