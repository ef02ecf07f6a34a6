/**
 * End to end in real chromium (CI installs it with scripts/setup-machine.sh): the production
 * build served from 127.0.0.1, (a) the task pane on a stub office.js backed by the fake Excel,
 * (b) the preview on its file-backed host. Screenshots go to test-output/.
 * ESEP_E2E_DIST=path reuses a build instead of running webpack.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { WorkbookGrid } from '../../engine/grid/grid';
import type { FakeExcel } from '../fakes/excel';
import { readGrant } from '../../engine/check';
import { readXlsx } from '../../engine/xlsx/read-xlsx';
import { exampleEstimate } from '../../templates/examples/data';
import { estimateWorkbook } from '../../templates/workbooks';
import { grantXlsx, syntheticSpec } from '../fixtures/grant-workbook';
import { compoundFile } from '../fixtures/hostile';
import { seedLayout, seedWithStatus } from '../fixtures/seed-estimate';
import { serveDir } from './serve-dist';

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
type StubbedWindow = { __fake: FakeExcel; __ESEP_WORKBOOK__: WorkbookGrid };

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
  server = await serveDir(dist);
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

/** Two grant workbooks and a file that is not one, as the analyst picks them. */
async function portfolioFiles() {
  return [
    { name: 'g1.xlsx', mimeType: XLSX, buffer: await grantXlsx(syntheticSpec(1)) },
    { name: 'g2.xlsx', mimeType: XLSX, buffer: await grantXlsx(syntheticSpec(2)) },
    { name: 'bad.xlsx', mimeType: XLSX, buffer: Buffer.from('not a workbook') },
  ];
}

/** A page that records CSP violations and page errors, with office.js answered by the stub. */
async function openPage(): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
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
    // The status column (J) carries the finding; the user's wrong total is left as typed.
    const row = seedLayout().rowOf('Жоба директоры') - 1;
    const cells = await page.evaluate(
      (r) => (window as unknown as StubbedWindow).__fake.sheets[0]?.cells[r]?.slice(5, 10),
      row,
    );
    expect(cells?.[0]).toEqual({ value: 90000 });
    expect(String(cells?.[4]?.value)).toMatch(/^✗/);
    await page.screenshot({ path: join(out, 'taskpane-selected.png') });
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('compares picked workbooks in a Web Worker and writes sheets with charts to Excel', async () => {
    const { page, problems } = await openPage();
    await page.addInitScript((wb) => {
      (window as unknown as StubbedWindow).__ESEP_WORKBOOK__ = wb;
    }, seed);
    await page.goto(`${server.url}taskpane.html?tab=portfolio`);
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.getByLabel('Choose workbooks').setInputFiles(await portfolioFiles());
    await page.getByText('2 grants compared, 1 file unreadable').waitFor();
    expect(workers).toEqual([expect.stringMatching(/portfolio-worker\.[0-9a-f]+\.js$/)]);
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

  it('compares two picked workbooks and adds the tables to the previewed workbook', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${server.url}preview.html`);
    await page.getByRole('tab', { name: 'Portfolio' }).click();
    await page.getByLabel('Choose workbooks').setInputFiles((await portfolioFiles()).slice(0, 2));
    await page.getByText('2 grants compared').waitFor();
    await page.getByText(/preview adds the tables only/).waitFor();
    await page.getByRole('button', { name: 'Write to workbook' }).click();
    await page.getByText('Added sheets: Esep Grants, Esep Groups, Esep Outliers').waitFor();
    await page.screenshot({ path: join(out, 'preview-portfolio.png') });
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
