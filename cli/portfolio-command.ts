import type { Lang } from '../engine/model/issue';
import { GrantMetricsSchema, type PortfolioJson } from '../engine/model/portfolio';
import { unreadableRow } from '../engine/portfolio/analyse-workbook';
import { toCsv } from '../engine/portfolio/csv';
import { collectFiles, noteText, outputClash } from '../engine/portfolio/files';
import { buildPortfolio } from '../engine/portfolio/portfolio';
import { type PoolOptions, analyseAll } from '../engine/portfolio/pool';
import type { PortfolioArgs } from './args';
import { UsageError, defaultLang } from './args';
import type { Io } from './check-command';
import { resolveProfile } from './profile-arg';
import * as z from 'zod/mini';
import { terminalSafe } from './terminal';
import { type CliWords, CLI_WORDS } from './words';
import { writeStreamed } from './write-streamed';

/** A one-line progress bar, redrawn at most every 100 ms. */
function progressBar(io: Io, w: CliWords): PoolOptions['onProgress'] {
  let last = 0;
  return (done, total) => {
    const now = Date.now();
    if (done < total && now - last < 100) return;
    last = now;
    const width = 30;
    const filled = Math.round((done / total) * width);
    io.stderr(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${w.progress(done, total)}`);
    if (done === total) io.stderr('\n');
  };
}

/** Where `--csv` goes: stdout, unless --json has stdout; then beside the report (REPORT.csv). */
function csvPath(args: PortfolioArgs): string | null {
  return args.json && args.out ? args.out.replace(/\.xlsx$/i, '') + '.csv' : null;
}

/** ESEP_THREADS: how many threads read (this one included), instead of Esep's choice for the machine. */
function threadsFromEnv(value: string | undefined, lang: Lang): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^\d{1,2}$/.test(value) || Number(value) < 1 || Number(value) > 64)
    throw new UsageError(CLI_WORDS[lang].usage.threadsEnv(value), 'portfolio');
  return Number(value);
}

/**
 * `esep portfolio`: exit 0 when a report was produced (unreadable files are listed in it),
 * 2 on bad usage or when not one file could be read.
 */
export async function runPortfolio(args: PortfolioArgs, io: Io, pool: PoolOptions = {}): Promise<number> {
  const lang = args.lang ?? defaultLang(io.env);
  const w = CLI_WORDS[lang];
  const profile = resolveProfile(args.profile, lang);
  const collected = collectFiles(args.files, args.followLinks);
  const beside = csvPath(args);
  // The report never lands on a workbook being read, nor in a folder being read.
  for (const out of [args.out, beside]) {
    const clash = out ? outputClash(out, collected) : null;
    if (clash === 'input') throw new UsageError(w.usage.outIsInput(out!), 'portfolio');
    if (clash === 'folder') throw new UsageError(w.usage.outInFolder(out!), 'portfolio');
  }
  for (const note of collected.notes) io.stderr(`esep: ${terminalSafe(noteText(note, lang))}\n`);
  const files = collected.files.map((f) => f.path);
  const onProgress = pool.onProgress ?? (io.stderrIsTTY && files.length > 0 ? progressBar(io, w) : undefined);
  const threads = pool.threads ?? threadsFromEnv(io.env.ESEP_THREADS, lang);
  const outcomes = await analyseAll(
    files,
    { profile, lang, year: args.year },
    {
      ...pool,
      onProgress,
      threads,
      onThreads: pool.onThreads ?? io.onThreads,
      onThreadRunning: pool.onThreadRunning ?? io.onThreadRunning,
    },
  );
  const missing = collected.missing.map((m) => unreadableRow(m.file, m.reason, lang));
  const portfolio = buildPortfolio(outcomes, missing, lang);
  for (const u of portfolio.unreadable) io.stderr(`esep: ${terminalSafe(`${u.file}: ${u.reason}`)}\n`);
  if (portfolio.grants.length === 0) {
    io.stderr(`esep: ${w.nothingReadable(files.length)}\n`);
    return 2;
  }
  if (args.out) {
    try {
      // Loaded only now: the report's tables are not needed while the workers read.
      const { writePortfolioReport } = await import('../engine/portfolio/report-workbook');
      writeStreamed(args.out, (sink) => writePortfolioReport(portfolio, lang, sink));
    } catch (e) {
      io.stderr(`esep: ${terminalSafe(w.cannotWrite(args.out, (e as Error).message))}\n`);
      return 2;
    }
  }
  if (args.csv) {
    // One cell per grant for its forms, space-separated, as CSV readers expect no nested lists.
    const rows = portfolio.grants.map((g) => ({ ...g, forms: g.forms.join(' ') }));
    const csv = toCsv(rows, z.keyof(GrantMetricsSchema).options);
    if (beside) writeStreamed(beside, (sink) => sink(new TextEncoder().encode(csv)));
    // On a terminal a grantee's control characters are shown, not obeyed; piped, the data stays as read.
    else io.stdout(io.isTTY ? terminalSafe(csv) : csv);
  }
  if (args.json) {
    const { grants, groups, outliers, unreadable } = portfolio;
    const json: PortfolioJson = { grants, groups, outliers, unreadable };
    io.stdout(JSON.stringify(json, null, 2) + '\n');
  }
  if (!args.json && !args.csv) {
    const summary = w.portfolioSummary(
      portfolio.grants.length,
      portfolio.outliers.length,
      portfolio.unreadable.length,
      args.out,
    );
    io.stdout(`${terminalSafe(summary)}\n`);
  }
  return 0;
}
