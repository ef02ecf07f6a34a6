import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { CheckReportSchema } from '../../engine/model/issue';
import {
  compoundFile,
  docxFile,
  odsFile,
  withHiddenBombs,
  withLyingSheet,
  withMerges,
  withStrayCell,
} from '../fixtures/hostile';
import { runCli } from './run-cli';

/**
 * `esep check` on hostile and odd files: each ends quickly with a coded, named reason (exit 2)
 * or is read, and the other files' results are intact.
 */

const EXAMPLE = 'templates/examples/estimate-kk.xlsx';
const SHEET = 'xl/worksheets/sheet1.xml';
let dir: string;
let good: Buffer;
const at = (name: string) => join(dir, name);

type Checked = {
  file: string;
  error?: string;
  errorCode?: string;
  forms: unknown[];
  issues: { rule: string; cell: string }[];
};

async function check(...files: string[]) {
  const started = Date.now();
  const r = await runCli(['check', ...files, '--json']);
  const seconds = (Date.now() - started) / 1000;
  const json = JSON.parse(r.stdout) as { files: Checked[] };
  CheckReportSchema.parse(json);
  return { ...r, seconds, files: json.files };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'esep-hostile-'));
  good = readFileSync(EXAMPLE);
  writeFileSync(at('good.xlsx'), good);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('esep check on hostile files', () => {
  it('reports a folder and a pipe among the inputs as such, and still checks the others', async () => {
    mkdirSync(at('folder.xlsx'));
    execFileSync('mkfifo', [at('pipe.xlsx')]);
    const r = await check(at('folder.xlsx'), at('good.xlsx'), at('pipe.xlsx'));
    expect(r.code).toBe(2);
    expect(r.files.map((f) => f.errorCode)).toEqual(['not-a-file', undefined, 'not-a-file']);
    expect(r.files[0]!.error).toBe(
      `${at('folder.xlsx')}: a folder, not a file: use esep portfolio FOLDER to check the workbooks in it`,
    );
    expect(r.files[2]!.error).toBe(`${at('pipe.xlsx')}: not a file (a folder or a device)`);
    expect(r.files[1]!.issues).toEqual((await check(at('good.xlsx'))).files[0]!.issues);
    expect(r.seconds).toBeLessThan(20);
  });

  it.each([
    ['kk', 'esep portfolio ҚАЛТА'],
    ['ru', 'esep portfolio ПАПКА'],
    ['en', 'esep portfolio FOLDER'],
  ])('points from a folder to esep portfolio (--lang %s)', async (lang, hint) => {
    mkdirSync(at(`grants-${lang}`));
    writeFileSync(join(at(`grants-${lang}`), 'a.xlsx'), good);
    const r = await runCli(['check', at(`grants-${lang}`), '--lang', lang]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(hint);
  });

  it('never inflates entries hidden from the central directory', async () => {
    writeFileSync(at('hidden.xlsx'), withHiddenBombs(good, 4));
    const r = await check(at('hidden.xlsx'));
    expect(r.files[0]!.error).toBeUndefined();
    expect(r.files[0]!.issues).toEqual((await check(at('good.xlsx'))).files[0]!.issues);
    expect(r.seconds).toBeLessThan(20);
  });

  it('refuses a sheet that inflates beyond its declared size, naming file and part', async () => {
    writeFileSync(at('liar.xlsx'), withLyingSheet(good, SHEET));
    const r = await check(at('liar.xlsx'), at('good.xlsx'));
    expect(r.code).toBe(2);
    expect(r.files[0]).toMatchObject({
      errorCode: 'zip-bomb',
      error: `${at('liar.xlsx')}: refused as a zip bomb: ${SHEET} inflates beyond its declared 4000 B`,
    });
    expect(r.files[1]!.error).toBeUndefined();
    expect(r.seconds).toBeLessThan(20);
  });

  it('reads a workbook with a merge down to the last row, and stray cells far away, as without them', async () => {
    const plain = (await check(at('good.xlsx'))).files[0]!;
    writeFileSync(at('merge.xlsx'), withMerges(good, SHEET, ['K1:Z1048576']));
    writeFileSync(
      at('stray.xlsx'),
      withStrayCell(withStrayCell(good, SHEET, 'XFD1048576', 1), SHEET, 'Z400000', 2),
    );
    const r = await check(at('merge.xlsx'), at('stray.xlsx'));
    for (const f of r.files) {
      expect(f.error).toBeUndefined();
      expect(f.issues).toEqual(plain.issues);
    }
    expect(r.seconds).toBeLessThan(30);
  });

  it('names encrypted workbooks, old .xls and .ods for what they are; reads a .docx named .xlsx as Word', async () => {
    writeFileSync(at('secret.xlsx'), compoundFile('EncryptionInfo'));
    writeFileSync(at('old.xlsx'), compoundFile('Workbook'));
    writeFileSync(at('calc.xlsx'), odsFile());
    writeFileSync(at('letter.xlsx'), docxFile());
    const r = await check(at('secret.xlsx'), at('old.xlsx'), at('calc.xlsx'), at('letter.xlsx'));
    expect(r.code).toBe(2);
    expect(r.files.map((f) => [f.errorCode, f.error?.slice(dir.length + 1)])).toEqual([
      ['encrypted', 'secret.xlsx: the workbook is password-protected; remove the password and save it again'],
      ['legacy-xls', 'old.xlsx: an old .xls workbook; save it from Excel as .xlsx'],
      [
        'not-xlsx',
        'calc.xlsx: not an .xlsx workbook but an OpenDocument spreadsheet (.ods); save it from Excel as .xlsx',
      ],
      // Told apart by content: a Word document, read as one (this one holds no form).
      [undefined, undefined],
    ]);
    expect(r.files[3]!.forms).toEqual([]);
  });

  it('says why in the language asked for', async () => {
    const r = await runCli(['check', at('secret.xlsx'), '--json', '--lang', 'kk']);
    expect(JSON.parse(r.stdout).files[0].error).toMatch(/құпиясөзбен қорғалған/);
    const text = await runCli(['check', at('secret.xlsx'), '--lang', 'ru']);
    expect(text.stdout).toMatch(/книга защищена паролем; снимите пароль/);
    expect(text.code).toBe(2);
  });

  it('reports a number too large for a grant as an invalid value, readably', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(good as unknown as ExcelJS.Buffer);
    wb.worksheets[0]!.getCell('D8').value = 1e308;
    writeFileSync(at('huge.xlsx'), Buffer.from(await wb.xlsx.writeBuffer()));
    const r = await check(at('huge.xlsx'));
    const issue = r.files[0]!.issues.find((i) => i.cell === 'D8');
    expect(issue).toMatchObject({ rule: 'estimate.value.invalid', actual: '1e+308' });
    expect(r.stdout).not.toMatch(/Infinity|undefined/);
  });

  it('escapes control characters in what it prints on a terminal', async () => {
    const name = at('bad\u001b[2Jname.xlsx');
    writeFileSync(name, 'plain text');
    const r = await runCli(['check', name]);
    expect(r.stdout).toContain('bad\\x1b[2Jname.xlsx');
    expect(r.stdout).not.toContain('\u001b');
  });

  it('refuses bad usage with a message: --year out of range, --profile not a profile', async () => {
    const year = await runCli(['check', at('good.xlsx'), '--year', '0000']);
    expect([year.code, year.stderr]).toEqual([
      2,
      expect.stringMatching(/--year takes a year from 2000 to 2100/),
    ]);
    const proto = await runCli(['check', at('good.xlsx'), '--profile', '__proto__']);
    expect([proto.code, proto.stderr]).toEqual([
      2,
      expect.stringMatching(/--profile __proto__: no such built-in/),
    ]);
    const started = Date.now();
    const zero = await runCli(['check', at('good.xlsx'), '--profile', '/dev/zero']);
    expect([zero.code, zero.stderr]).toEqual([
      2,
      expect.stringMatching(/--profile \/dev\/zero: not a regular file/),
    ]);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
