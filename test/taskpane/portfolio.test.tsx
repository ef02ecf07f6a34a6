/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { PortfolioReport } from '../../addin/portfolio/protocol';
import { runPortfolio } from '../../addin/portfolio/run-portfolio';
import { FileGridHost } from '../../addin/preview/file-host';
import { App } from '../../addin/taskpane/App';
import { DEFAULT_PROFILE_ID } from '../../engine/profiles';
import { grantXlsx, syntheticSpec } from '../fixtures/grant-workbook';
import { paneEnv, resizeObserved, setUpPaneTests } from '../fixtures/pane-harness';
import { stubWorkers } from '../fixtures/portfolio-worker-stub';

/** jsdom's File has no arrayBuffer(); the pane only needs the name and the bytes. */
function pickedFile(name: string, bytes: Uint8Array): File {
  const copy = bytes.slice().buffer;
  return Object.assign(new File([], name), { arrayBuffer: async () => copy });
}

let files: File[];
let report: PortfolioReport;

setUpPaneTests();

beforeAll(async () => {
  const a = await grantXlsx(syntheticSpec(0));
  const b = await grantXlsx(syntheticSpec(1));
  const bad = new TextEncoder().encode('not a workbook');
  files = [pickedFile('a.xlsx', a), pickedFile('b.xlsx', b), pickedFile('bad.xlsx', bad)];
  report = runPortfolio(
    [
      { name: 'a.xlsx', bytes: a },
      { name: 'b.xlsx', bytes: b },
      { name: 'bad.xlsx', bytes: bad },
    ],
    { lang: 'en', profileId: DEFAULT_PROFILE_ID },
  );
}, 30000);

function renderPane(host: FileGridHost | null, lang: 'en' | 'kk' | 'ru' = 'en') {
  // A worker's answer changes React state, so it comes inside act() like any event.
  const { started, start } = stubWorkers((send) => act(send));
  render(<App host={host} env={paneEnv({ lang, initialTab: 'portfolio', portfolioWorker: start })} />);
  return started;
}

