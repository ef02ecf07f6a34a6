/**
 * The live check on the stricter fake: protected templates, cell edit mode, heavy merges, whole-row
 * change addresses and Excel on the web's payload limit, with the real examples and templates.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ExcelGridHost } from '../../addin/host/excel-host';
import { LiveCheck, type CheckState } from '../../addin/check/live-check';
import { readGrant } from '../../engine/check';
import { readXlsx } from '../../engine/xlsx/read-xlsx';
import { parseA1 } from '../../engine/grid/address';
import { loadBuiltInProfile } from '../../engine/profiles';
import { FakeExcel, FakeOfficeError, type FakeSheet } from '../fakes/excel';
import { decodeXlsx, openWorkbook, runnerFor } from './fake-runner';

const profile = loadBuiltInProfile();
const EXAMPLES = join(__dirname, '..', '..', 'templates', 'examples');
const example = (name: string) => readFileSync(join(EXAMPLES, name));

afterEach(() => jest.useRealTimers());

async function live(fake: FakeExcel) {
  const host = await ExcelGridHost.create(runnerFor(fake));
  const states: CheckState[] = [];
  const check = new LiveCheck(host, { profile, lang: 'en' }, (s) => states.push(s));
  const done = () => states.filter((s): s is Extract<CheckState, { status: 'done' }> => s.status === 'done');
  const last = () => {
    const d = done().at(-1);
    if (!d) throw new Error(`no check yet: ${JSON.stringify(states.at(-1))}`);
    return d;
  };
  return { host, check, states, done, last };
}

/** The total cell of the first priced line of an example's estimate. */
async function firstTotal(bytes: Buffer): Promise<string> {
  const estimate = readGrant(await readXlsx(bytes, 'example.xlsx')).estimates[0]!;
  return estimate.lines.find((l) => l.kind === 'item' && l.qty?.value)!.total.cell;
}

/** A total whose cached value no longer matches its line, as after a paste Excel did not recalculate. */
function breakTotal(sheet: FakeSheet, cell: string): void {
  const { row, col } = parseA1(cell);
  const c = sheet.get(row, col)!;
  sheet.set(row, col, { ...c, value: (c.value as number) + 1000 });
}

/** [address, value] of every cell, for byte-for-byte comparisons. */
function cellsOf(sheet: FakeSheet, skipCol?: number): string {
  return JSON.stringify(
    sheet.cells.flatMap((row, r) =>
      (row ?? []).flatMap((c, col) => (c && col !== skipCol ? [[r, col, c.value, c.formula ?? null]] : [])),
    ),
  );
}

/** The status column (by its "Esep" header) and the texts below it. */
function statusOf(sheet: FakeSheet): { col: number; header: number; texts: Map<number, string> } {
  for (const [r, row] of sheet.cells.entries())
    for (const [c, cell] of (row ?? []).entries())
      if (cell?.value === 'Esep') {
        const texts = new Map<number, string>();
        sheet.cells.forEach((line, rr) => {
          const v = line?.[c]?.value;
          if (rr > r && typeof v === 'string' && v !== '') texts.set(rr, v);
        });
        return { col: c, header: r, texts };
      }
  throw new Error(`no status column on ${sheet.name}`);
}

