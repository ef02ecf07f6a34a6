import { parentPort, workerData } from 'node:worker_threads';
import type { CheckOptions } from '../check';
import { analyseFile } from './analyse-file';

/** A portfolio worker: receives batches of file paths, answers with their outcomes in order. */
const options = workerData as CheckOptions;
parentPort?.on('message', (files: string[]) => {
  parentPort?.postMessage(files.map((f) => analyseFile(f, options)));
});
