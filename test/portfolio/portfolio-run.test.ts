import { MAX_WORKERS, poolSize } from '../../addin/portfolio/pool-size';
import { PortfolioRun, type RunState } from '../../addin/portfolio/portfolio-run';
import type { PaneMessage } from '../../addin/portfolio/protocol';
import { runPortfolio } from '../../addin/portfolio/run-portfolio';
import { DEFAULT_PROFILE_ID } from '../../engine/profiles';
import { grantXlsx, syntheticSpec } from '../fixtures/grant-workbook';
import { type StubWorker, stubWorkers } from '../fixtures/portfolio-worker-stub';

const settings = { lang: 'en' as const, profileId: DEFAULT_PROFILE_ID };

/** A picked file whose bytes are fresh at each read, as a DOM File's are. */
const file = (name: string, bytes: Uint8Array = new TextEncoder().encode(name)) => ({
  name,
  arrayBuffer: async () => bytes.slice().buffer,
});
const junk = (n: number) => Array.from({ length: n }, (_, i) => file(`f${String(i).padStart(3, '0')}.xlsx`));

function setup(cores: number) {
  const { started, start } = stubWorkers();
  const states: RunState[] = [];
  const run = new PortfolioRun(start, (s) => states.push(s), cores);
  return { run, workers: started, states };
}

const sent = (w: StubWorker, type: PaneMessage['type']) => w.received.filter((r) => r.message.type === type);

/** Answers as real workers would until the run is over; worker 1, when there is one, is three times slower. */
function driveToEnd(workers: StubWorker[], states: RunState[]) {
  for (let round = 0; !['done', 'failed'].includes(states.at(-1)!.status); round++) {
    if (round > 10_000) throw new Error('the run never ended');
    workers.forEach((w, i) => {
      if (w.busy && (i !== 1 || round % 3 === 0)) w.step();
    });
  }
}

describe('PortfolioRun: a pool of Web Workers, apart from the pane', () => {
  it.each([
    // [cores, files, workers]
    [8, 3, 1],
    [8, 8, 1],
    [8, 9, 2],
    [4, 100, 4],
    [2, 1000, 2],
    [64, 1000, MAX_WORKERS],
    [1, 100, 1],
  ])('with %i cores and %i files starts %i worker(s)', async (cores, n, k) => {
    const { run, workers } = setup(cores);
    await run.read(junk(n), settings);
    expect(workers).toHaveLength(k);
    run.stop();
  });

  it('takes two cores when the browser does not say how many it has', () => {
    expect(poolSize(100, undefined)).toBe(2);
    expect(poolSize(100, 0)).toBe(2);
  });

  it('analyses every file once across the workers, counts progress across them, builds once, ends them all', async () => {
    const grants = await Promise.all([0, 1, 2, 3, 4].map(async (i) => grantXlsx(syntheticSpec(i))));
    // Real grants among files that are not workbooks: the pool's report must equal one thread's.
    const files = junk(40).map((f, i) => (i % 8 === 3 ? file(f.name, grants[(i - 3) / 8]) : f));
    const { run, workers, states } = setup(4);
    await run.read(files, settings);
    expect(workers).toHaveLength(4);
    driveToEnd(workers, states);

    const batches = workers.flatMap((w) => sent(w, 'analyse'));
    const names = batches.flatMap(({ message }) =>
      message.type === 'analyse' ? message.files.map((f) => f.name) : [],
    );
    expect([...names].sort()).toEqual(files.map((f) => f.name));
    for (const { message, transfer } of batches) {
      if (message.type !== 'analyse') continue;
      expect(message.files.map((f) => f.name)).toEqual(
        files.slice(message.first, message.first + message.files.length).map((f) => f.name),
      );
      // The bytes are transferred, not copied.
      expect(transfer).toEqual(message.files.map((f) => f.bytes));
      transfer.forEach((t, i) => expect(t).toBe(message.files[i]!.bytes));
    }
    // Fed on demand: the slow worker took fewer batches than any other.
    const taken = workers.map((w) => sent(w, 'analyse').length);
    expect(taken[1]).toBeLessThan(Math.min(taken[0]!, taken[2]!, taken[3]!));

    const reading = states.filter((s) => s.status === 'reading');
    const counts = reading.map((s) => (s.status === 'reading' ? s.done : -1));
    expect(counts[0]).toBe(0);
    expect(counts.at(-1)).toBe(files.length);
    counts.slice(1).forEach((c, i) => expect(c).toBeGreaterThan(counts[i]!));
    expect(reading.every((s) => s.status === 'reading' && s.total === files.length)).toBe(true);

    expect(workers.map((w) => sent(w, 'build').length)).toEqual([1, 0, 0, 0]);
    const expected = runPortfolio(
      await Promise.all(files.map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() }))),
      settings,
    );
    expect(states.at(-1)).toEqual({ status: 'done', report: expected });
    expect(expected.grants).toHaveLength(5);
    expect(workers.every((w) => w.terminated)).toBe(true);
  });

  it.each([
    ['an error in a worker', (w: StubWorker) => w.fail('out of memory')],
    ['a failure a worker answers', (w: StubWorker) => w.answer({ type: 'failed', message: 'out of memory' })],
  ])('%s fails the run and ends every worker', async (_, failure) => {
    const { run, workers, states } = setup(2);
    await run.read(junk(20), settings);
    expect(workers).toHaveLength(2);
    workers[0]!.step();
    failure(workers[1]!);
    expect(states.at(-1)).toEqual({ status: 'failed', message: 'out of memory' });
    expect(workers.map((w) => w.terminated)).toEqual([true, true]);
    const before = states.length;
    workers[0]!.step();
    expect(states).toHaveLength(before);
  });

  it('a new pick ends every worker of the run before it, whose late answers are ignored', async () => {
    const { run, workers, states } = setup(2);
    await run.read(junk(20), settings);
    await run.read(junk(20), settings);
    expect(workers.map((w) => w.terminated)).toEqual([true, true, false, false]);
    const before = states.length;
    workers[0]!.step();
    workers[1]!.answer({ type: 'done', report: { grants: [], groups: [], outliers: [], unreadable: [] } });
    expect(states).toHaveLength(before);
    driveToEnd(workers.slice(2), states);
    expect(states.at(-1)?.status).toBe('done');
    expect(workers.every((w) => w.terminated)).toBe(true);
  });

  it('a pick superseded while its files load starts no worker', async () => {
    const { run, workers } = setup(2);
    const first = run.read(junk(20), settings);
    await run.read(junk(3), settings);
    await first;
    expect(workers).toHaveLength(1);
    expect(sent(workers[0]!, 'analyse')[0]?.message).toMatchObject({
      first: 0,
      files: [{ name: 'f000.xlsx' }],
    });
  });

  it('cancel and an empty pick go back to idle; cancel and stop end every worker', async () => {
    const { run, workers, states } = setup(2);
    await run.read([], settings);
    expect(states).toEqual([{ status: 'idle' }]);
    expect(workers).toHaveLength(0);
    await run.read(junk(20), settings);
    run.cancel();
    expect(workers.map((w) => w.terminated)).toEqual([true, true]);
    expect(states.at(-1)).toEqual({ status: 'idle' });
    await run.read(junk(20), settings);
    run.stop();
    expect(workers.map((w) => w.terminated)).toEqual([true, true, true, true]);
    const before = states.length;
    workers[2]!.step();
    expect(states).toHaveLength(before);
  });
});
