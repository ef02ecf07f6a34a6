import { setPriority } from 'node:os';
import { workerData } from 'node:worker_threads';
import { readInputFile } from '../xlsx/read-file';
import { inflateAhead } from '../zip/inflate-ahead';
import { useNodeZlib } from '../zip/node-zlib';
import { MAX_PARTS, type ReadAheadData, Ring, SLOTS, SLOT_BYTES, SYNC } from './read-ahead-ring';

/**
 * The reading-ahead thread (engine/portfolio/read-ahead.ts): takes the next file of the list,
 * reads it, inflates its parts and puts them in the next slot of the ring; when every slot is
 * full it waits until half are free again, and then fills them in one go. A file it cannot read,
 * or one too large for a slot, is put there without bytes: the analysing thread reads it itself
 * and reports what is wrong with it.
 */
useNodeZlib();

/*
 * Behind every other thread (on Linux a thread has a nice value of its own, see
 * cli/thread-priority.ts; elsewhere this would set the whole process's): its work only pays with a
 * core no one else wants. At V8's helpers' level (10) it took their turns: on 1 000 workbooks the
 * optimising compiler's threads waited twice as long for a core, and runs ended 20–25 ms later.
 */
if (process.platform === 'linux')
  try {
    setPriority(0, 19);
  } catch {
    // Not allowed here: it reads at the priority it has.
  }

const { files, sync: shared, ring: memory } = workerData as ReadAheadData;
const sync = new Int32Array(shared);
const ring = new Ring(memory);

for (let posted = 0; ;) {
  if (posted - Atomics.load(sync, SYNC.freed) >= SLOTS)
    for (;;) {
      // Loaded once for the test and the wait: a slot freed in between ends the wait at once.
      const freed = Atomics.load(sync, SYNC.freed);
      if (posted - freed <= SLOTS / 2) break;
      Atomics.wait(sync, SYNC.freed, freed);
    }
  const index = Atomics.add(sync, SYNC.next, 1);
  if (index >= files.length) break;
  let bytes: Uint8Array | null = null;
  try {
    bytes = readInputFile(files[index]!);
  } catch {
    // Read again by the analysing thread, which reports the error.
  }
  const parts =
    bytes === null || bytes.length > SLOT_BYTES
      ? []
      : inflateAhead(bytes, SLOT_BYTES - bytes.length, MAX_PARTS);
  ring.put(posted % SLOTS, index, bytes, parts);
  Atomics.store(sync, SYNC.posted, ++posted);
  Atomics.notify(sync, SYNC.posted);
}
Atomics.store(sync, SYNC.finished, 1);
Atomics.notify(sync, SYNC.posted);
