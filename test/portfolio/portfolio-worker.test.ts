import type { PaneMessage, WorkerMessage } from '../../addin/portfolio/protocol';
import { DEFAULT_PROFILE_ID } from '../../engine/profiles';
import { grantXlsx, syntheticSpec } from '../fixtures/grant-workbook';

/** The worker module on a stand-in worker scope: a batch → its outcomes; the outcomes → the report. */
describe('portfolio.worker', () => {
  const posted: WorkerMessage[] = [];
  const scope: {
    onmessage: ((e: { data: PaneMessage }) => void) | null;
    postMessage(m: WorkerMessage): void;
    fetch?: unknown;
  } = { onmessage: null, postMessage: (m) => posted.push(m), fetch: () => 'sent' };
  const settings = { lang: 'ru' as const, profileId: DEFAULT_PROFILE_ID };

  beforeAll(async () => {
    Object.assign(globalThis, { self: scope });
    await import('../../addin/portfolio/portfolio.worker');
  });

  afterAll(() => {
    delete (globalThis as { self?: unknown }).self;
  });

  it('has no network once loaded, as every worker of the pool', () => {
    expect(Object.getOwnPropertyDescriptor(scope, 'fetch')).toMatchObject({
      value: undefined,
      writable: false,
    });
  });

  it('answers a batch with its outcomes, issue lists dropped, then builds the portfolio from them', async () => {
    const good = await grantXlsx(syntheticSpec(3));
    const files = [
      { name: 'g.xlsx', bytes: new Uint8Array(good).buffer },
      { name: 'bad.xlsx', bytes: new TextEncoder().encode('nope').buffer },
    ];
    scope.onmessage?.({ data: { type: 'analyse', first: 7, files, settings } });
    const analysed = posted.shift();
    if (analysed?.type !== 'analysed') throw new Error(`expected outcomes, got ${JSON.stringify(analysed)}`);
    expect(analysed.first).toBe(7);
    expect(analysed.outcomes.map((o) => [o.kind, o.kind === 'grant' ? o.metrics.file : o.file])).toEqual([
      ['grant', 'g.xlsx'],
      ['unreadable', 'bad.xlsx'],
    ]);
    const grant = analysed.outcomes[0];
    expect(grant?.kind === 'grant' && grant.issues).toEqual([]);
    // The counts stay, though the lists are gone.
    expect(grant?.kind === 'grant' && grant.metrics.errors + grant.metrics.warnings).toBeGreaterThan(0);

    scope.onmessage?.({ data: { type: 'build', outcomes: analysed.outcomes, lang: 'ru' } });
    const last = posted.shift();
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

  it('answers a failure instead of throwing', () => {
    scope.onmessage?.({
      data: { type: 'analyse', first: 0, files: [], settings: { lang: 'en', profileId: 'nowhere' } },
    });
    expect(posted.shift()).toEqual({
      type: 'failed',
      message: expect.stringMatching(/Unknown rule profile "nowhere"/),
    });
  });
});
