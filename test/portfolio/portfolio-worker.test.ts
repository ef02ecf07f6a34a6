import type { RunMessage, WorkerMessage } from '../../addin/portfolio/protocol';
import { DEFAULT_PROFILE_ID } from '../../engine/profiles';
import { grantXlsx, syntheticSpec } from '../fixtures/grant-workbook';

/** The worker module on a stand-in worker scope: one run → progress per file, then the report. */
describe('portfolio.worker', () => {
  const posted: WorkerMessage[] = [];
  const scope: {
    onmessage: ((e: { data: RunMessage }) => void) | null;
    postMessage(m: WorkerMessage): void;
  } = { onmessage: null, postMessage: (m) => posted.push(m) };

  beforeAll(async () => {
    Object.assign(globalThis, { self: scope });
    await import('../../addin/portfolio/portfolio.worker');
  });

  afterAll(() => {
    delete (globalThis as { self?: unknown }).self;
  });

  it('answers a run with progress and the portfolio', async () => {
    const good = await grantXlsx(syntheticSpec(3));
    const files = [
      { name: 'g.xlsx', bytes: new Uint8Array(good).buffer },
      { name: 'bad.xlsx', bytes: new TextEncoder().encode('nope').buffer },
    ];
    scope.onmessage?.({
      data: { type: 'run', files, settings: { lang: 'ru', profileId: DEFAULT_PROFILE_ID } },
    });
    while (!posted.some((m) => m.type !== 'progress')) await new Promise((r) => setTimeout(r, 10));
    expect(posted.slice(0, 2)).toEqual([
      { type: 'progress', done: 1, total: 2, file: 'g.xlsx' },
      { type: 'progress', done: 2, total: 2, file: 'bad.xlsx' },
    ]);
    const last = posted[2];
    if (last?.type !== 'done') throw new Error(`expected the report, got ${JSON.stringify(last)}`);
    expect(last.report.grants.map((g) => g.file)).toEqual(['g.xlsx']);
    // The reason comes coded, and in the pane's language.
    expect(last.report.unreadable).toEqual([
      {
        file: 'bad.xlsx',
        code: 'not-a-zip',
        params: {},
        reason: expect.stringMatching(/это не книга \.xlsx/),
      },
    ]);
  });
});
