import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import * as z from 'zod/mini';
import { main } from '../../cli/main';
import { GrantMetricsSchema, PortfolioJsonSchema } from '../../engine/model/portfolio';
import { captureIo } from '../cli/run-cli';
import { grantXlsx, syntheticSpec } from '../fixtures/grant-workbook';
import { portfolioFolder, writeGrant } from '../fixtures/portfolio-folder';
import { deflatedRepeat, makeZip, unzipEntries } from '../fixtures/zip';

const GOOD = 6;

const { at, rel } = portfolioFolder('esep-portfolio-', async (at) => {
  for (let i = 0; i < GOOD; i++) {
    const sub = i % 2 ? 'nested' : '';
    await writeGrant(at('in', sub, `grant-${i}.xlsx`), syntheticSpec(i));
  }
  const real = await grantXlsx(syntheticSpec(99));
  writeFileSync(at('in', 'not-a-zip.xlsx'), 'this is text, not a workbook');
  writeFileSync(at('in', 'corrupt.xlsx'), real.subarray(0, real.length - 200));
  // A real workbook whose sheet inflates to a gigabyte of empty rows (1 MB on disk), declared
  // honestly: stopped at the per-entry cap.
  mkdirSync(at('bombs'));
  writeFileSync(
    at('bombs', 'bomb.xlsx'),
    makeZip(
      unzipEntries(real).map((e) =>
        e.name === 'xl/worksheets/sheet1.xml'
          ? { ...deflatedRepeat('<row r="1"></row>', 1024 ** 3), name: e.name }
          : e,
      ),
    ),
  );
  // Headers that understate: 4 MB of zeros declared as 100 bytes, caught while inflating.
  writeFileSync(
    at('in', 'liar.xlsx'),
    makeZip([{ name: '_rels/.rels', data: Buffer.alloc(4 * 1024 * 1024), declaredSize: 100 }]),
  );
  const noForm = new ExcelJS.Workbook();
  noForm.addWorksheet('Notes').getCell('A1').value = 'Just a note';
  writeFileSync(at('in', 'no-form.xlsx'), Buffer.from(await noForm.xlsx.writeBuffer()));
  writeFileSync(at('in', '~$grant-0.xlsx'), 'Excel lock file');
  writeFileSync(at('notes.txt'), 'not a workbook');
});

