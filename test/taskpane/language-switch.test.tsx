/** @jest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/react';
import { parseA1 } from '../../engine/grid/address';
import type { Grid } from '../../engine/grid/grid';
import { RULES } from '../../engine/rules/registry';
import { readXlsx } from '../../engine/xlsx/read-xlsx';
import { ExcelGridHost } from '../../addin/host/excel-host';
import { App } from '../../addin/taskpane/App';
import { FakeExcel } from '../fakes/excel';
import { decodeXlsx, runnerFor } from '../host/fake-runner';
import { paneEnv, setUpPaneTests } from '../fixtures/pane-harness';
import { seedLayout, seedWithStatus } from '../fixtures/seed-estimate';

const directorTotal = seedLayout().cell('Жоба директоры', 5);
let seedGrids: Grid[] = [];

setUpPaneTests({ liveCheck: true });

beforeAll(async () => {
  seedGrids = (await readXlsx(await seedWithStatus(), 'seed.xlsx')).sheets;
});

describe('switching the pane language', () => {
  it('re-renders the same issues in the new language: no context.sync(), no rule run', async () => {
    const fake = new FakeExcel('1.13', decodeXlsx);
    for (const g of seedGrids) fake.addGrid(g);
    const at = parseA1(directorTotal);
    fake.sheet('Смета').set(at.row, at.col, { value: 90000 });
    const host = await ExcelGridHost.create(runnerFor(fake));
    render(<App host={host} env={paneEnv()} />);
    // The first check reads the workbook and runs every rule: allow it time on a loaded machine.
    const english = await screen.findByRole(
      'button',
      { name: new RegExp(`^${directorTotal} .*quantity × unit cost`) },
      { timeout: 15_000 },
    );
    expect(english).toBeTruthy();

    const syncs = fake.syncCount;
    const runs = RULES.map((rule) => jest.spyOn(rule, 'run'));
    fireEvent.click(screen.getByRole('tab', { name: 'Settings' }));
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'ru' } });
    fireEvent.click(await screen.findByRole('tab', { name: 'Проверка' }));

    expect(
      await screen.findByRole('button', { name: new RegExp(`^${directorTotal} .*количество × стоимость`) }),
    ).toBeTruthy();
    expect(fake.syncCount).toBe(syncs);
    for (const run of runs) expect(run).not.toHaveBeenCalled();
    for (const run of runs) run.mockRestore();
  });
});
