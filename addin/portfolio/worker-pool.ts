import { batchSize } from './pool-size';
import type {
  CompactOutcome,
  PortfolioReport,
  PortfolioSettings,
  PortfolioWorker,
  PortfolioWorkerFactory,
  WorkerMessage,
} from './protocol';

/** What a pool run tells its owner; nothing more is told after `done`, `failed` or a stop. */
export interface PoolListener {
  /** Files analysed so far, across all workers. */
  progress(done: number): void;
  done(report: PortfolioReport): void;
  failed(message: string): void;
}

/**
 * One portfolio run on `size` Web Workers. Files go out in small batches on demand: a worker that
 * answers gets the next batch. Byte size would not predict the work (an unreadable file is
 * rejected at once, a .docx or a workbook with every form costs more per byte), so feeding on
 * demand is what makes the workers finish within a batch of each other. Each batch's bytes are
 * transferred, not copied. When every outcome is in, the first worker builds the portfolio and
 * the others end. Any failure ends every worker. Returns `stop`, which ends them all silently.
 */
export function runInPool(
  startWorker: PortfolioWorkerFactory,
  size: number,
  files: readonly { name: string; bytes: ArrayBuffer }[],
  settings: PortfolioSettings,
  listener: PoolListener,
): () => void {
  const workers: PortfolioWorker[] = [];
  const outcomes: CompactOutcome[] = new Array<CompactOutcome>(files.length);
  const batch = batchSize(files.length, size);
  let next = 0;
  let analysed = 0;
  let over = false;

  const stop = () => {
    over = true;
    for (const w of workers) w.terminate();
  };
  const feed = (w: PortfolioWorker) => {
    if (next >= files.length) return;
    const part = files.slice(next, next + batch);
    w.postMessage(
      { type: 'analyse', first: next, files: part, settings },
      part.map((f) => f.bytes),
    );
    next += part.length;
  };
  const receive = (w: PortfolioWorker, m: WorkerMessage) => {
    if (m.type === 'analysed') {
      m.outcomes.forEach((o, i) => (outcomes[m.first + i] = o));
      analysed += m.outcomes.length;
      listener.progress(analysed);
      if (analysed < files.length) return feed(w);
      const [builder, ...rest] = workers;
      for (const idle of rest) idle.terminate();
      builder?.postMessage({ type: 'build', outcomes, lang: settings.lang }, []);
    } else {
      stop();
      if (m.type === 'done') listener.done(m.report);
      else listener.failed(m.message);
    }
  };

  for (let i = 0; i < size; i++) {
    const w = startWorker();
    workers.push(w);
    // A stopped run's answers already on their way are dropped.
    w.onmessage = (event) => {
      if (!over) receive(w, event.data);
    };
    w.onerror = (event) => {
      if (over) return;
      stop();
      listener.failed(event.message);
    };
  }
  for (const w of workers) feed(w);
  return stop;
}
