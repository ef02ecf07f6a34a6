/**
 * `npm run bench:warmup [-- N | -- --dir FOLDER]`: how much of a portfolio run is V8 warming up.
 * Analyses the same workbooks (N synthetic ones, default 1 000, or those of FOLDER) three times in
 * one process, as one portfolio thread does, and prints each pass's time with the first file
 * alone and every hundred files: the first pass is what a run of `esep portfolio` pays, the third
 * what the same code costs once compiled and optimised.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { holdYoungGeneration, useBatchV8Settings } from '../cli/v8-settings';
import { analyseFile } from '../engine/portfolio/analyse-file';
import { loadBuiltInProfile } from '../engine/profiles';
import { useNodeZlib } from '../engine/zip/node-zlib';
import { corpusArgs, writeGrantCorpus } from './bench-corpus';

function pass(files: readonly string[], run: (file: string) => void): string {
  const t0 = performance.now();
  const hundreds: number[] = [];
  let first = 0;
  let mark = t0;
  files.forEach((file, i) => {
    run(file);
    const now = performance.now();
    if (i === 0) first = now - t0;
    if (i % 100 === 99 || i === files.length - 1) {
      hundreds.push(now - mark);
      mark = now;
    }
  });
  const ms = (x: number) => x.toFixed(0);
  return `${ms(performance.now() - t0)} ms (first file ${ms(first)} ms; per 100: ${hundreds.map(ms).join(' ')})`;
}

async function main(): Promise<void> {
  const { n, given } = corpusArgs(process.argv.slice(2));
  const dir = given ?? mkdtempSync(join(tmpdir(), 'esep-warmup-'));
  try {
    if (!given) await writeGrantCorpus(dir, n);
    const files = readdirSync(dir)
      .filter((f) => /\.(xlsx|docx)$/i.test(f))
      .map((f) => join(dir, f));
    useBatchV8Settings();
    holdYoungGeneration();
    useNodeZlib();
    const options = { profile: loadBuiltInProfile(), lang: 'en' as const };
    console.log(`${files.length} workbooks analysed three times in one thread:`);
    for (const label of ['cold', 'again', 'warm'])
      console.log(`  ${label.padEnd(5)}  ${pass(files, (f) => analyseFile(f, options))}`);
  } finally {
    if (!given) rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
