import type {
  PortfolioReport,
  PortfolioSettings,
  PortfolioWorker,
  PortfolioWorkerFactory,
  WorkerMessage,
} from './protocol';

/** Where a portfolio run stands, as the pane shows it. */
export type RunState =
  | { status: 'idle' }
  | { status: 'reading'; done: number; total: number }
  | { status: 'done'; report: PortfolioReport }
  | { status: 'failed'; message: string };

/** A picked file: its name and a way to get its bytes (a DOM File is one). */
export interface PickedFile {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/**
 * The portfolio's worker protocol, apart from the pane: starts a Web Worker per run, hands it the
 * files' bytes, turns its messages into states. Each read or cancel supersedes the run before it;
 * a superseded run's worker is ended and its late messages are ignored.
 */
export class PortfolioRun {
  private worker: PortfolioWorker | null = null;
  private runId = 0;

  constructor(
    private readonly startWorker: PortfolioWorkerFactory,
    private readonly publish: (state: RunState) => void,
  ) {}

  async read(files: readonly PickedFile[], settings: PortfolioSettings): Promise<void> {
    this.stop();
    const id = this.runId;
    if (files.length === 0) return this.publish({ status: 'idle' });
    this.publish({ status: 'reading', done: 0, total: files.length });
    const picked = await Promise.all(
      files.map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() })),
    );
    if (id !== this.runId) return;
    const w = this.startWorker();
    this.worker = w;
    const finish = (next: RunState) => {
      w.terminate();
      if (this.worker === w) this.worker = null;
      this.publish(next);
    };
    // A superseded worker's answers already on their way are dropped.
    w.onmessage = (event: MessageEvent<WorkerMessage>) => {
      if (this.worker !== w) return;
      const m = event.data;
      if (m.type === 'progress') this.publish({ status: 'reading', done: m.done, total: m.total });
      else if (m.type === 'done') finish({ status: 'done', report: m.report });
      else finish({ status: 'failed', message: m.message });
    };
    w.onerror = (event) => {
      if (this.worker === w) finish({ status: 'failed', message: event.message });
    };
    // The bytes move to the worker (transferred, not copied): the pane keeps none of them.
    w.postMessage(
      { type: 'run', files: picked, settings },
      picked.map((f) => f.bytes),
    );
  }

  cancel(): void {
    this.stop();
    this.publish({ status: 'idle' });
  }

  /** Ends the running worker, if any (a closed pane). */
  stop(): void {
    this.runId++;
    this.worker?.terminate();
    this.worker = null;
  }
}