describe('the protected grant workbook (estimate, plan, impact) in Excel', () => {
  it.each(['open', 'insert'] as const)(
    'shows the issues and writes ✓/✗ only to unlocked status cells (workbook %sed)',
    async (how) => {
      let fake: FakeExcel;
      if (how === 'open') fake = await openWorkbook(example('grant-kk.xlsx'));
      else {
        fake = new FakeExcel('1.13', decodeXlsx);
        fake.addSheet('Sheet1');
        const host = await ExcelGridHost.create(runnerFor(fake));
        await host.insertForm(example('grant-kk.xlsx').toString('base64'));
      }
      const sheets = fake.sheets.filter((s) => s.protected);
      expect(sheets.map((s) => s.name)).toEqual(['Жоба', 'Смета', 'Мониторинг жоспары', 'Әлеуметтік әсер']);
      // A user's slip in the estimate: a quantity (an unlocked input) typed wrong.
      const estimate = fake.sheet('Смета');
      const { check, last } = await live(fake);
      const cell = await firstTotal(example('grant-kk.xlsx'));
      const total = parseA1(cell);
      breakTotal(estimate, cell);
      const before = sheets.map((s) => cellsOf(s, statusOf(s).col));
      await check.markStatus();
      const result = last();
      expect(result.result.issues).toContainEqual(
        expect.objectContaining({ sheet: 'Смета', cell, severity: 'error' }),
      );
      expect(result.marked).toEqual({ written: expect.any(Number), skipped: 0 });
      expect(result.marked!.written).toBeGreaterThan(20);
      // User cells are as they were; every status text sits in an unlocked cell of the table's rows.
      expect(sheets.map((s) => cellsOf(s, statusOf(s).col))).toEqual(before);
      const estimateStatus = statusOf(estimate);
      expect(estimateStatus.texts.get(total.row)).toMatch(/^✗ /);
      for (const name of ['Смета', 'Мониторинг жоспары', 'Әлеуметтік әсер']) {
        const sheet = fake.sheet(name);
        const { col, texts } = statusOf(sheet);
        expect([name, texts.size]).toEqual([name, expect.any(Number)]);
        expect(texts.size).toBeGreaterThan(0);
        for (const [row, text] of texts) {
          expect([name, row, sheet.isLocked(row, col)]).toEqual([name, row, false]);
          expect(text).toMatch(/^[✓✗⚠ℹ]/);
        }
      }
    },
  );

  it('writing the whole column at once, as the add-in used to, fails with AccessDenied', async () => {
    const fake = await openWorkbook(example('estimate-kk.xlsx'));
    await fake.run(async (ctx) => {
      // J5 (the lower half of the merged "Esep" header) and J33:J38 (under the total) are locked.
      const range = ctx.workbook.worksheets.getItem('Смета').getRange('J5:J38');
      range.values = Array.from({ length: 34 }, () => ['✓']);
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
    });
  });

  it('keeps the result when Excel refuses the write, and says so', async () => {
    const fake = await openWorkbook(example('estimate-kk.xlsx'));
    const { check, last } = await live(fake);
    await check.markStatus();
    expect(last().marked?.failed).toBeUndefined();
    // The user locks the status column after Esep learned it was unlocked, then a total breaks.
    const sheet = fake.sheet('Смета');
    const { col } = statusOf(sheet);
    sheet.unlocked.clear();
    breakTotal(sheet, await firstTotal(example('estimate-kk.xlsx')));
    await check.markStatus();
    expect(last().result.issues.length).toBeGreaterThan(0);
    expect(last().marked).toEqual({ written: 0, skipped: 0, failed: expect.stringMatching(/protected/) });
    // The next mark learns the locks again and writes nothing it may not.
    await check.markStatus();
    expect(last().marked?.failed).toBeUndefined();
    expect(last().marked?.skipped).toBeGreaterThan(0);
    expect(statusOf(sheet).col).toBe(col);
  });
});

describe('the participant statistics next to the status column', () => {
  it('the "46-58" figure survives a check byte for byte, in the new layout and the old one', async () => {
    for (const layout of ['new', 'old'] as const) {
      const fake = await openWorkbook(example('impact-kk.xlsx'));
      const sheet = fake.sheet('Әлеуметтік әсер');
      const band = [...sheet.cells.entries()].flatMap(([r, row]) =>
        (row ?? []).flatMap((c, col) => (c?.value === '46-58 жас' ? [{ r, col }] : [])),
      )[0]!;
      if (layout === 'old') {
        // Templates made before this change kept the status column in G, the band's own column.
        const { col, header } = statusOf(sheet);
        sheet.set(header, col, undefined);
        sheet.set(header, band.col, { value: 'Esep' });
        sheet.protected = false;
      }
      expect(statusOf(sheet).col === band.col).toBe(layout === 'old');
      const figure = JSON.stringify(sheet.get(band.r + 1, band.col));
      expect(sheet.get(band.r + 1, band.col)?.value).toEqual(expect.any(Number));
      const { check, last } = await live(fake);
      await check.markStatus();
      expect([layout, JSON.stringify(sheet.get(band.r + 1, band.col))]).toEqual([layout, figure]);
      // The engine still reads the band: the age breakdown adds up, no stats issue.
      expect(last().result.forms.map((f) => f.form)).toEqual(['impact', 'stats']);
      expect(last().result.issues).toEqual([]);
      expect(last().marked?.written).toBeGreaterThan(0);
    }
  });
});

describe('cell edit mode', () => {
  it('a check that meets the user typing waits for Enter instead of failing', async () => {
    const fake = await openWorkbook(example('estimate-kk.xlsx'));
    const { check, last, done } = await live(fake);
    await check.checkNow();
    const cell = await firstTotal(example('estimate-kk.xlsx'));
    fake.beginCellEdit();
    const running = check.checkNow();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done()).toHaveLength(1);
    fake.endCellEdit('Смета', cell, 1);
    await running;
    expect(fake.failures).toEqual([]);
    expect(done()).toHaveLength(2);
    expect(last().result.issues).toContainEqual(expect.objectContaining({ cell }));
  });

  it('Excel fails a batch run without delayForCellEdit while the user edits (what the fake guards)', async () => {
    const fake = await openWorkbook(example('estimate-kk.xlsx'));
    fake.beginCellEdit();
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Смета').getRange('A1').load('values');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
  });
});

