/**
 * End to end in real chromium (CI installs it with scripts/setup-machine.sh): the production
 * build served from 127.0.0.1, (a) the task pane on a stub office.js backed by the fake Excel,
 * (b) the preview on its file-backed host. Screenshots go to test-output/.
 * ESEP_E2E_DIST=path reuses a build instead of running webpack.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { WorkbookGrid } from '../../engine/grid/grid';
import type { FakeExcel } from '../fakes/excel';
import { readGrant } from '../../engine/check';
import { readXlsx } from '../../engine/xlsx/read-xlsx';
import { poolSize } from '../../addin/portfolio/pool-size';
import { exampleEstimate } from '../../templates/examples/data';
import { estimateWorkbook } from '../../templates/workbooks';
import { grantXlsx, syntheticSpec } from '../fixtures/grant-workbook';
import { docxBytes } from '../fixtures/docx-builder';
import { compoundFile } from '../fixtures/hostile';
import { seedLayout, seedWithStatus } from '../fixtures/seed-estimate';
import { type Finding, brokenWords, seriousViolations, sidewaysScroll } from './axe';
import { applicationKk, chargeChanged } from '../fixtures/word-forms';
import WORKER_CSP from '../../addin/portfolio/worker-csp.json';
import { recordingServer, responseHeader, serveDir } from './serve-dist';

jest.setTimeout(120_000);

const root = join(__dirname, '..', '..');
const out = join(root, 'test-output');
const directorTotal = seedLayout().cell('Жоба директоры', 5);
let exampleTotal: string;
const PUBLIC_URL = 'https://esep.example.kz/addin/';
let dist: string;

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let stub: string;
let seed: WorkbookGrid;

/** The page's window as the stub leaves it. */
type StubbedWindow = {
  __fake: FakeExcel;
  __ESEP_WORKBOOK__: WorkbookGrid;
  __ESEP_DISPLAY_LANGUAGE__?: string;
  __ESEP_OFFICE_BACKGROUND__?: string;
};

