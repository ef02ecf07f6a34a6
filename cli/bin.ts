import { setFlagsFromString } from 'node:v8';
import { useNodeZlib } from '../engine/zip/node-zlib';
import { main } from './main';

// A portfolio runs each function a few thousand times, so most of a run is spent before V8's
// optimised code arrives. With its default inlining budget TurboFan took 1.3 s of CPU to compile
// 200 functions for 1 000 workbooks, on the core the run itself shares on a small machine: a
// smaller budget compiles in a third of the time and the run ends ~9 % sooner (README
// "Performance"). It changes what is inlined, never what code does; set before any hot code runs.
setFlagsFromString('--max-inlined-bytecode-size-cumulative=150');

// Node's zlib inflates and deflates larger zip entries several times faster than the portable fflate.
useNodeZlib();

main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  stderrIsTTY: Boolean(process.stderr.isTTY),
  env: process.env,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // One line; the stack only when asked for.
    const debug = process.argv.includes('--debug');
    const detail = debug
      ? ((e as Error)?.stack ?? String(e))
      : `${(e as Error)?.message ?? String(e)} (rerun with --debug for details)`;
    process.stderr.write(`esep: internal error: ${detail}\n`);
    process.exitCode = 2;
  },
);
