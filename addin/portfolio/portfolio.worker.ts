import { withoutNetwork } from './no-network';
import type { RunMessage, WorkerMessage } from './protocol';
import { runPortfolio } from './run-portfolio';

/**
 * The portfolio's Web Worker: reading dozens of workbooks takes seconds, which must not freeze
 * the task pane. One run per message; progress after every file. It reads with the same guarded
 * reader as the CLI and cannot open connections.
 */

withoutNetwork(self);

// tsconfig's lib is DOM (the pane's), whose `self` is a Window; in a worker it is the worker's scope.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<RunMessage>) => void) | null;
  postMessage(message: WorkerMessage): void;
};

scope.onmessage = (event) => {
  const { files, settings } = event.data;
  runPortfolio(files, settings, (done, total, file) =>
    scope.postMessage({ type: 'progress', done, total, file }),
  ).then(
    (report) => scope.postMessage({ type: 'done', report }),
    (e: unknown) =>
      scope.postMessage({ type: 'failed', message: e instanceof Error ? e.message : String(e) }),
  );
};
