/**
 * `npm run bench:portfolio [-- N] [--dir FOLDER] [--openpyxl] [--docx]`: writes N synthetic grant
 * workbooks (default 1 000; project sheets in Kazakh and Russian, estimates of varied sizes) into a
 * temporary folder, or with --openpyxl N grants as openpyxl writes them (test/fixtures/
 * unseen_portfolio.py: other layouts, monitoring plans with facts, and with Debian's openpyxl 3.0
 * every text an inline string of character references), or takes the workbooks of FOLDER as they
 * are, runs the built CLI
 * (`dist/cli/esep.cjs portfolio DIR --out …`) as a child process three times, then the baseline an
 * analyst would script (scripts/baseline_portfolio.py: pandas + openpyxl) once on the same files,
 * and prints wall time, CPU time and peak RSS of each run and the ratio of the baseline to Esep's
 * median run (a run of about a second varies by a quarter on a shared machine; the baseline's ten
 * seconds vary less). With --docx the same grants are also written as Word documents
 * (test/fixtures/grant-docx.ts) and measured the same way, so the two readers can be compared.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { grantDocx } from '../test/fixtures/grant-docx';
import { syntheticSpec } from '../test/fixtures/grant-workbook';
import { DISTINCT, corpusArgs, writeGrantCorpus } from './bench-corpus';

const PYTHON = '/usr/bin/python3';

/**
 * Runs a command once; wall time, and where GNU time exists the CPU time and peak RSS of the
 * whole process tree's largest process (steadier than wall time on a shared machine).
 */
function timed(what: string, command: string[]): { seconds: number; stdout: string; summary: string } {
  const time = existsSync('/usr/bin/time');
  const [cmd, ...args] = time ? ['/usr/bin/time', '-f', '%M %U %S', ...command] : command;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd!, args, { encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`${what} exited with ${r.status}: ${r.stderr}`);
  const [rssKb = NaN, user = NaN, sys = NaN] = (time ? (r.stderr.trim().split('\n').pop() ?? '') : '')
    .split(' ')
    .map(Number);
  const cpu = Number.isFinite(rssKb)
    ? `, CPU ${(user + sys).toFixed(2)} s, peak RSS ${(rssKb / 1024).toFixed(0)} MB`
    : '';
  return { seconds, stdout: r.stdout.trim(), summary: `wall ${seconds.toFixed(2)} s${cpu}` };
}

/** The same grants as Word documents, in a folder of their own, through the same command. */
function benchDocx(cli: string, n: number): void {
  const dir = mkdtempSync(join(tmpdir(), 'esep-bench-docx-'));
  const name = (i: number) => join(dir, `grant-${String(i).padStart(5, '0')}.docx`);
  try {
    for (let i = 0; i < Math.min(n, DISTINCT); i++) writeFileSync(name(i), grantDocx(syntheticSpec(i)));
    for (let i = DISTINCT; i < n; i++) copyFileSync(name(i % DISTINCT), name(i));
    const esep = timed('esep portfolio (docx)', [
      process.execPath,
      cli,
      'portfolio',
      dir,
      '--out',
      join(dir, 'report.xlsx'),
    ]);
    console.log(esep.stdout);
    console.log(`${n} .docx files: ${esep.summary}, ${(n / esep.seconds).toFixed(0)} files/s`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const ESEP_RUNS = 3;

/** N grants written by openpyxl (its truth.json beside them, which neither side reads). */
function writeOpenpyxlCorpus(dir: string, n: number): void {
  const generator = join(__dirname, '..', 'test', 'fixtures', 'unseen_portfolio.py');
  const run = spawnSync(PYTHON, [generator, dir, String(n), '2026'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`--openpyxl needs python3 with openpyxl and numpy: ${run.stderr}`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const corpus = corpusArgs(args);
  const { given } = corpus;
  const cli = join(__dirname, '..', 'dist', 'cli', 'esep.cjs');
  if (!existsSync(cli)) throw new Error('build the CLI first: npm run build:cli');
  const dir = given ?? mkdtempSync(join(tmpdir(), 'esep-bench-'));
  // The report may not go into a folder being read: it goes beside it.
  const outDir = mkdtempSync(join(tmpdir(), 'esep-bench-out-'));
  let { n } = corpus;
  try {
    // The baseline reads the folder's own .xlsx files: give a folder that holds only those.
    if (given) n = readdirSync(given).filter((f) => f.endsWith('.xlsx')).length;
    else {
      const started = Date.now();
      if (args.includes('--openpyxl')) writeOpenpyxlCorpus(dir, n);
      else await writeGrantCorpus(dir, n);
      console.log(`generated ${n} workbooks in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      // On disk before anything is timed: the kernel writing fresh files back would fall on the first run.
      spawnSync('sync');
    }
    const runs = Array.from({ length: ESEP_RUNS }, () =>
      timed('esep portfolio', [
        process.execPath,
        cli,
        'portfolio',
        dir,
        '--out',
        join(outDir, 'report.xlsx'),
      ]),
    );
    console.log(runs[0]!.stdout);
    for (const run of runs)
      console.log(`${n} files: ${run.summary}, ${(n / run.seconds).toFixed(0)} files/s`);
    const esep = [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor(ESEP_RUNS / 2)]!;
    if (args.includes('--docx')) benchDocx(cli, n);
    if (spawnSync(PYTHON, ['-c', 'import pandas, openpyxl']).status !== 0) {
      console.log(
        'baseline skipped: pandas and openpyxl are not installed (apt-get install python3-pandas python3-openpyxl)',
      );
      return;
    }
    const script = join(__dirname, 'baseline_portfolio.py');
    const base = timed('pandas + openpyxl', [PYTHON, script, dir, join(outDir, 'baseline.xlsx')]);
    console.log(`baseline, pandas + openpyxl: ${base.summary}`);
    console.log(
      `esep (median of ${ESEP_RUNS} runs, ${esep.seconds.toFixed(2)} s) is ${(base.seconds / esep.seconds).toFixed(1)}× faster than the baseline on the same ${n} files`,
    );
  } finally {
    if (!given) rmSync(dir, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
