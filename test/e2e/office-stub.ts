/**
 * Served in place of https://appsforoffice.microsoft.com/lib/1/hosted/office.js in the browser
 * tests: Office.onReady and Excel.run backed by the fake Excel, seeded from a workbook grid the
 * test puts on window before the page loads. The test drives the fake through window.__fake.
 * It plays Excel on the web: the 5 MB payload limit applies, and forms insert with their protection.
 */
import type { WorkbookGrid } from '../../engine/grid/grid';
import { base64Bytes, decodeXlsxBytes } from '../fakes/decode-xlsx';
import { FakeContext, FakeExcel, type FakeRunOptions } from '../fakes/excel';

interface StubWindow {
  __ESEP_WORKBOOK__?: WorkbookGrid;
  __ESEP_DISPLAY_LANGUAGE__?: string;
  /** Office's task pane background: '#ffffff' in the light themes, dark in Office's dark theme. */
  __ESEP_OFFICE_BACKGROUND__?: string;
  __fake?: FakeExcel;
  Office?: unknown;
  Excel?: unknown;
}

// The stub defines the Office globals itself, so it sees window as a plain record of them.
const win = window as unknown as StubWindow;
const fake = new FakeExcel('1.13', (base64) => decodeXlsxBytes(base64Bytes(base64)));
fake.platform = 'OfficeOnline';
fake.payloadLimit = 5 * 1024 * 1024;
for (const grid of win.__ESEP_WORKBOOK__?.sheets ?? []) fake.addGrid(grid);
win.__fake = fake;

const info = { host: 'Excel', platform: 'OfficeOnline' };
win.Office = {
  onReady: (callback?: (i: typeof info) => void) => {
    if (callback) setTimeout(() => callback(info), 0);
    return Promise.resolve(info);
  },
  context: {
    displayLanguage: win.__ESEP_DISPLAY_LANGUAGE__ ?? 'en-US',
    officeTheme: { bodyBackgroundColor: win.__ESEP_OFFICE_BACKGROUND__ ?? '#ffffff' },
    diagnostics: { platform: 'OfficeOnline' },
    requirements: { isSetSupported: (name: string, version: string) => fake.isSetSupported(name, version) },
  },
  actions: { associate: () => undefined },
};

type Batch<T> = (ctx: FakeContext) => Promise<T>;
/** Excel.run's overloads: (batch), (options, batch), (context, batch). */
win.Excel = {
  run: <T>(a: FakeContext | FakeRunOptions | Batch<T>, b?: Batch<T>) => {
    if (typeof a === 'function') return fake.run(a);
    if (!b) return Promise.reject(new Error('Excel.run needs a batch'));
    return a instanceof FakeContext ? b(a) : fake.run(b, a);
  },
};
