import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8 } from 'fflate';
import { readGrant } from '../../engine/check';
import { readDocx } from '../../engine/docx/read-docx';
import type { Estimate } from '../../engine/model/estimate';
import { readXlsx } from '../../engine/xlsx/read-xlsx';
import { runCli } from '../cli/run-cli';
import { docxBytes } from '../fixtures/docx-builder';
import { seedLayout } from '../fixtures/seed-estimate';
import { applicationKk } from '../fixtures/word-forms';
import { mutate } from '../estimate/check-helpers';
import { mustRunOrSkip, recalculate } from '../templates/helpers';

const dir = mkdtempSync(join(tmpdir(), 'esep-docx-cli-'));
const write = (name: string, bytes: Uint8Array) => {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
};

/**
 * Each item line of an estimate in order: its label (payroll charges by their role: the template
 * writes the official wording), quantity, unit cost, total and grant funds.
 */
const figures = (e: Estimate) =>
  e.lines
    .filter((l) => l.kind === 'item')
    .map((l) => [l.role ?? l.label.trim(), l.qty?.value, l.unitCost?.value, l.total.value, l.grant?.value]);

describe('esep check on Word documents', () => {
  it('reports each issue at its Table N cell in the JSON contract', async () => {
    const file = write('wrong.docx', docxBytes(applicationKk(mutate('Есепші', 7, '800 000'))));
    const { code, stdout } = await runCli(['check', file, '--json']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.files[0].forms).toEqual([expect.objectContaining({ form: 'estimate', sheet: 'Table 2' })]);
    expect(report.files[0].issues).toEqual([
      expect.objectContaining({
        rule: 'estimate.line.funding',
        sheet: 'Table 2',
        cell: seedLayout().cell('Есепші', 7),
        expected: 850000,
        actual: 800000,
      }),
    ]);
  });

  it.each([
    ['old.doc', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])],
    ['scan.pdf', strToU8('%PDF-1.4\n')],
  ])('%s is refused with "save it as .docx", exit 2', async (name, bytes) => {
    const file = write(name, bytes);
    const { code, stdout, stderr } = await runCli(['check', file, '--json']);
    expect(code).toBe(2);
    expect(JSON.parse(stdout).files[0].error).toMatch(/save it as \.docx/);
    expect(stderr).toContain(file);
  });
});

describe('esep import', () => {
  it('refuses an --out that is the document itself, and a missing --out', async () => {
    const file = write('same.docx', docxBytes(applicationKk()));
    expect((await runCli(['import', file, '--out', file])).code).toBe(2);
    const same = await runCli([
      'import',
      file,
      '--out',
      file.replace(/\.docx$/, '.xlsx').replace('same', './same'),
    ]);
    expect(same.code).toBe(0);
    const missing = await runCli(['import', file]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--out FILE\.xlsx/);
  });

  it('says what is wrong with its usage in the language asked for', async () => {
    const file = write('usage.docx', docxBytes(applicationKk()));
    const said = await Promise.all(
      (['kk', 'ru'] as const).map(async (lang) => (await runCli(['import', file, '--lang', lang])).stderr),
    );
    expect(said).toEqual([
      expect.stringContaining('import үшін --out FILE.xlsx керек'),
      expect.stringContaining('для import нужен --out FILE.xlsx'),
    ]);
    const same = await runCli(['import', file, '--out', file, '--lang', 'ru']);
    expect([same.code, same.stderr]).toEqual([2, expect.stringContaining('не импортируемым документом')]);
  });

  it('prints the check of the document first, then writes the workbook anyway (exit 1)', async () => {
    const file = write('mistake.docx', docxBytes(applicationKk(mutate('Жоба директоры', 5, '90 000'))));
    const out = join(dir, 'mistake.xlsx');
    const { code, stdout } = await runCli(['import', file, '--out', out]);
    expect(code).toBe(1);
    expect(stdout.indexOf('estimate.line.amount')).toBeGreaterThan(-1);
    expect(stdout.indexOf('estimate.line.amount')).toBeLessThan(stdout.indexOf(out));
  });

  it('the workbook holds the same figures as the document, totals by formulas, and checks clean', async () => {
    const file = write('application.docx', docxBytes(applicationKk()));
    const out = join(dir, 'grant.xlsx');
    const imported = await runCli(['import', file, '--out', out]);
    expect(imported.code).toBe(0);
    const doc = readGrant(readDocx(readFileSync(file), file)).estimates[0]!;
    const book = await readXlsx(readFileSync(out), out);
    const xlsx = readGrant(book).estimates[0]!;
    expect(figures(xlsx)).toEqual(figures(doc));
    expect(xlsx.grandTotal?.total.value).toBe(11_550_500);
    const sheet = book.sheets.find((s) => s.name === xlsx.sheet)!;
    const totalCell = xlsx.grandTotal!.total.cell;
    const m = /^([A-Z]+)(\d+)$/.exec(totalCell)!;
    const cell = sheet.cells[Number(m[2]) - 1]![m[1]!.charCodeAt(0) - 65]!;
    expect(cell.formula).toBeDefined();
    const check = await runCli(['check', out, '--json']);
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout).files[0].issues).toEqual([]);
  });

  it('LibreOffice opens the imported workbook and recalculates the same totals', async () => {
    if (!mustRunOrSkip('import: LibreOffice')) return;
    const file = write('lo.docx', docxBytes(applicationKk()));
    const out = join(dir, 'lo.xlsx');
    expect((await runCli(['import', file, '--out', out])).code).toBe(0);
    const again = recalculate([out]).get(out)!;
    const xlsx = readGrant(await readXlsx(readFileSync(again), again)).estimates[0]!;
    expect(xlsx.grandTotal?.total.value).toBe(11_550_500);
    expect((await runCli(['check', again, '--json'])).code).toBe(0);
  });
});
