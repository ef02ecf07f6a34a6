import type { Grid } from '../../engine/grid/grid';
import { ExcelGridHost } from '../../addin/host/excel-host';
import { LiveCheck, type CheckState } from '../../addin/check/live-check';
import { loadBuiltInProfile } from '../../engine/profiles';
import { readXlsx } from '../../engine/xlsx/read-xlsx';
import { seedLayout, seedWithStatus } from '../fixtures/seed-estimate';
import { FakeExcel, FakeOfficeError, type FakeCell } from '../fakes/excel';
import { decodeXlsx, runnerFor } from './fake-runner';

const profile = loadBuiltInProfile();
const layout = seedLayout();
const directorTotal = layout.cell('Жоба директоры', 5);
const STATUS_COL = 9; // J

let seedGrids: Grid[] = [];
beforeAll(async () => {
  seedGrids = (await readXlsx(await seedWithStatus(), 'seed.xlsx')).sheets;
});

async function seededFake(apiVersion = '1.13'): Promise<FakeExcel> {
  const fake = new FakeExcel(apiVersion, decodeXlsx);
  for (const g of seedGrids) fake.addGrid(g);
  return fake;
}

async function live(fake: FakeExcel, markAsYouType = false) {
  const host = await ExcelGridHost.create(runnerFor(fake));
  const states: CheckState[] = [];
  const check = new LiveCheck(host, { profile, lang: 'en', markAsYouType }, (s) => states.push(s));
  const done = () => states.filter((s) => s.status === 'done');
  const last = () => {
    const d = done().at(-1);
    if (!d || d.status !== 'done') throw new Error('no check yet');
    return d.result;
  };
  return { host, check, states, done, last };
}

/** Every cell left of the status column (the seed has nothing to its right). */
function userCells(cells: (FakeCell | undefined)[][]) {
  return cells.map((row) => Array.from({ length: STATUS_COL }, (_, i) => row[i]));
}

afterEach(() => jest.useRealTimers());

/** exceljs (the seed and the insert decoder) needs real ticks; the debounce runs on fake time. */
function useFakeTimers() {
  jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
}

describe('fake Excel keeps Office semantics', () => {
  it('throws PropertyNotLoaded before load + sync, ItemNotFound at sync', async () => {
    const fake = await seededFake();
    await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Смета').getRange('A1');
      expect(() => r.values).toThrow(FakeOfficeError);
      r.load('values');
      expect(() => r.values).toThrow(/load method/);
      await ctx.sync();
      expect(r.values).toEqual([['№']]);
      ctx.workbook.worksheets.getItem('nope').getRange('A1').load('values');
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
      const missing = ctx.workbook.worksheets.getItemOrNullObject('nope').load('name');
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
    });
  });
});

