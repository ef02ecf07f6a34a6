import { parentPort, workerData } from 'node:worker_threads';
import { readInputFile } from '../xlsx/read-file';
import type { ReadAheadBatch, ReadAheadData } from './read-ahead';

/** Files read ahead of the analysis at most: memory follows this window, not the folder. */
const WINDOW = 64;

/** Files a message: one message per file would cost the analysing thread more than the reads it saves. */
const BATCH = 8;

const { files, taken } = workerData as ReadAheadData;
for (let next = 0; next < files.length;) {
  const analysed = Atomics.load(taken, 0);
  // Behind the analysis: skip what it has read itself. Too far ahead: sleep until it takes a file.
  if (next < analysed) next = analysed;
  else if (next - analysed >= WINDOW) Atomics.wait(taken, 0, analysed);
  else {
    const batch: ReadAheadBatch = { start: next, bytes: [] };
    const moved: ArrayBuffer[] = [];
    for (const file of files.slice(next, Math.min(files.length, next + BATCH))) {
      try {
        const bytes = readInputFile(file);
        batch.bytes.push(bytes);
        moved.push(bytes.buffer);
      } catch {
        batch.bytes.push(null);
      }
    }
    next += batch.bytes.length;
    // Moved, not copied: the bytes leave this thread.
    parentPort?.postMessage(batch, moved);
  }
}
