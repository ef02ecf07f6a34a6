/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { WorkbookGrid } from '../../engine/grid/grid';
import { readXlsx } from '../../engine/xlsx/read-xlsx';
import type { GridHost } from '../../addin/check/grid-host';
import { FileGridHost } from '../../addin/preview/file-host';
import { App } from '../../addin/taskpane/App';
import type { FormsSource } from '../../addin/taskpane/forms-catalog';
import { hostWith, paneEnv as env, setUpPaneTests } from '../fixtures/pane-harness';
import { seedLayout, seedWithStatus } from '../fixtures/seed-estimate';

const directorTotal = seedLayout().cell('Жоба директоры', 5);
let seed: WorkbookGrid;

setUpPaneTests({ liveCheck: true });

beforeAll(async () => {
  seed = await readXlsx(await seedWithStatus(), 'seed.xlsx');
});

const seededHost = () => hostWith(seed);

describe('task pane', () => {
  it('shows a clean estimate, then the issue a wrong total makes, and selects its cell', async () => {
    const host = seededHost();
    render(<App host={host} env={env()} />);
    expect(await screen.findByText(/No problems found/)).toBeTruthy();
    act(() => host.edit('Смета', directorTotal, '90000'));
    // The button is named by what it shows (voice control users say it); where it goes is its description.
    const named = await screen.findAllByRole(
      'button',
      { name: new RegExp(`^${directorTotal}\\b`) },
      { timeout: 10000 },
    );
    const issue = named.find((b) => b.dataset.rule === 'estimate.line.amount')!;
    expect(issue).toBeTruthy();
    const description = document.getElementById(issue.getAttribute('aria-describedby') ?? '');
    expect(description?.textContent).toBe(`Go to Смета!${directorTotal}`);
    const group = screen.getByRole('region', { name: 'Смета' });
    // Counters are words, not bare numbers.
    expect(within(group).getByRole('heading', { name: 'Errors: 1' })).toBeTruthy();
    expect(within(group).getByText('1 problem found')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('1 problem found');
    fireEvent.click(issue);
    await waitFor(() => expect(host.current.selected).toEqual({ sheet: 'Смета', cell: directorTotal }));
    // The status column shows the problem on the row once asked; user cells keep what the user typed.
    const row = seedLayout().rowOf('Жоба директоры') - 1;
    expect(host.current.workbook.sheets[0]?.cells[row]?.[9] ?? null).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Mark status column' }));
    expect(await screen.findByText(/Status column marked/)).toBeTruthy();
    expect(String(host.current.workbook.sheets[0]?.cells[row]?.[9]?.value)).toMatch(/^✗/);
    expect(host.current.workbook.sheets[0]?.cells[row]?.[5]).toEqual({ value: 90000 });
  });

  it('speaks the Office display language and switches in Settings', async () => {
    render(<App host={seededHost()} env={env({ lang: 'kk', initialTab: 'settings' })} />);
    expect(screen.getByRole('tab', { name: 'Тексеру' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Тіл'), { target: { value: 'ru' } });
    expect(await screen.findByRole('tab', { name: 'Проверка' })).toBeTruthy();
    expect(screen.getByLabelText('Год проекта')).toBeTruthy();
  });

  it('inserts a form and goes to the check', async () => {
    const host = new FileGridHost();
    const base64 = (await seedWithStatus()).toString('base64');
    const forms: FormsSource = {
      list: async () => [
        { id: 'estimate', file: 'estimate.xlsx', title: { kk: 'Смета', ru: 'Смета', en: 'Estimate' } },
      ],
      base64: async () => base64,
    };
    render(<App host={host} env={env({ initialTab: 'forms', forms })} />);
    const insert = await screen.findByRole('button', { name: 'Insert: Estimate' });
    insert.focus();
    fireEvent.click(insert);
    // Busy, the pressed button keeps focus (aria-disabled, not disabled) until the tab switches.
    expect(insert.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(insert);
    expect(await screen.findByRole('tab', { name: 'Check', selected: true })).toBeTruthy();
    // The switch moves focus to the Check panel on purpose, not to the page's body.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('tabpanel', { name: 'Check' })));
    expect(await screen.findByText(/No problems found/)).toBeTruthy();
    expect(host.current.workbook.sheets.map((s) => s.name)).toEqual(['Смета']);
  });

  it('says clearly when Excel is too old to insert forms, or to check at all', async () => {
    const host: GridHost = Object.assign(seededHost(), {
      capabilities: { insertForms: false, insertFormsMissing: 'excel-too-old' as const, charts: false },
    });
    const forms: FormsSource = { list: async () => [], base64: async () => '' };
    const { unmount } = render(<App host={host} env={env({ initialTab: 'forms', forms })} />);
    expect(await screen.findByText(/needs Excel API 1\.13/)).toBeTruthy();
    unmount();
    render(<App host={null} env={env()} />);
    expect(screen.getByText(/too old for Esep/)).toBeTruthy();
  });

  it('is keyboard reachable: a labelled tab list of focusable tabs', async () => {
    render(<App host={seededHost()} env={env()} />);
    const list = screen.getByRole('tablist', { name: 'Esep sections' });
    const tabs = within(list).getAllByRole('tab');
    expect(tabs).toHaveLength(4);
    for (const name of ['Forms', 'Check', 'Portfolio', 'Settings'])
      expect(within(list).getByRole('tab', { name })).toBeTruthy();
    tabs[3]?.focus();
    expect(document.activeElement).toBe(tabs[3]);
    fireEvent.click(tabs[3]!);
    expect(screen.getByLabelText('Language')).toBeTruthy();
  });
});
