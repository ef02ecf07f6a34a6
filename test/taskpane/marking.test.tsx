/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { WorkbookGrid } from '../../engine/grid/grid';
import { readXlsx } from '../../engine/xlsx/read-xlsx';
import { COMMAND_REPORT_KEY } from '../../addin/commands/command-report';
import { App, type PaneEnv } from '../../addin/taskpane/App';
import { BootMessage } from '../../addin/taskpane/BootMessage';
import { hostWith, paneEnv, setUpPaneTests } from '../fixtures/pane-harness';
import { seedLayout, seedWithStatus } from '../fixtures/seed-estimate';

const directorTotal = seedLayout().cell('Жоба директоры', 5);
const row = seedLayout().rowOf('Жоба директоры') - 1;
let seed: WorkbookGrid;

setUpPaneTests({ liveCheck: true, storage: true });

beforeAll(async () => {
  seed = await readXlsx(await seedWithStatus(), 'seed.xlsx');
});

const env = (over: Partial<PaneEnv> = {}) => paneEnv({ storage: localStorage, ...over });

describe('marking the status column', () => {
  it('"Mark as I type" (off by default, explained in Settings) writes after every edit', async () => {
    const host = hostWith(seed);
    render(<App host={host} env={env({ initialTab: 'settings' })} />);
    const toggle = screen.getByRole('switch', { name: 'Mark as I type' });
    expect((toggle as HTMLInputElement).checked).toBe(false);
    expect(screen.getByText(/each write empties Undo/)).toBeTruthy();
    fireEvent.click(toggle);
    expect(JSON.parse(localStorage.getItem('esep.settings') ?? '{}')).toMatchObject({ markAsYouType: true });
    fireEvent.click(screen.getByRole('tab', { name: 'Check' }));
    act(() => host.edit('Смета', directorTotal, '90000'));
    await screen.findAllByRole('button', { name: new RegExp(`^${directorTotal}\\b`) }, { timeout: 10000 });
    await screen.findByText(/Status column marked/);
    expect(String(host.current.workbook.sheets[0]?.cells[row]?.[9]?.value)).toMatch(/^✗/);
  });

  it('shows what a failed ribbon command left for the pane', async () => {
    localStorage.setItem(
      COMMAND_REPORT_KEY,
      JSON.stringify({ at: 1, error: 'RichApi.Error: The requested resource does not exist.' }),
    );
    render(<App host={hostWith(seed)} env={env({ lang: 'ru' })} />);
    expect(await screen.findByText(/Команда ленты не смогла проверить книгу: RichApi.Error/)).toBeTruthy();
    // Shown once: the report is taken from storage.
    expect(localStorage.getItem(COMMAND_REPORT_KEY)).toBeNull();
  });
});

describe('the pane outside Excel', () => {
  it.each([
    [{ kind: 'outside-office' } as const, 'en', /works inside Excel/],
    [{ kind: 'no-office-js' } as const, 'kk', /байланыс кітапханасы жүктелмеді/],
    [{ kind: 'failed', message: 'GeneralException' } as const, 'ru', /Ответ Excel: GeneralException/],
  ])('%j in %s: a message and a link to the preview', (problem, lang, text) => {
    render(<BootMessage problem={problem} lang={lang as 'en' | 'kk' | 'ru'} />);
    expect(screen.getByText(text)).toBeTruthy();
    expect(screen.getByRole('link').getAttribute('href')).toBe('preview.html');
  });
});
