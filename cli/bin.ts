import { setFlagsFromString } from 'node:v8';
import { useNodeZlib } from '../engine/zip/node-zlib';
import { main } from './main';

// Two V8 settings for a batch of short-lived files, measured on 1 000 workbooks (README
// "Performance"); both change only when V8 compiles and collects, never what code does.
// - A portfolio runs each function a few thousand times, so most of a run is spent before the
//   optimised code arrives. With the default inlining budget TurboFan spent 1.3–1.8 s of CPU
//   compiling, on the core the run shares on a small machine; with this one 0.77 s, and the run
//   ends ~9 % sooner.
// - The young generation grows four times (not twice) when it fills: 20 scavenges instead of 36,
//   77 ms instead of 93 ms.
setFlagsFromString('--max-inlined-bytecode-size-cumulative=150');
setFlagsFromString('--semi-space-growth-factor=4');

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
