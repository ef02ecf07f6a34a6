import { setFlagsFromString } from 'node:v8';

/**
 * Four V8 settings for a batch of short-lived files, measured on 1 000 workbooks (README
 * "Performance"); each changes only when V8 compiles and collects, never what code does. Set
 * before any hot code runs: by the CLI, and by bench:warmup so that it measures what the CLI runs.
 * - A portfolio runs each function a few thousand times, so most of a run is spent before the
 *   optimised code arrives. With the default inlining budget TurboFan spent 1.3–1.8 s of CPU
 *   compiling, on the core the run shares on a small machine; with this one 0.77 s, and the run
 *   ends ~9 % sooner.
 * - Twice V8's interrupt budget (Node 20's is 66 KB of bytecode run): a function is optimised
 *   later, so fewer are, and the compiler threads' CPU falls by a fifth to a third. With two cores
 *   free the run takes as long; with one (the other busy, as on a loaded host) 5–8 % less.
 * - The young generation grows four times (not twice) when it fills: loading the CLI grows it once,
 *   from 1 to 4 MB a half, before the first file is read (see holdYoungGeneration).
 * - A regular expression is compiled to machine code at once, not first to bytecode and again on
 *   its second run: the readers run most of theirs more than once, and each compiled twice was
 *   1.2 % of a 1 000-workbook portfolio's instructions and 4.5 % of one `esep check`.
 */
export function useBatchV8Settings(): void {
  setFlagsFromString('--max-inlined-bytecode-size-cumulative=150');
  setFlagsFromString('--semi-space-growth-factor=4');
  setFlagsFromString('--no-regexp-tier-up');
  setFlagsFromString('--interrupt-budget=135168');
}

/**
 * From now on the young generation keeps the size it has (4 MB a half once the CLI is loaded; V8
 * reads the growth factor each time it would grow it). Every page a process touches first costs
 * a fault, and on this machine (a Firecracker VM) a fault costs 16 µs: 72 MB touched once take
 * 295 ms. Grown on to V8's 16 MB, the two halves alone are 8 000 faults. Held at 4 MB, 1 000
 * workbooks made 11 400 faults instead of 18 000 and ended 160 ms sooner (median of 12 interleaved
 * pairs); the smaller halves' more frequent scavenges cost less than the faults they spare (2 MB
 * was slower again: more objects outlive two scavenges and fill the old generation). The price is
 * paid by a very large workbook: with a 200 000-row one among ten grants a portfolio took 4.8 s
 * instead of 4.5 s, so `esep check`, which reads few files of any size, does not hold it. The CLI
 * holds it when one thread reads a portfolio (cli/bin.ts); threads started later share the flag,
 * so it is not held when workers read too.
 */
export function holdYoungGeneration(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
}