describe('esep portfolio', () => {
  it('compares the readable workbooks, lists the others and writes the report', async () => {
    const io = captureIo();
    const out = at('report.xlsx');
    const code = await main(['portfolio', at('in'), at('notes.txt'), '--out', out, '--json'], io);
    expect(code).toBe(0);
    const raw = JSON.parse(io.out) as { grants: object[] };
    expect(Object.keys(raw.grants[0]!)).toEqual(Object.keys(GrantMetricsSchema.shape));
    const json = z.strictObject(PortfolioJsonSchema.shape).parse(raw);
    expect(json.grants).toHaveLength(GOOD);
    expect(json.grants.map((g) => g.grantee).sort()).toEqual(
      Array.from({ length: GOOD }, (_, i) => syntheticSpec(i).grantee).sort(),
    );
    const reasons = Object.fromEntries(json.unreadable.map((u) => [rel(u.file), u.reason]));
    expect(reasons).toEqual({
      'in/corrupt.xlsx': expect.stringMatching(/^the file is damaged \(truncated/),
      'in/liar.xlsx': expect.stringMatching(/^refused as a zip bomb: _rels\/\.rels inflates beyond/),
      'in/no-form.xlsx': expect.stringMatching(/^no form recognised/),
      'in/not-a-zip.xlsx': expect.stringMatching(/^not an \.xlsx workbook/),
      'notes.txt': expect.stringMatching(/^not an \.xlsx workbook/),
    });
    expect(json.groups.filter((g) => g.by === 'year').reduce((s, g) => s + g.count, 0)).toBe(GOOD);
    expect(io.err).toContain('liar.xlsx: refused as a zip bomb');

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Grants',
      'Groups',
      'Outliers',
      'Issues',
      'Unreadable',
      'Method',
    ]);
    const grants = wb.getWorksheet('Grants')!;
    expect(grants.getTable('Grants')).toBeDefined();
    expect((grants.getRow(1).values as string[]).slice(1, 4)).toEqual(['File', 'Forms', 'Grantee']);
    expect(grants.getRow(2).getCell(2).value).toBe('estimate, social impact');
    expect(grants.rowCount).toBe(GOOD + 1);
    const issues = wb.getWorksheet('Issues')!;
    expect(issues.getRow(1).values).toEqual([
      undefined,
      'File',
      'Sheet',
      'Cell',
      'Rule',
      'Severity',
      'Message',
    ]);
    const issueCount = json.grants.reduce((s, g) => s + g.errors + g.warnings, 0);
    expect(issues.rowCount - 1).toBeGreaterThanOrEqual(issueCount);
    expect(wb.getWorksheet('Unreadable')!.rowCount).toBe(json.unreadable.length + 1);
    expect(wb.getWorksheet('Groups')!.rowCount).toBe(json.groups.length + 1);
  });

  // Inflating up to the cap takes seconds, more on a loaded machine: its own test and time.
  it('stops a bomb at the inflation cap and still compares the rest', async () => {
    const io = captureIo();
    const started = Date.now();
    const code = await main(['portfolio', at('bombs'), at('in', 'grant-0.xlsx'), '--json'], io);
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(code).toBe(0);
    const json = PortfolioJsonSchema.parse(JSON.parse(io.out));
    expect(json.grants.map((g) => g.grantee)).toEqual([syntheticSpec(0).grantee]);
    expect(json.unreadable).toEqual([
      {
        file: at('bombs', 'bomb.xlsx'),
        code: 'zip-bomb',
        params: { entry: 'xl/worksheets/sheet1.xml', limit: 256 * 1024 * 1024 },
        reason: 'refused as a zip bomb: xl/worksheets/sheet1.xml inflates beyond the limit of 256 MB',
      },
    ]);
  }, 90_000);

  it('writes the grants as CSV to stdout', async () => {
    const io = captureIo();
    expect(await main(['portfolio', at('in'), '--csv'], io)).toBe(0);
    const lines = io.out.trim().split('\n');
    expect(lines[0]).toBe(
      'file,forms,grantee,priority,region,year,total,ownContribution,grantTotal,adminShare,payrollShare,mtidShare,directShare,directBeneficiaries,costPerBeneficiary,planMetShare,errors,warnings',
    );
    expect(lines).toHaveLength(GOOD + 1);
  });

  it('puts the CSV beside the report when --json has stdout', async () => {
    const io = captureIo();
    const out = at('both.xlsx');
    expect(await main(['portfolio', at('in'), '--out', out, '--json', '--csv'], io)).toBe(0);
    expect(readFileSync(at('both.csv'), 'utf8').trim().split('\n')).toHaveLength(GOOD + 1);
  });

  it('exits 2 when nothing is readable, or on bad usage', async () => {
    const none = captureIo();
    expect(await main(['portfolio', at('notes.txt'), '--json'], none)).toBe(2);
    expect(none.err).toMatch(/no readable grant workbook/);
    const usage = captureIo();
    expect(await main(['portfolio', at('in')], usage)).toBe(2);
    expect(usage.err).toMatch(/--out REPORT\.xlsx, --json or --csv/);
    expect(await main(['portfolio', '--out', 'x.xlsx'], captureIo())).toBe(2);
    expect(await main(['portfolio', at('in'), '--json', '--csv'], captureIo())).toBe(2);
  });

  it('writes the report in Kazakh with --lang kk: no English sheet name, no camelCase header', async () => {
    const io = captureIo();
    const out = at('report-kk.xlsx');
    expect(await main(['portfolio', at('in'), '--out', out, '--lang', 'kk'], io)).toBe(0);
    expect(io.out).toBe(`${GOOD} грант салыстырылды, ауытқулар: 0, оқылмаған файлдар: 4 → ${out}\n`);

    const english = /^(Grants|Groups|Outliers|Issues|Unreadable|Method)$/;
    const camel = /[a-z][A-Z]|^[a-z]+$/;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toEqual(['Гранттар', 'Топтар', 'Ауытқулар', 'Мәселелер', 'Оқылмаған файлдар', 'Әдістеме']);
    const headersOf = (w: ExcelJS.Worksheet) => (w.getRow(1).values as unknown[]).slice(1).map(String);
    for (const w of wb.worksheets) {
      expect(w.name).not.toMatch(english);
      for (const h of headersOf(w)) expect(h).not.toMatch(camel);
    }
    const grants = wb.getWorksheet('Гранттар')!;
    expect(headersOf(grants).slice(0, 3)).toEqual(['Файл', 'Нысандар', 'Грант алушы']);
    expect(grants.getRow(2).getCell(2).value).toBe('смета, әлеуметтік әсер');
    const issues = wb.getWorksheet('Мәселелер')!;
    const severities = new Set(issues.getColumn(5).values.slice(2));
    expect([...severities].every((v) => v === 'қате' || v === 'ескерту' || v === 'ақпарат')).toBe(true);
    const method = wb.getWorksheet('Әдістеме')!;
    expect(String(method.getRow(2).getCell(2).value)).toMatch(/Excel кітабы/);

    // An independent reader sees the same names and headers.
    const script = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
print(json.dumps({ws.title: [c.value for c in ws[1]] for ws in wb.worksheets}, ensure_ascii=False))
`;
    const read = JSON.parse(
      execFileSync('/usr/bin/python3', ['-c', script, out], { encoding: 'utf8' }),
    ) as Record<string, (string | null)[]>;
    expect(Object.keys(read)).toEqual(names);
    for (const [name, headers] of Object.entries(read)) {
      expect(name).not.toMatch(english);
      for (const h of headers) expect(String(h)).not.toMatch(camel);
    }
  });
});
