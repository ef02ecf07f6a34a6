/**
 * `npm run bench:portfolio [-- N]`: writes N synthetic grant workbooks (default 1 000; project
 * sheets in Kazakh and Russian, estimates of varied sizes) into a temporary folder, runs the
 * built CLI (`dist/esep.cjs portfolio DIR --out …`) as a child process and prints wall time,
 * files per second and the child's peak RSS. Build first: `npm run build:cli`.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { grantXlsx, syntheticSpec } from '../test/fixtures/grant-workbook';

/** Distinct workbooks generated; the rest are copies (writing with exceljs is slow, reading is measured). */
const DISTINCT = 500;

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 1000);
  const cli = join(__dirname, '..', 'dist', 'esep.cjs');
  if (!existsSync(cli)) throw new Error('build the CLI first: npm run build:cli');
  const dir = mkdtempSync(join(tmpdir(), 'esep-bench-'));
  // The report may not go into a folder being read: it goes beside it.
  const outDir = mkdtempSync(join(tmpdir(), 'esep-bench-out-'));
  try {
    const started = Date.now();
    for (let i = 0; i < Math.min(n, DISTINCT); i++) {
      writeFileSync(join(dir, `grant-${String(i).padStart(5, '0')}.xlsx`), await grantXlsx(syntheticSpec(i)));
    }
    for (let i = DISTINCT; i < n; i++) {
      copyFileSync(
        join(dir, `grant-${String(i % DISTINCT).padStart(5, '0')}.xlsx`),
        join(dir, `grant-${String(i).padStart(5, '0')}.xlsx`),
      );
    }
    console.log(`generated ${n} workbooks in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const out = join(outDir, 'report.xlsx');
    // GNU time reports the child's peak RSS and CPU time (steadier than wall time on a shared
    // machine); without it, wall time alone.
    const time = existsSync('/usr/bin/time');
    const cmd = time ? '/usr/bin/time' : process.execPath;
    const args = [...(time ? ['-f', '%M %U %S', process.execPath] : []), cli, 'portfolio', dir, '--out', out];
    const t0 = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { encoding: 'utf8' });
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    if (r.status !== 0) throw new Error(`esep portfolio exited with ${r.status}: ${r.stderr}`);
    const [rssKb = NaN, user = NaN, sys = NaN] = (time ? (r.stderr.trim().split('\n').pop() ?? '') : '')
      .split(' ')
      .map(Number);
    console.log(r.stdout.trim());
    const measured = Number.isFinite(rssKb)
      ? `, CPU ${(user + sys).toFixed(2)} s, peak RSS ${(rssKb / 1024).toFixed(0)} MB (the whole process, worker threads included)`
      : '';
    console.log(`${n} files: wall ${seconds.toFixed(2)} s, ${(n / seconds).toFixed(0)} files/s${measured}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
