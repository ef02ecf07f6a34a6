import { withoutNetwork } from './no-network';
import type { PaneMessage, WorkerMessage } from './protocol';
import { answer } from './run-portfolio';

/**
 * One worker of the portfolio's pool: reading dozens of workbooks takes seconds, which must not
 * freeze the task pane. It answers each batch with its files' outcomes and, for the one worker
 * asked, the built portfolio. It reads with the same guarded reader as the CLI and cannot open
 * connections.
 */

withoutNetwork(self);

// tsconfig's lib is DOM (the pane's), whose `self` is a Window; in a worker it is the worker's scope.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<PaneMessage>) => void) | null;
  postMessage(message: WorkerMessage): void;
};

scope.onmessage = (event) => scope.postMessage(answer(event.data));
