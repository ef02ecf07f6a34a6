/**
 * `npm run bench:portfolio [-- N] [--docx]`: writes N synthetic grant workbooks (default 1 000;
 * project sheets in Kazakh and Russian, estimates of varied sizes) into a temporary folder, runs
 * the built CLI (`dist/cli/esep.cjs portfolio DIR --out …`) as a child process, then the baseline
 * an analyst would script (scripts/baseline_portfolio.py: pandas + openpyxl) on the same files,
 * and prints wall time, CPU time and peak RSS of each and the ratio. With --docx the same grants
 * are also written as Word documents (test/fixtures/grant-docx.ts) and measured the same way, so
 * the two readers can be compared.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { grantDocx } from '../test/fixtures/grant-docx';
import { syntheticSpec } from '../test/fixtures/grant-workbook';
import { DISTINCT, writeGrantCorpus } from './bench-corpus';

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

async function main(): Promise<void> {
  const n = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 1000);
  const cli = join(__dirname, '..', 'dist', 'cli', 'esep.cjs');
  if (!existsSync(cli)) throw new Error('build the CLI first: npm run build:cli');
  const dir = mkdtempSync(join(tmpdir(), 'esep-bench-'));
  // The report may not go into a folder being read: it goes beside it.
  const outDir = mkdtempSync(join(tmpdir(), 'esep-bench-out-'));
  try {
    const started = Date.now();
    await writeGrantCorpus(dir, n);
    console.log(`generated ${n} workbooks in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const esep = timed('esep portfolio', [
      process.execPath,
      cli,
      'portfolio',
      dir,
      '--out',
      join(outDir, 'report.xlsx'),
    ]);
    console.log(esep.stdout);
    console.log(`${n} files: ${esep.summary}, ${(n / esep.seconds).toFixed(0)} files/s`);
    if (process.argv.includes('--docx')) benchDocx(cli, n);
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
      `esep is ${(base.seconds / esep.seconds).toFixed(1)}× faster than the baseline on the same ${n} files`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