describe('heavily merged sheets', () => {
  it('a sheet with 600 merged areas is checked, its merges read apart', async () => {
    const fake = await openWorkbook(example('estimate-kk.xlsx'));
    const notes = fake.addSheet('Notes');
    for (let r = 0; r < 600; r++) {
      notes.set(r, 0, { value: `note ${r}` });
      notes.merges.push({ top: r, left: 0, bottom: r, right: 1 });
    }
    const { host, check, last } = await live(fake);
    await check.checkNow();
    expect(last().result.forms).toEqual([expect.objectContaining({ form: 'estimate', sheet: 'Смета' })]);
    const wb = await host.readForms();
    expect(wb.sheets.find((s) => s.name === 'Notes')?.merges).toHaveLength(600);
    expect(wb.sheets.find((s) => s.name === 'Смета')?.merges.length).toBeGreaterThan(5);
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets
          .getItem('Notes')
          .getRange('A1:B600')
          .getMergedAreasOrNullObject()
          .load('address');
        await ctx.sync();
      }),
    ).rejects.toBeInstanceOf(FakeOfficeError);
  });
});

describe('change addresses', () => {
  it.each(['5:5', 'C:C', 'A1:B2,D4', "'Смета'!7:9", 'nonsense'])(
    '"%s" triggers exactly one re-check',
    async (address) => {
      jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
      const fake = await openWorkbook(example('estimate-kk.xlsx'));
      const { check, done } = await live(fake);
      await check.start();
      expect(done()).toHaveLength(1);
      fake.fireAddress('Смета', address);
      await jest.advanceTimersByTimeAsync(400);
      expect(done()).toHaveLength(2);
      await jest.advanceTimersByTimeAsync(2000);
      expect(done()).toHaveLength(2);
      check.stop();
    },
  );

  it('ignores changes confined to its own status cells (older Excel names no trigger source)', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    const fake = await openWorkbook(example('estimate-kk.xlsx'));
    const { check, done } = await live(fake);
    await check.start();
    fake.fireAddress('Смета', 'J7:J9,J12');
    await jest.advanceTimersByTimeAsync(1000);
    expect(done()).toHaveLength(1);
    check.stop();
  });
});

describe('Excel on the web payload limit', () => {
  it('retries in smaller chunks when a response is over the limit', async () => {
    const fake = await openWorkbook(example('estimate-kk.xlsx'));
    const big = fake.addSheet('Қатысушылар');
    for (let r = 0; r < 2000; r++)
      for (let c = 0; c < 5; c++) big.set(r, c, { value: `Қатысушының аты-жөні ${r}-${c}` });
    fake.payloadLimit = 60_000;
    const { host, check, last } = await live(fake);
    await check.checkNow();
    expect(fake.failures).toContain('ResponsePayloadSizeLimitExceeded');
    expect(last().result.forms).toEqual([expect.objectContaining({ form: 'estimate' })]);
    // Later checks start from the smaller budget: no more refusals.
    const failed = fake.failures.length;
    const wb = await host.readForms();
    expect(fake.failures).toHaveLength(failed);
    const sheet = wb.sheets.find((s) => s.name === 'Қатысушылар')!;
    expect(sheet.cells).toHaveLength(2000);
    expect(sheet.cells[1999]?.[4]).toEqual({ value: 'Қатысушының аты-жөні 1999-4' });
  });
});

describe('defined names and platforms', () => {
  it('reads the template markers, so Excel finds forms as the CLI does', async () => {
    const fake = await openWorkbook(example('grant-kk.xlsx'));
    const wb = await (await ExcelGridHost.create(runnerFor(fake))).readForms();
    expect(wb.names.map((n) => n.name)).toEqual(
      expect.arrayContaining(['ESEP_ESTIMATE', 'ESEP_FORM_ESTIMATE_V1']),
    );
    expect(readGrant(wb).estimates[0]?.readBy).toBe('marker');
  });

  it('does not offer inserting forms on iPad, even with ExcelApi 1.13', async () => {
    const fake = await openWorkbook(example('estimate-kk.xlsx'));
    fake.platform = 'iOS';
    const host = await ExcelGridHost.create(runnerFor(fake));
    expect(host.capabilities).toMatchObject({
      insertForms: false,
      insertFormsMissing: 'not-on-this-platform',
    });
    await expect(host.insertForm('')).rejects.toThrow('not-on-this-platform');
  });
});
