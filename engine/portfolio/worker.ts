import { parentPort, workerData } from 'node:worker_threads';
import { useNodeInflate } from '../zip/node-inflate';
import { type AnalyseOptions, analyseFile } from './analyse-file';

useNodeInflate();

/** A portfolio worker: receives batches of file paths, answers with their outcomes in order. */
const options = workerData as AnalyseOptions;
parentPort?.on('message', (files: string[]) => {
  parentPort?.postMessage(files.map((f) => analyseFile(f, options)));
});
