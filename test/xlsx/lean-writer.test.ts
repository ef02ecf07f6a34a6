import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { type LeanSheet, writeLeanXlsx } from '../../engine/xlsx/lean-writer';
import { readXlsx } from '../../engine/xlsx/read-xlsx';
import { mustRunOrSkip, recalculate } from '../templates/helpers';

function xlsx(sheets: LeanSheet[]): Buffer {
  const chunks: Uint8Array[] = [];
  writeLeanXlsx(sheets, (c) => chunks.push(c));
  return Buffer.concat(chunks);
}

const grants: LeanSheet = {
  name: 'Гранттар',
  table: 'Grants',
  columns: [
    { header: 'Файл', width: 30 },
    { header: 'Барлығы', width: 14, format: '#,##0' },
    { header: 'Әкімшілік үлесі', width: 14, format: '0.0%' },
    { header: 'Қате', width: 8 },
  ],
  rows: [
    ['a.xlsx', 11550500, 0.268, 0],
    // A hostile grantee: a formula stays text, control characters and markup stay inert.
    ['=HYPERLINK("http://x","y")', 2000000.5, null, 3],
    ['<b>&"\u0007', Number.POSITIVE_INFINITY, 0.5, true],
  ],
};
const method: LeanSheet = {
  name: 'Әдіс',
  columns: [
    { header: 'Баған', width: 32 },
    { header: 'Қалай есептеледі', width: 120, wrap: true },
  ],
  rows: [
    ['Барлығы', 'Сметаның жалпы сомасы'],
    // White space at either end is part of the text: XML drops it unless told to keep it.
    ['  отступ', 'конец \n'],
  ],
};

describe('the streaming report writer', () => {
  let dir: string;
  let file: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'esep-lean-writer-'));
    file = join(dir, 'report.xlsx');
    writeFileSync(file, xlsx([grants, method]));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives a workbook exceljs reads with its values, formats, table and frozen header', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Гранттар', 'Әдіс']);
    const ws = wb.getWorksheet('Гранттар')!;
    expect(ws.getRow(1).values).toEqual([undefined, 'Файл', 'Барлығы', 'Әкімшілік үлесі', 'Қате']);
    expect(ws.getCell('B2').value).toBe(11550500);
    expect(ws.getCell('B2').numFmt).toBe('#,##0');
    expect(ws.getCell('C2').numFmt).toBe('0.0%');
    expect(ws.getCell('A3').value).toBe('=HYPERLINK("http://x","y")');
    expect(ws.getCell('A3').formula).toBeUndefined();
    expect(ws.getCell('A4').value).toBe('<b>&"\ufffd');
    expect(ws.getCell('B4').value).toBeNull();
    expect(ws.getCell('D4').value).toBe(true);
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getColumn(1).width).toBe(30);
    expect(wb.getWorksheet('Әдіс')!.getCell('B2').alignment).toMatchObject({ wrapText: true });
    expect(wb.getWorksheet('Әдіс')!.getCell('A3').value).toBe('  отступ');
    expect(wb.getWorksheet('Әдіс')!.getCell('B3').value).toBe('конец \n');
  });

  it('gives a workbook openpyxl opens, with the Grants table over every row', () => {
    const script = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb['Гранттар']
print(json.dumps({'tables': {n: ref for n, ref in ws.tables.items()}, 'freeze': ws.freeze_panes,
  'b2': ws['B2'].value, 'fmt': ws['C2'].number_format}))
`;
    const r = JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' }));
    expect(r).toEqual({ tables: { Grants: 'A1:D4' }, freeze: 'A2', b2: 11550500, fmt: '0.0%' });
  });

  it('is read back by the engine and opened by LibreOffice', () => {
    const grid = readXlsx(xlsx([grants]), 'report.xlsx');
    expect(grid.sheets[0]!.cells[1]!.slice(0, 4).map((c) => c?.value)).toEqual([
      'a.xlsx',
      11550500,
      0.268,
      0,
    ]);
    if (!mustRunOrSkip('lean writer in LibreOffice')) return;
    const saved = recalculate([file]).get(file)!;
    const again = readXlsx(readFileSync(saved), 'saved.xlsx');
    expect(again.sheets.map((s) => s.name)).toEqual(['Гранттар', 'Әдіс']);
    expect(again.sheets[0]!.cells[1]![1]?.value).toBe(11550500);
    expect(again.sheets[1]!.cells[2]!.map((c) => c?.value)).toEqual(['  отступ', 'конец \n']);
  }, 120_000);

  it('marks only texts with white space at an end to be kept as written (Excel trims the others)', () => {
    const sheet = strFromU8(unzipSync(xlsx([method]))['xl/worksheets/sheet1.xml']!);
    expect(sheet).toContain('<t xml:space="preserve">  отступ</t>');
    expect(sheet).toContain('<t xml:space="preserve">конец \n</t>');
    expect(sheet).toContain('<t>Барлығы</t>');
  });

  it('writes rows longer than a piece, and many pieces, whole and in order', () => {
    // Three cells of Excel's longest text in Kazakh letters (two bytes each in UTF-8) make one
    // row larger than a piece; thousands of short rows after it fill several pieces.
    const long = (c: string) => c.repeat(32767);
    const rows = [
      [long('ә'), long('ғ'), long('ү')],
      ...Array.from({ length: 5000 }, (_, i) => [`жол ${i}`, i]),
    ];
    const bytes = xlsx([{ name: 'Ұзын', columns: [{ header: 'А', width: 10 }], rows }]);
    const cells = readXlsx(bytes, 'long.xlsx').sheets[0]!.cells;
    expect(cells[1]!.map((c) => c?.value)).toEqual([long('ә'), long('ғ'), long('ү')]);
    expect(cells.slice(2).map((r) => r[1]?.value)).toEqual(Array.from({ length: 5000 }, (_, i) => i));
    expect(cells[5001]![0]?.value).toBe('жол 4999');
  });

  it('keeps a table valid when a report has no rows', async () => {
    const wb = new ExcelJS.Workbook();
    const b = xlsx([{ ...grants, rows: [] }]);
    await wb.xlsx.load(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer);
    expect(wb.getWorksheet('Гранттар')!.getCell('A1').value).toBe('Файл');
  });
});
