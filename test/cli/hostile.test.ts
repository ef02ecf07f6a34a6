import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { CheckReportSchema } from '../../engine/model/issue';
import { PortfolioJsonSchema } from '../../engine/model/portfolio';
import {
  compoundFile,
  docxFile,
  editEntry,
  minimalXlsx,
  odsFile,
  sheetXml,
  withHiddenBombs,
  withLyingSheet,
  withMerges,
  withPartsRenamed,
  withSheet,
  withStrayCell,
  withoutParts,
} from '../fixtures/hostile';
import { makeZip, unzipEntries } from '../fixtures/zip';
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
const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

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

  it('reads a workbook with a merge down to the last row, bad merges, and stray cells far away, as without them', async () => {
    const plain = (await check(at('good.xlsx'))).files[0]!;
    writeFileSync(at('merge.xlsx'), withMerges(good, SHEET, ['K1:Z1048576', 'nonsense', 'B2:A1']));
    writeFileSync(
      at('stray.xlsx'),
      withStrayCell(withStrayCell(good, SHEET, 'XFD1048576', 1), SHEET, 'Z400000', 2),
    );
    const far =
      '<row r="400000"><c r="Z400000"><v>2</v></c></row><row r="1048576"><c r="XFD1048576"><v>1</v></c></row>';
    writeFileSync(at('stray-second.xlsx'), withSheet(good, 'Second', sheetXml(far)));
    const r = await check(at('merge.xlsx'), at('stray.xlsx'), at('stray-second.xlsx'));
    expect(r.files).toHaveLength(3);
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
      // Told apart by content: a Word document, read as one; it holds no form.
      [
        'no-form',
        'letter.xlsx: no form recognised (no budget estimate, monitoring plan or social-impact table was found)',
      ],
    ]);
  });

  it('names a zip missing its workbook or shared strings; finds parts through the relationships, whatever their names', async () => {
    writeFileSync(at('no-book.xlsx'), withoutParts(good, 'xl/workbook.xml'));
    writeFileSync(at('no-strings.xlsx'), withoutParts(good, 'xl/sharedStrings.xml'));
    writeFileSync(
      at('renamed.xlsx'),
      withPartsRenamed(good, { 'xl/workbook.xml': 'xl/book.xml', [SHEET]: 'xl/data/estimate.xml' }),
    );
    const r = await check(at('no-book.xlsx'), at('no-strings.xlsx'), at('renamed.xlsx'));
    expect(r.code).toBe(2);
    expect(r.files.map((f) => f.error?.slice(dir.length + 1))).toEqual([
      'no-book.xlsx: the file is incomplete: its part xl/workbook.xml is missing; save it again from Excel',
      'no-strings.xlsx: the file is incomplete: its part xl/sharedStrings.xml is missing; save it again from Excel',
      undefined,
    ]);
    expect(r.files[2]!.issues).toEqual((await check(at('good.xlsx'))).files[0]!.issues);
  });

  it('exits 2 on a workbook holding no form, naming it, and still reports the others', async () => {
    writeFileSync(
      at('notes.xlsx'),
      minimalXlsx({ Notes: sheetXml('<row r="1"><c r="A1"><v>42</v></c></row>') }),
    );
    const r = await check(at('notes.xlsx'), at('good.xlsx'));
    expect(r.code).toBe(2);
    expect(r.files[0]).toEqual({
      file: at('notes.xlsx'),
      forms: [],
      issues: [],
      errorCode: 'no-form',
      error: `${at('notes.xlsx')}: no form recognised (no budget estimate, monitoring plan or social-impact table was found)`,
    });
    expect(r.files[1]!.forms).toEqual([{ form: 'estimate', sheet: 'Смета', range: 'A4:I32' }]);
    const text = await runCli(['check', at('notes.xlsx'), '--lang', 'ru']);
    expect([text.code, text.stdout]).toEqual([2, expect.stringMatching(/формы не найдены/)]);
  });

  it('ends quickly on a zip of 60 000 entries naming one sheet part 2 000 times', async () => {
    const entries = Array.from({ length: 60_000 }, (_, i) => ({
      name: `xl/media/${i}.bin`,
      data: Buffer.alloc(0),
      deflate: false,
    }));
    const many = makeZip([
      ...unzipEntries(withSheet(good, 'Copy', sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>'), 2000)),
      ...entries,
    ]);
    writeFileSync(at('many.xlsx'), many);
    const r = await check(at('many.xlsx'));
    expect(r.files[0]!.error).toBeUndefined();
    expect(r.files[0]!.issues).toEqual((await check(at('good.xlsx'))).files[0]!.issues);
    expect(r.seconds).toBeLessThan(30);
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
    wb.worksheets[0]!.getCell('D9').value = 123456789;
    const written = Buffer.from(await wb.xlsx.writeBuffer());
    // Beyond what a double holds: no Excel writes it, a hand-made file can.
    writeFileSync(
      at('huge.xlsx'),
      editEntry(written, SHEET, (xml) => xml.replace('<v>123456789</v>', '<v>1e999</v>')),
    );
    const r = await check(at('huge.xlsx'));
    const actual = (cell: string) => r.files[0]!.issues.find((i) => i.cell === cell);
    expect(actual('D8')).toMatchObject({ rule: 'estimate.value.invalid', actual: '1e+308' });
    expect(actual('D9')).toMatchObject({ rule: 'estimate.value.invalid', actual: '1e999' });
    expect(r.stdout).not.toMatch(/Infinity|undefined|NaN/);
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

  // Over the files the tests above wrote.
  it('esep portfolio over the same folder compares the readable ones, lists each other with its reason, and changes no file', async () => {
    const files = readdirSync(dir).filter((f) => statSync(at(f)).isFile());
    const before = files.map((f) => hash(at(f)));
    const started = Date.now();
    const r = await runCli(['portfolio', dir, '--json']);
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(r.code).toBe(0);
    const json = PortfolioJsonSchema.parse(JSON.parse(r.stdout));
    const name = (f: string) => f.slice(dir.length + 1);
    expect(json.grants.map((g) => name(g.file)).sort()).toEqual([
      'good.xlsx',
      'grants-en/a.xlsx',
      'grants-kk/a.xlsx',
      'grants-ru/a.xlsx',
      'hidden.xlsx',
      'huge.xlsx',
      'many.xlsx',
      'merge.xlsx',
      'renamed.xlsx',
      'stray-second.xlsx',
      'stray.xlsx',
    ]);
    // The same reasons as check gives; the folder and the pipe are not workbooks and are passed by.
    expect(Object.fromEntries(json.unreadable.map((u) => [name(u.file), u.code]))).toEqual({
      'bad\u001b[2Jname.xlsx': 'not-a-zip',
      'calc.xlsx': 'not-xlsx',
      'letter.xlsx': 'no-form',
      'liar.xlsx': 'zip-bomb',
      'no-book.xlsx': 'missing-part',
      'no-strings.xlsx': 'missing-part',
      'notes.xlsx': 'no-form',
      'old.xlsx': 'legacy-xls',
      'secret.xlsx': 'encrypted',
    });
    expect(r.stderr).not.toContain('\u001b');
    expect(files.map((f) => hash(at(f)))).toEqual(before);
  }, 90_000);
});
