import { browserCores, poolSize } from './pool-size';
import type { PortfolioReport, PortfolioSettings, PortfolioWorkerFactory } from './protocol';
import { runInPool } from './worker-pool';

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
 * The portfolio's worker protocol, apart from the pane: starts a pool of Web Workers per run
 * (sized by the cores and the number of files), hands them the files' bytes, turns their
 * messages into states. Each read or cancel supersedes the run before it; a superseded run's
 * workers are ended and their late messages are ignored.
 */
export class PortfolioRun {
  private stopPool: (() => void) | null = null;
  private runId = 0;

  /** `cores`: the machine's logical cores (navigator.hardwareConcurrency); tests give their own. */
  constructor(
    private readonly startWorker: PortfolioWorkerFactory,
    private readonly publish: (state: RunState) => void,
    private readonly cores: number | undefined = browserCores(),
  ) {}

  async read(files: readonly PickedFile[], settings: PortfolioSettings): Promise<void> {
    this.stop();
    const id = this.runId;
    const total = files.length;
    if (total === 0) return this.publish({ status: 'idle' });
    this.publish({ status: 'reading', done: 0, total });
    const picked = await Promise.all(
      files.map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() })),
    );
    if (id !== this.runId) return;
    const over = (state: RunState) => {
      this.stopPool = null;
      this.publish(state);
    };
    this.stopPool = runInPool(this.startWorker, poolSize(total, this.cores), picked, settings, {
      progress: (done) => this.publish({ status: 'reading', done, total }),
      done: (report) => over({ status: 'done', report }),
      failed: (message) => over({ status: 'failed', message }),
    });
  }

  cancel(): void {
    this.stop();
    this.publish({ status: 'idle' });
  }

  /** Ends the running workers, if any (a closed pane). */
  stop(): void {
    this.runId++;
    this.stopPool?.();
    this.stopPool = null;
  }
}
