/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { FileGridHost } from '../../addin/preview/file-host';
import { STRINGS } from '../../addin/i18n/strings';
import { ImportWord } from '../../addin/taskpane/ImportWord';
import { mutate } from '../estimate/check-helpers';
import { docxBytes } from '../fixtures/docx-builder';
import { setUpPaneTests } from '../fixtures/pane-harness';
import { seedLayout } from '../fixtures/seed-estimate';
import { applicationKk } from '../fixtures/word-forms';

setUpPaneTests();

function choose(bytes: Uint8Array, name: string) {
  const input = screen.getByTestId('import-word') as HTMLInputElement;
  const file = new File([bytes as Uint8Array<ArrayBuffer>], name);
  fireEvent.change(input, { target: { files: [file] } });
}

describe('Forms tab: Import from Word…', () => {
  it('shows what the document holds and its mistakes as written, then inserts the filled sheets', async () => {
    const host = new FileGridHost();
    const inserted: string[][] = [];
    render(<ImportWord host={host} lang="en" t={STRINGS.en} onInserted={(n) => inserted.push(n)} />);
    choose(docxBytes(applicationKk(mutate('Жоба директоры', 5, '90 000'))), 'application.docx');
    // Reading, checking and building the workbook takes a moment on a loaded machine.
    const found = await screen.findByText(
      /Found: Budget estimate \(Table 2\)\. 19 estimate lines/,
      {},
      { timeout: 20_000 },
    );
    expect(found).toBeTruthy();
    expect(screen.getByText(/1 error, 0 warnings/)).toBeTruthy();
    const cell = seedLayout().cell('Жоба директоры', 5);
    expect(screen.getByText(new RegExp(`Table 2!${cell}: "Жоба директоры"`))).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Insert the filled sheets' }));
    await waitFor(() => expect(inserted).toHaveLength(1), { timeout: 20_000 });
    expect(inserted[0]).toEqual(expect.arrayContaining(['Смета', 'Мониторинг жоспары']));
    expect(host.current.workbook.sheets.map((s) => s.name)).toEqual(inserted[0]);
  });

  it('a legacy .doc gets "save it as .docx" in the pane\'s language', async () => {
    render(<ImportWord host={new FileGridHost()} lang="ru" t={STRINGS.ru} onInserted={() => {}} />);
    expect(screen.getByRole('button', { name: 'Импорт из Word…' })).toBeTruthy();
    const input = screen.getByTestId('import-word') as HTMLInputElement;
    const doc = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    fireEvent.change(input, { target: { files: [new File([doc], 'old.doc')] } });
    expect(await screen.findByText(/документ Word 97–2003 \(\.doc\).*сохраните как \.docx/)).toBeTruthy();
  });
});