beforeAll(async () => {
  mkdirSync(out, { recursive: true });
  const prebuilt = process.env.ESEP_E2E_DIST;
  dist = prebuilt ?? join(out, 'e2e-dist');
  if (!prebuilt) {
    const cli = join(root, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
    await promisify(execFile)(process.execPath, [cli, '--mode', 'production', '--output-path', dist], {
      cwd: root,
      env: { ...process.env, ESEP_PUBLIC_URL: PUBLIC_URL },
    });
  }
  const bundled = await build({
    entryPoints: [join(__dirname, 'office-stub.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
  });
  stub = bundled.outputFiles[0]?.text ?? '';
  seed = await readXlsx(await seedWithStatus(), 'seed.xlsx');
  // The first priced line of the filled example the Forms tab offers first.
  const example = readGrant(
    readXlsx(
      new Uint8Array(await (await estimateWorkbook('kk', exampleEstimate('kk'))).wb.xlsx.writeBuffer()),
      'example',
    ),
  );
  exampleTotal = example.estimates[0]!.lines.find((l) => l.kind === 'item' && l.qty?.value)!.total.cell;
  server = await serveDir(dist, {
    '/probe-worker-policy.js': { body: PROBE_WORKER, workerPolicy: true },
    '/probe-worker-open.js': { body: PROBE_WORKER, workerPolicy: false },
  });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A worker that tries every way it has to reach the origin it is sent (fetch, XHR, the Cache
 * API, a dynamic import) and says when it is done; served with the portfolio worker's policy and
 * without, to show the policy is what stops it.
 */
const PROBE_WORKER = `onmessage = async ({ data: url }) => {
  const tries = [
    () => fetch(url + 'fetch'),
    () => new Promise((ok, no) => { const x = new XMLHttpRequest(); x.onloadend = ok; x.onerror = no; x.open('GET', url + 'xhr'); x.send(); }),
    async () => (await caches.open('probe')).add(url + 'cache'),
    () => import(url + 'import.js'),
  ];
  for (const t of tries) await Promise.resolve().then(t).catch(() => {});
  postMessage('tried');
};`;

/** Two grant workbooks and a file that is not one, as the analyst picks them. */
async function portfolioFiles() {
  return [
    { name: 'g1.xlsx', mimeType: XLSX, buffer: await grantXlsx(syntheticSpec(1)) },
    { name: 'g2.xlsx', mimeType: XLSX, buffer: await grantXlsx(syntheticSpec(2)) },
    { name: 'bad.xlsx', mimeType: XLSX, buffer: Buffer.from('not a workbook') },
  ];
}

/** The worker URLs a run of `files` starts: the pool's size for this browser's cores, each the worker chunk. */
async function poolWorkers(page: Page, files: number) {
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  return Array.from({ length: poolSize(files, cores) }, () =>
    expect.stringMatching(/portfolio-worker\.[0-9a-f]+\.js$/),
  );
}

/** A page that records CSP violations and page errors, with office.js answered by the stub. */
async function openPage(
  viewport = { width: 1280, height: 900 },
  deviceScaleFactor = 1,
): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ locale: 'en-US', viewport, deviceScaleFactor });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  await page.route('https://appsforoffice.microsoft.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: stub }),
  );
  return { page, problems };
}

describe('e2e: production build', () => {
  it('points the manifest at ESEP_PUBLIC_URL and it still validates', () => {
    if (process.env.ESEP_E2E_DIST) return; // a reused build may have been made for another URL
    const xml = readFileSync(join(dist, 'manifest.xml'), 'utf8');
    expect(xml).not.toContain('localhost');
    expect(xml).toContain(`${PUBLIC_URL}taskpane.html?tab=check`);
    execFileSync('xmllint', [
      '--noout',
      '--schema',
      join(root, 'schemas', 'office-addin-manifest', 'OfficeAppManifestV1_1.xsd'),
      join(dist, 'manifest.xml'),
    ]);
  });
});

describe('e2e: help page', () => {
  it('serves help.html (the manifest links it) in three languages, with a favicon, no CSP breach', async () => {
    const { page, problems } = await openPage();
    const response = await page.goto(`${server.url}help.html`);
    expect(response?.status()).toBe(200);
    await expect(
      page.locator('main > section').evaluateAll((s) => s.map((e) => e.getAttribute('lang'))),
    ).resolves.toEqual(['kk', 'ru', 'en']);
    await expect(page.locator('#en tbody tr').count()).resolves.toBeGreaterThan(20);
    await page.screenshot({ path: join(out, 'help.png'), fullPage: false });
    const icon = await page.request.get(`${server.url}favicon.ico`);
    expect(icon.status()).toBe(200);
    // An .ico starts with reserved 0 and type 1.
    expect([...(await icon.body()).subarray(0, 4)]).toEqual([0, 0, 1, 0]);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('e2e: task pane in chromium on a stub office.js', () => {
  it('checks live, shows the wrong total and selects its cell in Excel', async () => {
    const { page, problems } = await openPage();
    await page.addInitScript((wb) => {
      (window as unknown as StubbedWindow).__ESEP_WORKBOOK__ = wb;
    }, seed);
    await page.goto(`${server.url}taskpane.html?tab=check`);
    await page.getByText('No problems found').waitFor();
    await page.screenshot({ path: join(out, 'taskpane-clean.png') });

    await page.evaluate(
      (cell) => (window as unknown as StubbedWindow).__fake.edit('Смета', cell, 90000),
      directorTotal,
    );
    const issue = page.locator(`[data-issue-cell="${directorTotal}"][data-rule="estimate.line.amount"]`);
    await issue.waitFor();
    await page.screenshot({ path: join(out, 'taskpane-issue.png') });

    await issue.click();
    await page.waitForFunction(
      (cell) => (window as unknown as StubbedWindow).__fake.selection?.address === cell,
      directorTotal,
    );
    const selection = await page.evaluate(() => (window as unknown as StubbedWindow).__fake.selection);
    expect(selection).toEqual({ sheet: 'Смета', address: directorTotal });
    // The status column (J) is written only on demand; the user's wrong total is left as typed.
    const row = seedLayout().rowOf('Жоба директоры') - 1;
    const cells = (r: number) =>
      page.evaluate(
        (rr) => (window as unknown as StubbedWindow).__fake.sheets[0]?.cells[rr]?.slice(5, 10),
        r,
      );
    expect((await cells(row))?.[4]).toBeUndefined();
    await page.getByRole('button', { name: 'Mark status column' }).click();
    await page.getByText(/Status column marked/).waitFor();
    expect((await cells(row))?.[0]).toEqual({ value: 90000 });
    expect(String((await cells(row))?.[4]?.value)).toMatch(/^✗/);
    await page.screenshot({ path: join(out, 'taskpane-selected.png') });
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('inserts the protected estimate, shows a wrong total, and leaves the status column until asked', async () => {
    const { page, problems } = await openPage();
    await page.addInitScript(
      (wb) => {
        (window as unknown as StubbedWindow).__ESEP_WORKBOOK__ = wb;
      },
      { file: 'Book1', sheets: [{ name: 'Sheet1', origin: 'A1', cells: [], merges: [] }], names: [] },
    );
    await page.goto(`${server.url}taskpane.html?tab=forms`);
    await page.getByRole('button', { name: 'Insert: Example: a filled budget estimate' }).click();
    await page.getByText('No problems found').waitFor();
    const statusColumn = () =>
      page.evaluate(() => {
        const sheet = (window as unknown as StubbedWindow).__fake.sheets.find((s) => s.name === 'Смета')!;
        return JSON.stringify(sheet.cells.map((row) => row?.[9] ?? null));
      });
    expect(await page.evaluate(() => (window as unknown as StubbedWindow).__fake.sheets[1]?.protected)).toBe(
      true,
    );
    const before = await statusColumn();
    // The total is a locked formula: the user unprotects the sheet (no password) and types over it.
    await page.evaluate((cell) => {
      const f = (window as unknown as StubbedWindow).__fake;
      f.sheets[1]!.protected = false;
      f.edit('Смета', cell, 90000);
    }, exampleTotal);
    const issue = page.locator(`[data-issue-cell="${exampleTotal}"][data-rule="estimate.line.amount"]`);
    await issue.waitFor();
    await page.screenshot({ path: join(out, 'taskpane-protected-issue.png') });
    expect(await statusColumn()).toBe(before);
    await page.evaluate(() => void ((window as unknown as StubbedWindow).__fake.sheets[1]!.protected = true));
    await page.getByRole('button', { name: 'Mark status column' }).click();
    await page.getByText(/Status column marked/).waitFor();
    const row = Number(exampleTotal.replace(/^[A-Z]+/, '')) - 1;
    const marked = JSON.parse(await statusColumn()) as ({ value: string } | null)[];
    expect(marked[row]?.value).toMatch(/^✗/);
    // Only unlocked status cells were written: J5 (under the merged header) stays empty.
    expect(marked[4]).toBeNull();
    await page.screenshot({ path: join(out, 'taskpane-protected-marked.png') });
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('says what to do when office.js cannot load, instead of a blank pane', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.route('https://appsforoffice.microsoft.com/**', (route) => route.abort());
    await page.goto(`${server.url}taskpane.html`);
    await page.getByText(/Office \(office\.js\) could not be loaded/).waitFor();
    expect(await page.getByRole('link', { name: 'Open the preview' }).getAttribute('href')).toBe(
      'preview.html',
    );
    await page.screenshot({ path: join(out, 'taskpane-no-office.png') });
    await context.close();
  });

  it('compares picked workbooks in a Web Worker and writes sheets with charts to Excel', async () => {
    const { page, problems } = await openPage();
    await page.addInitScript((wb) => {
      (window as unknown as StubbedWindow).__ESEP_WORKBOOK__ = wb;
    }, seed);
    await page.goto(`${server.url}taskpane.html?tab=portfolio`);
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    // As the analyst does it: the button opens the browser's file picker.
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose workbooks' }).click();
    await (await chooser).setFiles(await portfolioFiles());
    await page.getByText('2 grants compared, 1 file unreadable').waitFor();
    expect(workers).toEqual(await poolWorkers(page, 3));
    // They ran under their own policy (a test below shows what that policy stops).
    expect(await responseHeader(workers[0]!, 'Content-Security-Policy')).toBe(WORKER_CSP.policy);
    expect(await page.getByRole('table', { name: 'Portfolio' }).getByRole('row').count()).toBe(3);
    await page.getByText(/bad\.xlsx: not an \.xlsx workbook/).waitFor();
    const before = await page.evaluate(() =>
      JSON.stringify((window as unknown as StubbedWindow).__fake.sheets[0]?.snapshot()),
    );
    await page.getByRole('button', { name: 'Write to workbook' }).click();
    await page.getByText('Added sheets: Esep Grants, Esep Groups, Esep Outliers').waitFor();
    await page.screenshot({ path: join(out, 'taskpane-portfolio.png') });
    const sheets = await page.evaluate(() =>
      (window as unknown as StubbedWindow).__fake.sheets.map((s) => ({
        name: s.name,
        charts: s.charts.map((c) => c.source),
        cells: JSON.stringify(s.snapshot()),
      })),
    );
    expect(sheets.map((s) => s.name)).toEqual(['Смета', 'Esep Grants', 'Esep Groups', 'Esep Outliers']);
    expect(sheets[0]?.cells).toBe(before);
    expect(sheets[1]?.charts).toEqual(["'Esep Grants'!A1:B3"]);
    expect(sheets[2]?.charts).toHaveLength(1);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("the portfolio worker's policy stops fetch, XHR, the Cache API and imports to another origin", async () => {
    const { page } = await openPage();
    await page.goto(`${server.url}taskpane.html?tab=portfolio`);
    const away = await recordingServer();
    const probe = (script: string) =>
      page.evaluate(
        ([script, url]) =>
          new Promise<void>((done) => {
            const w = new Worker(script!);
            w.onmessage = () => done();
            w.postMessage(url);
          }),
        [script, away.url],
      );
    await probe('/probe-worker-policy.js');
    expect(away.hits).toEqual([]);
    // The same worker without the policy reaches it every way: the policy is what stops it.
    await probe('/probe-worker-open.js');
    expect(away.hits.sort()).toEqual(['/cache', '/fetch', '/import.js', '/xhr']);
    away.hits.length = 0;
    // The portfolio worker itself, started as the pane starts it and left waiting: no network API
    // is left on it, and an import() (which no code can take away) reaches nothing.
    const script = readdirSync(dist).find((f) => /^portfolio-worker\.[0-9a-f]+\.js$/.test(f))!;
    const started = page.waitForEvent('worker');
    await page.evaluate((s) => void ((window as unknown as { held: Worker }).held = new Worker(s)), script);
    const worker = await started;
    // Strings, not functions: the test's compiled code would turn import() into require().
    // Its code (chunks first, then the scope emptied) runs once it has loaded: wait for that.
    for (let i = 0; i < 100 && (await worker.evaluate('typeof fetch')) !== 'undefined'; i++)
      await page.waitForTimeout(50);
    expect(await worker.evaluate('typeof fetch + typeof WorkerGlobalScope.prototype.fetch')).toBe(
      'undefinedundefined',
    );
    expect(await worker.evaluate('[typeof XMLHttpRequest, typeof caches, typeof importScripts]')).toEqual([
      'undefined',
      'undefined',
      'undefined',
    ]);
    expect(
      await worker.evaluate(
        `import(${JSON.stringify(`${away.url}import.js`)}).then(() => 'reached', () => 'refused')`,
      ),
    ).toBe('refused');
    expect(away.hits).toEqual([]);
    await away.close();
    await page.context().close();
  });

  it('spreads a larger portfolio over a pool of Web Workers sized by the cores, keeping the picked order', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${server.url}taskpane.html?tab=portfolio`);
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    const once = await portfolioFiles();
    const picked = [0, 1, 2, 3].flatMap((copy) => once.map((f) => ({ ...f, name: `p${copy}-${f.name}` })));
    await page.getByTestId('choose-files').setInputFiles(picked);
    await page.getByText('8 grants compared, 4 files unreadable').waitFor();
    expect(workers).toEqual(await poolWorkers(page, picked.length));
    // Outcomes come back from several workers; the report lists them in the order picked.
    const grants = picked.filter((f) => !f.name.endsWith('bad.xlsx')).map((f) => f.name);
    const rows = await page.getByRole('table', { name: 'Portfolio' }).getByRole('row').allInnerTexts();
    expect(rows.slice(1).map((r) => grants.find((g) => r.includes(g)))).toEqual(grants);
    const unreadable = await page
      .getByRole('region', { name: 'Files that could not be read' })
      .getByRole('listitem')
      .allInnerTexts();
    expect(unreadable.map((u) => u.slice(0, u.indexOf(':')))).toEqual([
      'p0-bad.xlsx',
      'p1-bad.xlsx',
      'p2-bad.xlsx',
      'p3-bad.xlsx',
    ]);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('e2e: preview in chromium', () => {
  it('opens an .xlsx from disk and checks it', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${server.url}preview.html`);
    await page.getByTestId('open-file').setInputFiles({
      name: 'estimate.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await seedWithStatus(),
    });
    await page.getByText('No problems found').waitFor();
    expect(await page.locator(`td[data-cell="${directorTotal}"]`).textContent()).toBe('900000');
    // A templates' example: numbers as the workbook formats them.
    await page
      .getByTestId('open-file')
      .setInputFiles(join(root, 'templates', 'examples', 'estimate-ru.xlsx'));
    // The seed had no formats: grouped digits show that the example, with its formats, is in.
    await page.waitForFunction(() =>
      [...document.querySelectorAll('td[data-cell]')].some((td) =>
        /^\d{1,3}( \d{3})+$/.test(td.textContent ?? ''),
      ),
    );
    const shown = await page.locator('td[data-cell]').allTextContents();
    expect(shown.filter((text) => /^\d{5,}$/.test(text))).toEqual([]);
    await page.screenshot({ path: join(out, 'preview-file.png') });
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('says why a file it cannot open is not a workbook', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${server.url}preview.html`);
    await page.getByTestId('open-file').setInputFiles({
      name: 'secret.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: compoundFile('EncryptionInfo'),
    });
    await page
      .getByText('secret.xlsx: the workbook is password-protected; remove the password and save it again')
      .waitFor();
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('inserts a form, takes a wrong total, and highlights the cell of the issue', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${server.url}preview.html`);
    await page.getByRole('tab', { name: 'Forms' }).click();
    await page.getByRole('button', { name: 'Insert: Example: a filled budget estimate' }).click();
    await page.getByText('No problems found').waitFor();
    await page.locator(`td[data-cell="${exampleTotal}"]`).waitFor();
    await page.screenshot({ path: join(out, 'preview-form.png') });

    await page.locator(`td[data-cell="${exampleTotal}"]`).click();
    const editor = page.getByTestId('cell-editor');
    await editor.fill('90000');
    await editor.press('Enter');
    const issue = page.locator(`[data-issue-cell="${exampleTotal}"][data-rule="estimate.line.amount"]`);
    await issue.waitFor();
    await page.locator('td[data-cell="A1"]').click();
    await page.screenshot({ path: join(out, 'preview-issue.png') });

    await issue.click();
    await page.locator(`td[data-cell="${exampleTotal}"][aria-selected="true"]`).waitFor();
    expect(await page.locator('td[aria-selected="true"]').count()).toBe(1);
    await page.screenshot({ path: join(out, 'preview-selected.png') });
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('imports a Word application: what it holds, then the inserted sheets with their issues', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${server.url}preview.html`);
    await page.getByRole('tab', { name: 'Forms' }).click();
    // A social tax that the salaries do not give: it stays wrong in the template, so the live check sees it.
    await page.getByTestId('import-word').setInputFiles({
      name: 'application.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: Buffer.from(docxBytes(applicationKk(chargeChanged('Әлеументтік салық', 30000)))),
    });
    await page.getByText(/Found: Budget estimate \(Table 2\)/).waitFor();
    await page.getByText(/Table 2!F\d+: Social tax/).waitFor();
    await page.screenshot({ path: join(out, 'preview-word-found.png') });
    await page.getByRole('button', { name: 'Insert the filled sheets' }).click();
    await page.locator('[data-rule="estimate.payroll.social-tax"]').first().waitFor();
    await page.screenshot({ path: join(out, 'preview-word-inserted.png') });
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('compares two picked workbooks and adds the tables to the previewed workbook', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${server.url}preview.html`);
    await page.getByRole('tab', { name: 'Portfolio' }).click();
    await page.getByTestId('choose-files').setInputFiles((await portfolioFiles()).slice(0, 2));
    await page.getByText('2 grants compared').waitFor();
    await page.getByText(/preview adds the tables only/).waitFor();
    await page.getByRole('button', { name: 'Write to workbook' }).click();
    await page.getByText('Added sheets: Esep Grants, Esep Groups, Esep Outliers').waitFor();
    await page.screenshot({ path: join(out, 'preview-portfolio.png') });
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

/** The seed with the director's total typed wrong: the Check tab has an issue to show. */
function seedWithMistake(): WorkbookGrid {
  const wb = structuredClone(seed);
  const row = seedLayout().rowOf('Жоба директоры') - 1;
  wb.sheets[0]!.cells[row]![5] = { value: 90000 };
  return wb;
}

const LOCALES = { en: 'en-US', kk: 'kk-KZ', ru: 'ru-RU' } as const;
/** Office's dark theme paints the task pane this colour. */
const OFFICE_DARK = '#262626';
const TABS = ['forms', 'check', 'portfolio', 'settings'] as const;

/** The task pane in Office at a width, in a display language and theme, with a mistake to show. */
async function openPane(
  lang: keyof typeof LOCALES,
  dark: boolean,
  viewport: { width: number; height: number },
  deviceScaleFactor = 1,
) {
  const opened = await openPage(viewport, deviceScaleFactor);
  await opened.page.addInitScript(
    ({ wb, locale, background }) => {
      const w = window as unknown as StubbedWindow;
      w.__ESEP_WORKBOOK__ = wb;
      w.__ESEP_DISPLAY_LANGUAGE__ = locale;
      w.__ESEP_OFFICE_BACKGROUND__ = background;
    },
    { wb: seedWithMistake(), locale: LOCALES[lang], background: dark ? OFFICE_DARK : '#ffffff' },
  );
  await opened.page.goto(`${server.url}taskpane.html?tab=check`);
  await opened.page.locator('[data-issue-cell]').first().waitFor();
  return opened;
}

/** Shows a tab by its position (names differ by language) and waits for what it shows. */
async function showTab(
  page: Page,
  tab: (typeof TABS)[number],
  files: Awaited<ReturnType<typeof portfolioFiles>>,
) {
  await page.getByRole('tab').nth(TABS.indexOf(tab)).click();
  if (tab === 'forms') await page.locator('[data-testid="form-insert"]').first().waitFor();
  if (tab === 'check') await page.locator('[data-issue-cell]').first().waitFor();
  if (tab === 'settings') await page.getByRole('combobox').first().waitFor();
  // The grants show as a table or, in a narrow pane, as cards.
  if (tab === 'portfolio' && (await page.locator('[data-layout]').count()) === 0) {
    await page.getByTestId('choose-files').setInputFiles(files);
    await page.locator('[data-layout]').waitFor();
  }
}

describe('e2e: accessibility (axe-core, keyboard, reflow, themes)', () => {
  // Many pages in three languages and two themes: minutes on a busy machine.
  jest.setTimeout(900_000);

  it("has no serious or critical violation on the pane's four tabs in kk, ru, en, light and dark, and reflows at 320 px", async () => {
    const files = await portfolioFiles();
    const found: (Finding & { where: string })[] = [];
    const sideways: string[] = [];
    const runs = [
      ...(['en', 'kk', 'ru'] as const).flatMap((lang) =>
        [false, true].map((dark) => ({ lang, dark, width: 320 })),
      ),
      { lang: 'en' as const, dark: false, width: 1280 },
    ];
    for (const { lang, dark, width } of runs) {
      const { page, problems } = await openPane(lang, dark, { width, height: 900 });
      for (const tab of TABS) {
        await showTab(page, tab, files);
        const where = `${lang} ${dark ? 'dark' : 'light'} ${width}px ${tab}`;
        found.push(...(await seriousViolations(page)).map((f) => ({ ...f, where })));
        if ((await sidewaysScroll(page)) > 0) sideways.push(where);
        if (width === 320)
          await page.screenshot({
            path: join(out, `a11y-pane-320-${lang}-${dark ? 'dark' : 'light'}-${tab}.png`),
            fullPage: true,
          });
      }
      expect(problems).toEqual([]);
      await page.context().close();
    }
    expect(found).toEqual([]);
    expect(sideways).toEqual([]);
  });

  it('works at 200 % zoom (a 350 px pane is 175 CSS px): tabs wrap, nothing scrolls sideways, the page is themed', async () => {
    const files = await portfolioFiles();
    const sideways: string[] = [];
    for (const lang of ['en', 'kk', 'ru'] as const) {
      for (const dark of [false, true]) {
        const { page } = await openPane(lang, dark, { width: 175, height: 450 }, 2);
        for (const tab of TABS) {
          await showTab(page, tab, files);
          if ((await sidewaysScroll(page)) > 0) sideways.push(`${lang} ${dark ? 'dark' : 'light'} ${tab}`);
          await page.screenshot({
            path: join(out, `a11y-pane-200pc-${lang}-${dark ? 'dark' : 'light'}-${tab}.png`),
            fullPage: true,
          });
        }
        // Every tab is on screen, whatever the language.
        for (const box of await Promise.all((await page.getByRole('tab').all()).map((t) => t.boundingBox())))
          expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= 175).toBe(true);
        // Office's dark theme reaches the whole page, not only the content box.
        const body = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        expect(body === 'rgb(255, 255, 255)').toBe(!dark);
        await page.context().close();
      }
    }
    expect(sideways).toEqual([]);
  });

  it('shows the portfolio as cards at 320 px and 200 % zoom, as a table when wider, no word broken in kk and ru', async () => {
    // A real file name is long and has no spaces: it may break after "_" or ".", not inside a word.
    const files = await portfolioFiles();
    files[1] = { ...files[1]!, name: 'Жастар_орталығы_өтінім_2025_қорытынды.xlsx' };
    const found: (Finding & { where: string })[] = [];
    const problems: string[] = [];
    const sizes = [
      { width: 320, scale: 1, layout: 'cards', name: '320' },
      { width: 175, scale: 2, layout: 'cards', name: '200pc' },
      { width: 480, scale: 1, layout: 'table', name: '480' },
    ];
    for (const lang of ['kk', 'ru'] as const) {
      for (const { width, scale, layout, name } of sizes) {
        const where = `${lang} ${name}`;
        const { page, problems: errors } = await openPane(lang, false, { width, height: 700 }, scale);
        await showTab(page, 'portfolio', files);
        const shown = await page.locator('[data-layout]').getAttribute('data-layout');
        if (shown !== layout) problems.push(`${where}: ${shown} instead of ${layout}`);
        const broken = await brokenWords(page, '[data-layout] :is(th, td:first-child, h2, dt)');
        if (broken.length) problems.push(`${where}: broken ${broken.join(', ')}`);
        if ((await sidewaysScroll(page)) > 0) problems.push(`${where}: the page scrolls sideways`);
        found.push(...(await seriousViolations(page)).map((f) => ({ ...f, where })));
        await page.screenshot({ path: join(out, `a11y-portfolio-${name}-${lang}.png`), fullPage: true });
        problems.push(...errors);
        await page.context().close();
      }
    }
    expect(problems).toEqual([]);
    expect(found).toEqual([]);
  });

  it('can be used from the keyboard alone: every control is reached and an issue selects its cell', async () => {
    const { page, problems } = await openPane('en', false, { width: 350, height: 900 });
    /** Tabs forward from the page start and names each control focused, until focus comes round. */
    const walk = async () => {
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      const reached: string[] = [];
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate(() => document.activeElement === document.body)) break;
        // Role and accessible name as assistive technology gets them: '- button "Check now"'.
        const line = (await page.locator(':focus').ariaSnapshot()).split('\n')[0]!;
        // YAML quotes the line when the name holds quotes or colons: - 'button "Insert: …"': Insert.
        const name = line.replace(/^- /, '').replace(/^'(.*)'(?=:|$)/, '$1');
        if (reached.includes(name)) break;
        reached.push(name);
      }
      return reached;
    };
    // Check: the tab list is one stop (the selected tab), then the button and every issue.
    const check = await walk();
    expect(check[0]).toMatch(/^tab "Check"/);
    expect(check).toContain('button "Check now"');
    const issues = await page.locator('[data-issue-cell]').count();
    expect({ check, issues: check.filter((c) => /^button "F\d+/.test(c)).length }).toEqual({ check, issues });
    // Arrow keys move along the tabs and select them; each panel's controls are then reached.
    const expected = {
      Forms: /^button "Insert: /,
      Portfolio: /^button "Choose workbooks"/,
      Settings: /^combobox "Language"/,
    } as const;
    for (const [tab, control] of Object.entries(expected)) {
      await page.getByRole('tab', { name: 'Check' }).focus();
      const target = page.getByRole('tab', { name: tab });
      for (let i = 0; i < 4 && !(await target.evaluate((el) => el === document.activeElement)); i++)
        await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      await page.getByRole('tab', { name: tab, selected: true }).waitFor();
      if (tab === 'Forms') await page.locator('[data-testid="form-insert"]').first().waitFor();
      expect({ tab, reached: await walk() }).toEqual({
        tab,
        reached: expect.arrayContaining([expect.stringMatching(control)]),
      });
    }
    // Back on Check: Enter on an issue selects its cell in Excel.
    await page.getByRole('tab', { name: 'Forms' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    const issue = page.locator(`[data-issue-cell="${directorTotal}"][data-rule="estimate.line.amount"]`);
    await issue.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (cell) => (window as unknown as StubbedWindow).__fake.selection?.address === cell,
      directorTotal,
    );
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('keeps keyboard focus on a busy button and moves it to the Check panel after inserting a form', async () => {
    // In the preview: the fake Excel behind the stub cannot decode a form to insert.
    const { page, problems } = await openPage({ width: 1280, height: 900 });
    await page.goto(`${server.url}preview.html`);
    await page.getByRole('tab', { name: 'Forms' }).click();
    const insert = page.locator('[data-testid="form-insert"]').first();
    await insert.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('tab', { name: 'Check', selected: true }).waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'tabpanel');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Check');
    // Check now, pressed from the keyboard, keeps focus through the check.
    const checkNow = page.getByRole('button', { name: 'Check now' });
    await checkNow.focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Check now');
    await page
      .getByRole('status')
      .filter({ hasText: /problems? found|No problems/ })
      .waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Check now');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('the preview with an example has no serious or critical violation at 1280 and 320 px, reflows, and is a keyboard grid', async () => {
    const found: (Finding & { where: string })[] = [];
    for (const width of [1280, 320]) {
      const { page, problems } = await openPage({ width, height: 900 });
      await page.goto(`${server.url}preview.html`);
      await page
        .getByTestId('open-file')
        .setInputFiles(join(root, 'templates', 'examples', 'with-mistakes.xlsx'));
      await page.locator('[data-issue-cell]').first().waitFor();
      found.push(...(await seriousViolations(page)).map((f) => ({ ...f, where: `preview ${width}px` })));
      expect(await sidewaysScroll(page)).toBe(0);
      await page.screenshot({ path: join(out, `a11y-preview-${width}.png`), fullPage: width === 320 });

      // Keyboard: into the grid, along it, Enter edits, Escape returns.
      const grid = page.getByRole('grid');
      await grid.locator('[tabindex="0"]').focus();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowRight');
      expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.cell)).toBe('B2');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
        'cell-editor',
      );
      await page.keyboard.press('Escape');
      expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.cell)).toBe('B2');
      // A problem cell: marked, described by its message.
      const cell = await page.locator('[data-issue-cell]').first().getAttribute('data-issue-cell');
      const marked = page.locator(`td[data-cell="${cell}"]`);
      expect(await marked.getAttribute('aria-describedby')).toBeTruthy();
      found.push(
        ...(await seriousViolations(page)).map((f) => ({ ...f, where: `preview ${width}px editing` })),
      );
      expect(problems).toEqual([]);
      await page.context().close();
    }
    expect(found).toEqual([]);
  });

  it('keeps the selected cell visible in forced colours and themes the whole preview in dark mode', async () => {
    const { page } = await openPage({ width: 1280, height: 800 });
    await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
    await page.goto(`${server.url}preview.html`);
    await page
      .getByTestId('open-file')
      .setInputFiles(join(root, 'templates', 'examples', 'with-mistakes.xlsx'));
    const first = page.locator('[data-issue-cell]').first();
    await first.waitFor();
    await first.click();
    const selected = page.locator('td[aria-selected="true"]');
    await selected.waitFor();
    const style = await selected.evaluate((el) => {
      const s = getComputedStyle(el);
      return { outline: s.outlineStyle, width: s.outlineWidth };
    });
    expect(style).toEqual({ outline: 'solid', width: '3px' });
    await page.screenshot({ path: join(out, 'a11y-preview-forced-colors.png') });
    await page.emulateMedia({ forcedColors: 'none', colorScheme: 'dark' });
    await page.screenshot({ path: join(out, 'a11y-preview-dark.png') });
    await page.context().close();
  });
});
