/** More workers than this cost more start-up and memory than they win, whatever the machine. */
export const MAX_WORKERS = 8;

/** Fewer files than this per worker do not pay for another worker's start-up (loading its bundle). */
export const FILES_PER_WORKER = 8;

/** Batches each worker takes in a run, about: enough that the workers finish together. */
const BATCHES_PER_WORKER = 8;

/** Files in one message at most: progress stays fine-grained, a slow batch holds up little. */
const MAX_BATCH = 16;

/** The browser's logical cores, when it says (the pane's default for the pool). */
export function browserCores(): number | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.hardwareConcurrency;
}

/** Workers for a run of `files`: one per core up to MAX_WORKERS, one only for a handful of files. */
export function poolSize(files: number, cores: number | undefined): number {
  // A browser that hides its cores (or a strange answer) gets two, as most machines have.
  const usable = cores !== undefined && Number.isFinite(cores) && cores >= 1 ? Math.floor(cores) : 2;
  return Math.max(1, Math.min(usable, MAX_WORKERS, Math.ceil(files / FILES_PER_WORKER)));
}

/** Files per message for a run of `files` on `workers`. */
export function batchSize(files: number, workers: number): number {
  return Math.max(1, Math.min(MAX_BATCH, Math.ceil(files / (workers * BATCHES_PER_WORKER))));
}
