import type { Lang } from '../../engine/model/issue';
import type { PortfolioJson } from '../../engine/model/portfolio';

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

export interface RunMessage {
  type: 'run';
  files: { name: string; bytes: ArrayBuffer }[];
  settings: PortfolioSettings;
}

export type WorkerMessage =
  | { type: 'progress'; done: number; total: number; file: string }
  | { type: 'done'; report: PortfolioReport }
  | { type: 'failed'; message: string };

/** The part of a Web Worker the pane uses, so tests can hand it a stub. */
export interface PortfolioWorker {
  postMessage(message: RunMessage, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

export type PortfolioWorkerFactory = () => PortfolioWorker;
