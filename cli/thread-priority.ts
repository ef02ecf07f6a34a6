import { readdirSync } from 'node:fs';
import { availableParallelism, setPriority } from 'node:os';

/** The helpers' nice value behind one JavaScript thread (0), which then weighs ten times as much. */
export const HELPERS_BEHIND = 10;

/**
 * Gives this process's other threads (V8's four compiler and garbage-collector helpers, Node's task
 * scheduler) the nice value `nice`: HELPERS_BEHIND puts them behind the JavaScript thread, which is
 * what a run waits for. On 2 cores the helpers still have a core of their own, but when more of
 * them are busy than cores are free the JavaScript thread no longer waits its turn: on 1 000
 * workbooks its wait for a core fell from 45 to 22 ms and the run ended 60–114 ms sooner (medians
 * of 12 interleaved pairs, README "Performance"). With one core the helpers would only run in the
 * JavaScript thread's pauses, and the optimised code would come too late: nothing is changed
 * there. Nor may they wait behind worker threads that read as well (10 000 workbooks in two
 * threads took 0.1–0.2 s longer with the helpers behind), and a nice value once raised cannot be
 * lowered again without privileges: the CLI sets it only once it knows one thread will read a
 * portfolio (cli/bin.ts, Io.onThreads).
 *
 * Linux only: there a thread's id given to setpriority() names that thread alone (man 2
 * setpriority: the nice value is a per-thread attribute) and /proc/self/task lists them; elsewhere
 * nothing changes. Threads made later (a portfolio's workers) start at the creating thread's 0.
 */
export function setHelperThreadsNice(nice: number): void {
  if (process.platform !== 'linux' || availableParallelism() < 2) return;
  let threads: string[];
  try {
    threads = readdirSync('/proc/self/task');
  } catch {
    return;
  }
  for (const thread of threads) {
    const id = Number(thread);
    if (id === process.pid) continue;
    try {
      setPriority(id, nice);
    } catch {
      // Not allowed here (a sandbox): the thread keeps its priority.
    }
  }
}
