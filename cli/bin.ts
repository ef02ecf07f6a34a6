import { useNodeZlib } from '../engine/zip/node-zlib';
import { main } from './main';
import { HELPERS_BEHIND, setHelperThreadsNice } from './thread-priority';
import { holdYoungGeneration } from './v8-settings';

// Loaded by start.ts (dist/cli/esep.cjs), which has set V8's flags.

// A reader that stops early (`esep portfolio … --json | head`) closes the pipe: the rest of the
// output has nowhere to go, which is no failure of Esep's and no reason for a stack trace.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit();
  });

// Node's zlib inflates and deflates larger zip entries several times faster than the portable fflate.
useNodeZlib();

main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  stderrIsTTY: Boolean(process.stderr.isTTY),
  env: process.env,
  // A portfolio read in one thread: V8's helpers go behind it and its young generation stays as
  // loading left it. Workers reading too: the helpers stay their equals and young generations grow.
  onThreads: (threads) => {
    if (threads !== 1) return;
    setHelperThreadsNice(HELPERS_BEHIND);
    holdYoungGeneration();
  },
  // The thread reading ahead for this one has made its heap, which undid the hold.
  onThreadRunning: holdYoungGeneration,
}).then(
  (code) => {
    process.exitCode = code;
    // Everything is written: ending here skips tearing down the heap (12 ms after a portfolio).
    // Where stdout or stderr is a pipe still being written (asynchronous off Linux), Node ends
    // on its own once they are flushed.
    if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit();
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
