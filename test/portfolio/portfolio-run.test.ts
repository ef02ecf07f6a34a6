import { PortfolioRun, type RunState } from '../../addin/portfolio/portfolio-run';
import type { PortfolioWorker, RunMessage, WorkerMessage } from '../../addin/portfolio/protocol';
import { DEFAULT_PROFILE_ID } from '../../engine/profiles';

/** A stand-in for the Web Worker: the test decides when it answers. */
class StubWorker implements PortfolioWorker {
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  received: { message: RunMessage; transfer: Transferable[] }[] = [];
  terminated = false;
  postMessage(message: RunMessage, transfer: Transferable[]): void {
    this.received.push({ message, transfer });
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(data: WorkerMessage): void {
    this.onmessage?.({ data } as MessageEvent<WorkerMessage>);
  }
}

const file = (name: string, text: string) => ({
  name,
  arrayBuffer: async () => new TextEncoder().encode(text).buffer as ArrayBuffer,
});
const settings = { lang: 'kk' as const, profileId: DEFAULT_PROFILE_ID };
const empty = { grants: [], groups: [], outliers: [], unreadable: [] };

function setup() {
  const workers: StubWorker[] = [];
  const states: RunState[] = [];
  const run = new PortfolioRun(
    () => {
      const w = new StubWorker();
      workers.push(w);
      return w;
    },
    (s) => states.push(s),
  );
  return { run, workers, states };
}

describe('PortfolioRun: the portfolio worker protocol, apart from the pane', () => {
  it('hands the files to one worker (bytes transferred), reports progress, ends the worker when done', async () => {
    const { run, workers, states } = setup();
    await run.read([file('a.xlsx', 'A'), file('b.xlsx', 'B')], settings);
    const [w] = workers;
    const { message, transfer } = w!.received[0]!;
    expect(message.files.map((f) => f.name)).toEqual(['a.xlsx', 'b.xlsx']);
    expect(message.settings).toEqual(settings);
    expect(transfer).toEqual(message.files.map((f) => f.bytes));
    w!.answer({ type: 'progress', done: 1, total: 2, file: 'a.xlsx' });
    w!.answer({ type: 'done', report: empty });
    expect(states).toEqual([
      { status: 'reading', done: 0, total: 2 },
      { status: 'reading', done: 1, total: 2 },
      { status: 'done', report: empty },
    ]);
    expect(w!.terminated).toBe(true);
  });

  it('a new pick ends the run before it, whose late answers are ignored', async () => {
    const { run, workers, states } = setup();
    await run.read([file('a.xlsx', 'A')], settings);
    await run.read([file('b.xlsx', 'B')], settings);
    expect(workers.map((w) => w.terminated)).toEqual([true, false]);
    const before = states.length;
    workers[0]!.answer({ type: 'done', report: empty });
    expect(states.length).toBe(before);
    workers[1]!.answer({ type: 'failed', message: 'out of memory' });
    expect(states.at(-1)).toEqual({ status: 'failed', message: 'out of memory' });
  });

  it('cancel and an empty pick go back to idle; stop ends a running worker', async () => {
    const { run, workers, states } = setup();
    await run.read([], settings);
    expect(states).toEqual([{ status: 'idle' }]);
    await run.read([file('a.xlsx', 'A')], settings);
    run.cancel();
    expect(workers[0]!.terminated).toBe(true);
    expect(states.at(-1)).toEqual({ status: 'idle' });
  });
});
