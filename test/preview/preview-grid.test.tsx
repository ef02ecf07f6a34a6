/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FileGridHost, readWorkbookFile } from '../../addin/preview/file-host';
import { PreviewApp } from '../../addin/preview/PreviewApp';
import { readGrant } from '../../engine/check';
import { exampleEstimate } from '../../templates/examples/data';
import { estimateWorkbook } from '../../templates/workbooks';
import { paneEnv, setUpPaneTests } from '../fixtures/pane-harness';
import { seedLayout, seedWithStatus } from '../fixtures/seed-estimate';

const directorTotal = seedLayout().cell('Жоба директоры', 5);
const directorRow = seedLayout().rowOf('Жоба директоры');

setUpPaneTests({ liveCheck: true });

const env = paneEnv();

async function open(bytes: Uint8Array, lang: 'en' | 'ru' = 'en') {
  const host = new FileGridHost();
  host.load(await readWorkbookFile(bytes, 'book.xlsx'));
  render(<PreviewApp host={host} lang={lang} env={env} />);
  await waitFor(() => expect(screen.getByRole('status').textContent).not.toMatch(/Checking/), {
    timeout: 10000,
  });
  return host;
}

const openSeed = async () => open(await seedWithStatus());

const cell = (address: string) => document.querySelector<HTMLElement>(`[data-cell="${address}"]`)!;

describe('preview grid', () => {
  it('shows numbers as the workbook formats them, and an edit keeps the format', async () => {
    const { wb } = await estimateWorkbook('kk', exampleEstimate('kk'));
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const example = readGrant(await readWorkbookFile(bytes, 'example.xlsx')).estimates[0]!;
    const line = example.lines.find((l) => l.kind === 'item' && l.qty?.value)!;
    const host = await open(bytes, 'ru');
    const total = line.total.cell;
    // The template's tenge format groups with spaces; the raw value has none.
    expect(String(line.total.value)).toMatch(/^\d+$/);
    const shown = cell(total).textContent ?? '';
    expect(shown).toMatch(/^\d{1,3}( \d{3})+$/);
    expect(shown.replace(/ /g, '')).toBe(String(line.total.value));
    act(() => host.edit(example.sheet, total, '1234567'));
    await waitFor(() => expect(cell(total).textContent).toBe('1 234 567'));
  });

  it('is one tab stop that arrow keys move, Enter edits and Escape leaves', async () => {
    const host = await openSeed();
    const grid = screen.getByRole('grid', { name: 'Смета' });
    expect(within(grid).getAllByRole('columnheader')[0]?.textContent).toBe('Row');
    expect(grid.querySelectorAll('[tabindex="0"]')).toHaveLength(1);

    act(() => cell('A1').focus());
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    await waitFor(() => expect(document.activeElement).toBe(cell('B2')));
    expect(host.current.selected?.cell).toBe('B2');
    expect(cell('B2').getAttribute('tabindex')).toBe('0');
    expect(cell('A1').getAttribute('tabindex')).toBe('-1');

    // Walk to the director's total and change it from the keyboard alone.
    act(() => void host.select('Смета', directorTotal));
    await waitFor(() => expect(cell(directorTotal).getAttribute('aria-selected')).toBe('true'));
    act(() => cell(directorTotal).focus());
    fireEvent.keyDown(cell(directorTotal), { key: 'Enter' });
    const editor = screen.getByTestId('cell-editor');
    expect(document.activeElement).toBe(editor);
    fireEvent.change(editor, { target: { value: '1' } });
    fireEvent.keyDown(editor, { key: 'Escape' });
    expect((editor as HTMLInputElement).value).toBe('900000');
    expect(document.activeElement).toBe(cell(directorTotal));

    fireEvent.keyDown(cell(directorTotal), { key: 'F2' });
    fireEvent.change(editor, { target: { value: '90000' } });
    fireEvent.submit(editor.closest('form')!);
    expect(document.activeElement).toBe(cell(directorTotal));
    await waitFor(() => expect(cell(directorTotal).textContent).toBe('90000'));
  });

  it("marks the problem cell and its row, and reads the problem as the cell's description", async () => {
    const host = await openSeed();
    act(() => host.edit('Смета', directorTotal, '90000'));
    await screen.findAllByRole('button', { name: new RegExp(`^${directorTotal}\\b`) }, { timeout: 10000 });
    const marked = cell(directorTotal);
    const description = document.getElementById(marked.getAttribute('aria-describedby') ?? '');
    expect(description?.textContent).toMatch(/900\s000/);
    const rowHeader = screen.getByRole('rowheader', { name: new RegExp(`^${directorRow}`) });
    expect(within(rowHeader).getByRole('img', { name: 'Errors' })).toBeTruthy();
    // A clean cell has neither.
    expect(cell('A1').getAttribute('aria-describedby')).toBeNull();
  });

  it('has one main landmark holding a region for the workbook and one for the pane', async () => {
    await openSeed();
    expect(screen.getAllByRole('main')).toHaveLength(1);
    const main = screen.getByRole('main');
    expect(within(main).getByRole('region', { name: 'Workbook' })).toBeTruthy();
    expect(within(main).getByRole('region', { name: 'Esep task pane' })).toBeTruthy();
  });
});
