import { parentPort, workerData } from 'node:worker_threads';
import { useNodeZlib } from '../zip/node-zlib';
import { type AnalyseOptions, analyseFile } from './analyse-file';

useNodeZlib();

/** A portfolio worker: receives batches of file paths, answers with their outcomes in order. */
const options = workerData as AnalyseOptions;
parentPort?.on('message', (files: string[]) => {
  parentPort?.postMessage(files.map((f) => analyseFile(f, options)));
});