describe('ExcelGridHost', () => {
  it('checks with one read sync, writes nothing until asked, then marks in one write sync', async () => {
    const fake = await seededFake();
    const { check, last, done } = await live(fake);
    const untouched = fake.sheet('Смета').snapshot();
    const before = fake.syncCount;
    await check.checkNow();
    expect(last().issues).toEqual([]);
    expect(last().forms).toEqual([expect.objectContaining({ form: 'estimate', sheet: 'Смета' })]);
    expect(fake.syncCount - before).toBe(1);
    expect(fake.sheet('Смета').snapshot()).toEqual(untouched);
    // "Mark status column": the column says ✓ on every filled row of the table.
    await check.markStatus();
    expect(fake.sheet('Смета').get(layout.rowOf('Жоба директоры') - 1, STATUS_COL)?.value).toBe('✓');
    expect(done().at(-1)).toMatchObject({ marked: { written: expect.any(Number), skipped: 0 } });
    // Marking again with nothing changed reads once, learns nothing and writes nothing.
    const again = fake.syncCount;
    await check.markStatus();
    expect(fake.syncCount - again).toBe(1);
  });

  it('costs at most two syncs on a 5 000-row sheet, chunked or not', async () => {
    for (const limits of [undefined, { maxCellsPerRange: 10_000, maxBytesPerSync: 10_000_000 }]) {
      const fake = await seededFake();
      const big = fake.addSheet('Data');
      for (let r = 0; r < 5000; r++) for (let c = 0; c < 10; c++) big.set(r, c, { value: r * 10 + c });
      const host = await ExcelGridHost.create(runnerFor(fake), limits);
      const before = fake.syncCount;
      const wb = await host.readForms();
      await host.writeStatus({ issues: [], forms: [] });
      expect(fake.syncCount - before).toBeLessThanOrEqual(2);
      const data = wb.sheets.find((s) => s.name === 'Data');
      expect(data?.cells).toHaveLength(5000);
      expect(data?.cells[4999]?.[9]).toEqual({ value: 49999 });
    }
  });

  it.each(['1.13', '1.14'])(
    'runs exactly one check after the debounce for a burst of edits (ExcelApi %s)',
    async (api) => {
      useFakeTimers();
      const fake = await seededFake(api);
      const { check, done, last } = await live(fake, true);
      await check.start();
      expect(done()).toHaveLength(1);
      fake.edit('Смета', directorTotal, 90000);
      await jest.advanceTimersByTimeAsync(100);
      fake.edit('Смета', directorTotal, 95000);
      await jest.advanceTimersByTimeAsync(299);
      expect(done()).toHaveLength(1);
      await jest.advanceTimersByTimeAsync(10);
      expect(done()).toHaveLength(2);
      expect(last().issues).toContainEqual(
        expect.objectContaining({ rule: 'estimate.line.amount', sheet: 'Смета', cell: directorTotal }),
      );
      // Its own status writes fire onChanged too; they must not start another check.
      await jest.advanceTimersByTimeAsync(2000);
      expect(done()).toHaveLength(2);
      check.stop();
    },
  );

  it('never changes a user cell: only the status column differs after a check', async () => {
    const fake = await seededFake();
    const { check, last } = await live(fake);
    fake.edit('Смета', directorTotal, 90000);
    const before = fake.sheet('Смета').snapshot();
    await check.markStatus();
    expect(last().issues.length).toBeGreaterThan(0);
    const after = fake.sheet('Смета').snapshot();
    expect(userCells(after)).toEqual(userCells(before));
    expect(after.every((row) => row.length <= STATUS_COL + 1)).toBe(true);
    expect(JSON.stringify(after)).not.toEqual(JSON.stringify(before));
    const row = layout.rowOf('Жоба директоры') - 1;
    expect(after[row]?.[STATUS_COL]?.value).toMatch(/^✗ /);
  });

  it('writes nothing to a sheet without a status column', async () => {
    const fake = new FakeExcel('1.13');
    const wb = await readXlsx(await seedWithStatus(), 'seed.xlsx');
    const grid = wb.sheets[0]!;
    fake.addGrid({ ...grid, cells: grid.cells.map((r) => r.slice(0, STATUS_COL)) });
    fake.edit('Смета', directorTotal, 90000);
    const before = fake.sheet('Смета').snapshot();
    const { check, last } = await live(fake);
    const syncs = fake.syncCount;
    await check.markStatus();
    expect(last().issues.length).toBeGreaterThan(0);
    expect(fake.syncCount - syncs).toBe(1);
    expect(fake.sheet('Смета').snapshot()).toEqual(before);
  });

  it('selects an issue cell on its sheet', async () => {
    const fake = await seededFake();
    fake.addSheet('Other').set(0, 0, { value: 'x' });
    fake.activeSheet = 'Other';
    const host = await ExcelGridHost.create(runnerFor(fake));
    await host.select('Смета', directorTotal);
    expect(fake.selection).toEqual({ sheet: 'Смета', address: directorTotal });
    expect(fake.activeSheet).toBe('Смета');
  });

  it('removes its handlers when disposed', async () => {
    useFakeTimers();
    const fake = await seededFake();
    const { host, check, done } = await live(fake);
    await check.start();
    expect(fake.sheet('Смета').handlers.size).toBe(1);
    check.stop();
    await host.dispose();
    expect(fake.sheet('Смета').handlers.size).toBe(0);
    expect(fake.structureHandlers.added.size + fake.structureHandlers.deleted.size).toBe(0);
    fake.edit('Смета', directorTotal, 1);
    await jest.advanceTimersByTimeAsync(1000);
    expect(done()).toHaveLength(1);
  });

  it('inserts a form from base64 and checks and watches the new sheet', async () => {
    useFakeTimers();
    const fake = new FakeExcel('1.13', decodeXlsx);
    fake.addSheet('Sheet1');
    const { host, check, done, last } = await live(fake);
    await check.start();
    expect(last().forms).toEqual([]);
    const names = await host.insertForm((await seedWithStatus()).toString('base64'));
    expect(names).toEqual(['Смета']);
    await check.checkNow();
    expect(last().forms).toEqual([expect.objectContaining({ sheet: 'Смета' })]);
    const checks = done().length;
    fake.edit('Смета', directorTotal, 90000);
    await jest.advanceTimersByTimeAsync(400);
    expect(done()).toHaveLength(checks + 1);
    expect(last().issues).toContainEqual(expect.objectContaining({ cell: directorTotal }));
  });

  it('checks and watches a sheet the user adds, and forgets a deleted one', async () => {
    useFakeTimers();
    const fake = new FakeExcel('1.13');
    fake.addSheet('Sheet1').set(0, 0, { value: 'notes' });
    const { check, done, last } = await live(fake);
    await check.start();
    fake.addGrid({ ...seedGrids[0]!, name: 'Смета (2)' });
    await jest.advanceTimersByTimeAsync(400);
    expect(done()).toHaveLength(2);
    expect(last().forms).toEqual([expect.objectContaining({ sheet: 'Смета (2)' })]);
    fake.edit('Смета (2)', directorTotal, 90000);
    await jest.advanceTimersByTimeAsync(400);
    expect(done()).toHaveLength(3);
    expect(last().issues).toContainEqual(
      expect.objectContaining({ sheet: 'Смета (2)', cell: directorTotal }),
    );
    fake.deleteSheet('Смета (2)');
    await jest.advanceTimersByTimeAsync(400);
    expect(done()).toHaveLength(4);
    expect(last().forms).toEqual([]);
    expect(fake.structureHandlers.added.size).toBe(1);
  });

  it('says when Excel is too old to insert forms', async () => {
    const fake = await seededFake('1.9');
    const host = await ExcelGridHost.create(runnerFor(fake));
    expect(host.capabilities).toEqual({
      insertForms: false,
      insertFormsMissing: 'excel-too-old',
      charts: true,
    });
    await expect(host.insertForm('')).rejects.toThrow('excel-too-old');
    // Checking still works without merges (ExcelApi < 1.13).
    const wb = await host.readForms();
    expect(wb.sheets[0]?.merges).toEqual([]);
  });
});
