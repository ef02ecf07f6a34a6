/**
 * `npm run bench:cli`: the wall time a user waits for `esep check` on one bundled example, as the
 * median of 20 fresh processes, beside a bare `node -e 0` measured in the same run (the floor no
 * CLI can go under). Uses the shipped build (dist/cli, made by `npm run build:cli`). Then the same
 * check as users type it, `npx esep check`, whose extra time is npm's own start.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const RUNS = 20;
const root = join(__dirname, '..');
const bin = join(root, 'bin', 'esep.js');
const example = join(root, 'templates', 'examples', 'estimate-application-kk.xlsx');

function medianMs(args: string[], command = process.execPath): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(command, args, { encoding: 'utf8', cwd: root });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited with ${r.status}: ${r.stderr}`);
  }
  times.sort((a, b) => a - b);
  return (times[RUNS / 2 - 1]! + times[RUNS / 2]!) / 2;
}

if (!existsSync(join(root, 'dist', 'cli', 'esep.cjs')))
  throw new Error('build the CLI first: npm run build:cli');
// Interleaving would be fairer on a busy machine, but two medians of 20 are steady enough here.
const node = medianMs(['-e', '0']);
const check = medianMs([bin, 'check', example]);
console.log(`node -e 0:         ${node.toFixed(0)} ms (median of ${RUNS})`);
console.log(
  `esep check (1 file): ${check.toFixed(0)} ms (median of ${RUNS}), ${(check / node).toFixed(2)}× a bare Node start`,
);
const npx = medianMs(['esep', 'check', example], 'npx');
console.log(`npx esep check:      ${npx.toFixed(0)} ms (median of ${RUNS}), npm's start included`);