describe('Portfolio tab', () => {
  it('sends the picked files to the worker, shows progress, then the results', async () => {
    const host = new FileGridHost();
    const workers = renderPane(host);
    fireEvent.change(screen.getByTestId('choose-files'), { target: { files } });
    expect(await screen.findByText('Reading 0 of 3…')).toBeTruthy();
    await waitFor(() => expect(workers[0]?.received).toHaveLength(1));
    // A handful of files: one worker, fed a file at a time.
    expect(workers).toHaveLength(1);
    const w = workers[0]!;
    const { message, transfer } = w.received[0]!;
    expect(message).toMatchObject({
      type: 'analyse',
      first: 0,
      files: [{ name: 'a.xlsx' }],
      settings: { lang: 'en', profileId: DEFAULT_PROFILE_ID },
    });
    // The bytes are transferred, not copied.
    expect(transfer).toEqual(message.type === 'analyse' ? message.files.map((f) => f.bytes) : []);

    w.step();
    w.step();
    expect(await screen.findByText('Reading 2 of 3…')).toBeTruthy();
    expect(screen.getByRole('progressbar')).toBeTruthy();

    while (w.busy) w.step();
    expect(await screen.findByText('2 grants compared, 1 file unreadable')).toBeTruthy();
    expect(w.terminated).toBe(true);
    expect(screen.queryByRole('progressbar')).toBeNull();
    const table = screen.getByRole('table', { name: 'Portfolio' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getByText('Cost per direct beneficiary, tenge')).toBeTruthy();
    const unreadable = screen.getByRole('region', { name: 'Files that could not be read' });
    expect(within(unreadable).getByText(/bad\.xlsx: not an \.xlsx workbook/)).toBeTruthy();

    // The preview has no charts and says so; writing adds the report sheets.
    expect(screen.getByText(/preview adds the tables only/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Write to workbook' }));
    expect(await screen.findByText('Added sheets: Esep Grants, Esep Groups, Esep Outliers')).toBeTruthy();
    expect(host.current.workbook.sheets.map((s) => s.name)).toEqual([
      'Esep Grants',
      'Esep Groups',
      'Esep Outliers',
    ]);
  });

  it('cancels, shows a worker failure, and starts a fresh worker for each pick', async () => {
    const workers = renderPane(null);
    const input = screen.getByTestId('choose-files');
    fireEvent.change(input, { target: { files: files.slice(0, 1) } });
    await waitFor(() => expect(workers[0]?.received).toHaveLength(1));
    // Cancel ends the worker; the next pick starts a new one.
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(workers[0]?.terminated).toBe(true);
    expect(screen.queryByRole('progressbar')).toBeNull();
    fireEvent.change(input, { target: { files: files.slice(0, 1) } });
    await waitFor(() => expect(workers[1]?.received).toHaveLength(1));
    workers[1]!.answer({ type: 'failed', message: 'out of memory' });
    expect(await screen.findByText(/The comparison failed: out of memory/)).toBeTruthy();
    fireEvent.change(input, { target: { files: files.slice(0, 1) } });
    await waitFor(() => expect(workers[2]?.received).toHaveLength(1));
    const outlier = {
      file: 'a.xlsx',
      grantee: 'NGO A',
      by: 'priority' as const,
      group: 'Youth',
      metric: 'costPerBeneficiary' as const,
      value: 60000,
      direction: 'high' as const,
      q1: 12000,
      q3: 16000,
      lower: 6000,
      upper: 22000,
      n: 5,
      reason: '…',
    };
    const outliers = Array.from({ length: 12 }, () => outlier);
    workers[2]!.answer({ type: 'done', report: { ...report, unreadable: [], outliers } });
    expect(await screen.findByText('2 grants compared')).toBeTruthy();
    const listed = screen.getByRole('region', { name: /12 outliers within groups/ });
    expect(within(listed).getAllByRole('listitem')).toHaveLength(10);
    expect(
      within(listed).getAllByText(
        /^NGO A: cost per direct beneficiary 60.000 tenge is high for priority direction: Youth$/,
      ),
    ).toHaveLength(10);
    expect(within(listed).getByText('…and 2 more on the "Esep Outliers" sheet')).toBeTruthy();
    // Without a host (Excel too old) there is nothing to write into.
    expect(screen.queryByRole('button', { name: 'Write to workbook' })).toBeNull();
    // A look at another tab does not lose the comparison.
    fireEvent.click(screen.getByRole('tab', { name: 'Settings' }));
    expect(screen.getByText('2 grants compared').closest('[hidden]')).not.toBeNull();
    fireEvent.click(screen.getByRole('tab', { name: 'Portfolio' }));
    expect(screen.getByText('2 grants compared').closest('[hidden]')).toBeNull();
    expect(workers.map((w) => w.terminated)).toEqual([true, true, true]);
  });

  it('shows each grant as a card with its file as heading in a narrow pane, and the table in a wide one', async () => {
    const workers = renderPane(null, 'ru');
    fireEvent.change(screen.getByTestId('choose-files'), { target: { files } });
    await waitFor(() => expect(workers[0]?.received).toHaveLength(1));
    workers[0]!.answer({ type: 'done', report });
    expect(await screen.findByRole('table', { name: 'Портфель' })).toBeTruthy();

    // 320 px, or a 350 px pane at 200 % zoom: no table, one list item per grant.
    resizeObserved(300);
    expect(screen.queryByRole('table')).toBeNull();
    const cards = within(screen.getByRole('list', { name: 'Портфель' })).getAllByRole('listitem');
    expect(cards).toHaveLength(report.grants.length);
    const headings = cards.map((c) => within(c).getByRole('heading', { level: 2 }).textContent);
    expect(headings).toEqual([expect.stringContaining('a.xlsx'), expect.stringContaining('b.xlsx')]);
    const first = cards[0]!;
    expect(
      within(first)
        .getAllByRole('term')
        .map((e) => e.textContent),
    ).toEqual(['Ошибки', 'Замечания', 'Стоимость на прямого бенефициара, тенге']);
    // Each value follows its label.
    const errors = within(first).getByText('Ошибки').closest('div')!;
    expect(within(errors).getByRole('definition').textContent).toBe(String(report.grants[0]!.errors));

    // A hidden tab has no width: it decides nothing, the cards stay.
    fireEvent.click(screen.getByRole('tab', { name: 'Настройки' }));
    resizeObserved(0);
    fireEvent.click(screen.getByRole('tab', { name: 'Портфель' }));
    expect(screen.getByRole('list', { name: 'Портфель' })).toBeTruthy();

    // The pane dragged wider: the table again.
    resizeObserved(520);
    expect(within(screen.getByRole('table', { name: 'Портфель' })).getAllByRole('row')).toHaveLength(3);
    expect(screen.queryByRole('list', { name: 'Портфель' })).toBeNull();
  });
});
