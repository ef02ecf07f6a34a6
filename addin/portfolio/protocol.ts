import type { Lang } from '../../engine/model/issue';
import type { GrantMetrics, PortfolioJson } from '../../engine/model/portfolio';
import type { FileOutcome } from '../../engine/portfolio/analyse-workbook';

/** What the portfolio needs from the pane's settings (the worker loads the profile itself). */
export interface PortfolioSettings {
  lang: Lang;
  year?: number;
  profileId: string;
}

/** One picked file: its name for the report and its bytes. */
export interface PortfolioFile {
  name: string;
  bytes: ArrayBuffer | Uint8Array;
}

/** The comparison the pane shows and writes: the CLI's JSON contract (issues stay in the worker). */
export type PortfolioReport = PortfolioJson;

/**
 * One file's outcome as it crosses between workers: its metrics without the issue list (the pane
 * shows counts only), so what is copied back stays small.
 */
export type CompactOutcome =
  Exclude<FileOutcome, { kind: 'grant' }> | { kind: 'grant'; metrics: GrantMetrics; issues: [] };

/** The pane → a pool worker: analyse a batch of files (`first`: the batch's place in the run), or build the portfolio. */
export type PaneMessage =
  | {
      type: 'analyse';
      first: number;
      files: { name: string; bytes: ArrayBuffer }[];
      settings: PortfolioSettings;
    }
  | { type: 'build'; outcomes: CompactOutcome[]; lang: Lang };

/** A pool worker → the pane: a batch's outcomes in order, the report, or why it failed. */
export type WorkerMessage =
  | { type: 'analysed'; first: number; outcomes: CompactOutcome[] }
  | { type: 'done'; report: PortfolioReport }
  | { type: 'failed'; message: string };

/** The part of a Web Worker the pane uses, so tests can hand it a stub. */
export interface PortfolioWorker {
  postMessage(message: PaneMessage, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

export type PortfolioWorkerFactory = () => PortfolioWorker;
