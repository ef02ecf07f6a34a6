import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Grid, WorkbookGrid } from '../../engine/grid/grid';
import { UnreadableFileError } from '../../engine/unreadable/error';
import { READ_LIMITS } from '../../engine/xlsx/limits';
import { readXlsx } from '../../engine/xlsx/read-xlsx';
import { readWithExceljs } from '../fixtures/exceljs-grid';
import { grantXlsx, syntheticSpec } from '../fixtures/grant-workbook';
import { seedXlsx } from '../fixtures/seed-estimate';
import {
  minimalXlsx,
  sheetXml,
  withMerges,
  withPartsRenamed,
  withSheet,
  withoutParts,
} from '../fixtures/hostile';
import { deflatedRepeat, makeZip } from '../fixtures/zip';
import { refusal } from '../fixtures/refusal';

/** A workbook with every kind of cell the readers must agree on. */
async function richXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Смета & <данные>');
  ws.getCell('A1').value = 'Барлығы "итого" <b> & \'x\'';
  ws.getCell('B1').value = 42.5;
  ws.getCell('C1').value = true;
  ws.getCell('D1').value = { error: '#DIV/0!' } as ExcelJS.CellErrorValue;
  ws.getCell('E1').value = new Date(Date.UTC(2025, 5, 1));
  ws.getCell('F1').value = {
    richText: [{ text: 'Жалақы, ' }, { font: { bold: true }, text: 'соның ішінде' }],
  };
  ws.getCell('A2').value = { formula: 'B1*2', result: 85 };
  ws.getCell('B2').value = { formula: 'A1&"!"', result: 'text result' };
  ws.getCell('C2').value = { formula: '1/0', result: { error: '#DIV/0!' } };
  ws.getCell('D2').value = { formula: 'B1>1', result: true };
  ws.getCell('E2').value = { formula: 'B1' };
  ws.getCell('A3').value = 1;
  // exceljs writes a shared formula from these fields; its typings do not list them.
  ws.getCell('A4').value = {
    formula: 'A3+1',
    result: 2,
    shareType: 'shared',
    ref: 'A4:A6',
  } as ExcelJS.CellFormulaValue;
  ws.getCell('A5').value = { sharedFormula: 'A4', result: 3 };
  ws.getCell('A6').value = { sharedFormula: 'A4', result: 4 };
  ws.getCell('C4').value = 'merged';
  ws.mergeCells('C4:E5');
  ws.getCell('H9').value = 'far away\nsecond line';
  ws.getCell('B7').value = { text: 'a link', hyperlink: 'https://example.org' };
  ws.getCell('C7').value = 1234567.891;
  ws.getCell('C7').numFmt = '#,##0.00 "₸"';
  ws.getCell('D7').value = 45800;
  ws.getCell('D7').numFmt = 'dd.mm.yyyy';
  const hidden = wb.addWorksheet('Hidden', { state: 'hidden' });
  hidden.getCell('A1').value = 'secret';
  const second = wb.addWorksheet("O'Brien sheet");
  second.getCell('B2').value = 'x';
  wb.definedNames.add("'Смета & <данные>'!$A$1:$B$2", 'estimate_head');
  wb.definedNames.add("'O''Brien sheet'!$B$2", 'other');
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('the .xlsx reader', () => {
  const cases: [string, () => Promise<Buffer>][] = [
    ['the seed estimate, numbers as text', () => seedXlsx()],
    ['the seed estimate, numbers as numbers', () => seedXlsx({ numbers: 'number' })],
    [
      'the seed estimate under a title, shifted right',
      () => seedXlsx({ title: [['Смета', '', 'кезеңі: 6 ай']], left: 2 }),
    ],
    ['the example template', async () => readFileSync('templates/examples/estimate-application-kk.xlsx')],
    ['a rich workbook (formulas, shared formulas, errors, dates, merges, names)', richXlsx],
    ...[0, 1, 7].map((n): [string, () => Promise<Buffer>] => [
      `synthetic grant ${n}`,
      () => grantXlsx(syntheticSpec(n)),
    ]),
  ];
  it.each(cases)('gives the same grid as the exceljs reader: %s', async (_, make) => {
    const bytes = await make();
    expect(readXlsx(bytes, 'f.xlsx')).toEqual(await readWithExceljs(bytes, 'f.xlsx'));
  });

  it('reads what the rich workbook holds', async () => {
    const wb = readXlsx(await richXlsx(), 'rich.xlsx');
    expect(wb.sheets.map((s) => s.name)).toEqual(['Смета & <данные>', "O'Brien sheet"]);
    const cells = wb.sheets[0]!.cells;
    expect(cells[0]![4]).toEqual({ value: '01.06.2025', format: 'mm-dd-yy' });
    expect(cells[6]![2]).toEqual({ value: 1234567.891, format: '#,##0.00 "₸"' });
    expect(cells[4]![0]).toEqual({ value: 3, formula: 'A4' });
    expect(cells[1]![2]).toEqual({ value: null, formula: '1/0', error: '#DIV/0!' });
    expect(wb.names).toContainEqual({ name: 'other', sheet: "O''Brien sheet", ref: "'O''Brien sheet'!$B$2" });
  });

  it('refuses what is not a workbook, naming the file and why', () => {
    expect(() => readXlsx(Buffer.from('hello'), 'a.xlsx')).toThrow(UnreadableFileError);
    expect(() => readXlsx(Buffer.from('hello'), 'a.xlsx')).toThrow(/^a\.xlsx: not an \.xlsx workbook/);
    expect(() => readXlsx(makeZip([{ name: 'x.txt', data: Buffer.from('x') }]), 'b.xlsx')).toThrow(
      /^b\.xlsx: not an \.xlsx workbook but a zip archive/,
    );
    const truncated = makeZip([{ name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') }]).subarray(
      0,
      30,
    );
    expect(() => readXlsx(truncated, 'c.xlsx')).toThrow(/^c\.xlsx: the file is damaged \(truncated/);
  });
});

describe('the .xlsx reader on odd and hostile workbooks', () => {
  const example = readFileSync('templates/examples/estimate-kk.xlsx');
  const plain = readXlsx(example, 'f.xlsx');
  const added = (wb: WorkbookGrid) => wb.sheets[wb.sheets.length - 1]!;
  /** Stored cells as "row,col=value" (the arrays are sparse: holes are not visited). */
  const stored = (cells: Grid['cells']) =>
    cells.flatMap((row, r) => row.flatMap((c, col) => (c ? [`${r},${col}=${c.value}`] : [])));

  it('finds the workbook and its sheets through the relationships, whatever the parts are named', () => {
    const renamed = withPartsRenamed(example, {
      'xl/workbook.xml': 'xl/main.xml',
      'xl/worksheets/sheet1.xml': 'xl/data/estimate-main.xml',
    });
    expect(readXlsx(renamed, 'f.xlsx')).toEqual(plain);
  });

  it('names a missing part, and a zip without a workbook, rather than reading nothing', () => {
    expect(refusal(() => readXlsx(withoutParts(example, 'xl/workbook.xml'), 'a.xlsx'))).toMatchObject({
      code: 'missing-part',
      params: { part: 'xl/workbook.xml' },
    });
    expect(refusal(() => readXlsx(withoutParts(example, 'xl/sharedStrings.xml'), 'b.xlsx'))).toMatchObject({
      code: 'missing-part',
      params: { part: 'xl/sharedStrings.xml' },
    });
    expect(refusal(() => readXlsx(withoutParts(example, '_rels/.rels'), 'c.xlsx'))).toMatchObject({
      code: 'not-xlsx',
      params: { kind: 'zip' },
    });
  });

  it('places rows and cells written without a reference after the ones before them', () => {
    const xml = sheetXml(
      '<row><c><v>1</v></c><c t="inlineStr"><is><t>b</t></is></c></row>' +
        '<row r="5"><c r="C5"><v>3</v></c><c><v>4</v></c></row><row><c><v>5</v></c></row>',
    );
    expect(stored(added(readXlsx(withSheet(example, 'No refs', xml), 'f.xlsx')).cells)).toEqual([
      '0,0=1',
      '0,1=b',
      '4,2=3',
      '4,3=4',
      '5,0=5',
    ]);
  });

  it('reads cell tags however they are written: any attribute order, either quote, spaces, empty parts', () => {
    const xml = sheetXml(
      '<row r="1"><c t="inlineStr" r="A1"><is><t>а&#1257;</t></is></c>' +
        "<c r='B1' t='s'><v>1</v></c>" +
        '<c\n  r = "C1"\tt="b"  ><v>1</v></c>' +
        '<c r="D1" t="inlineStr"></c><c r="E1"><v/></c><c r="F1" t="inlineStr"/>' +
        '<c r="G1" t="str"><f>"x"&amp;"y"</f><v>xy</v></c>' +
        '<c r="H1"><f t="shared" ref="H1:H2" si="0">G1&amp;1</f><v>2</v></c></row>' +
        '<row r="2"><c r="H2"><f si="0" t="shared"/><v>3</v></c></row>',
    );
    const cells = readXlsx(minimalXlsx({ S: xml }, ['нөл', 'бір']), 'f.xlsx').sheets[0]!.cells;
    expect(stored(cells)).toEqual(['0,0=аө', '0,1=бір', '0,2=true', '0,6=xy', '0,7=2', '1,7=3']);
    expect(cells[0]![6]).toEqual({ value: 'xy', formula: '"x"&"y"' });
    // A shared formula's dependants are named by the master's address, as exceljs did.
    expect(cells[1]![7]).toEqual({ value: 3, formula: 'H1' });
  });

  it('refuses a cell or a shared string longer than the element limit, in a small part or a streamed one', () => {
    const limits = { ...READ_LIMITS, maxElementChars: 1000 };
    const long = 'ж'.repeat(2000);
    const inline = `<row><c t="inlineStr"><is><t>${long}</t></is></c></row>`;
    const small = minimalXlsx({ S: sheetXml(inline) });
    expect(readXlsx(small, 'f.xlsx').sheets[0]!.cells[0]![0]!.value).toBe(long);
    expect(refusal(() => readXlsx(small, 'f.xlsx', limits))).toMatchObject({
      code: 'cell-too-large',
      params: { sheet: 'S', limit: 1000 },
    });
    const shared = minimalXlsx({ S: sheetXml('<row><c t="s"><v>0</v></c></row>') }, [long]);
    expect(refusal(() => readXlsx(shared, 'f.xlsx', limits))).toMatchObject({
      code: 'cell-too-large',
      params: { sheet: 'xl/sharedStrings.xml', limit: 1000 },
    });
    // Over 8 MB inflated: streamed in pieces.
    const streamed = { ...deflatedRepeat(inline, 3000 * Buffer.byteLength(inline)), name: '' };
    expect(refusal(() => readXlsx(minimalXlsx({ Big: streamed }), 'f.xlsx', limits))).toMatchObject({
      code: 'cell-too-large',
      params: { sheet: 'Big', limit: 1000 },
    });
  });

  it('stores a far-away cell as one cell, and skips a bad merge rather than the file', () => {
    const xml = sheetXml(
      '<row r="400000"><c r="Z400000"><v>2</v></c></row><row r="1048576"><c r="XFD1048576"><v>1</v></c></row>',
    );
    const far = added(readXlsx(withSheet(example, 'Far', xml), 'f.xlsx'));
    expect(stored(far.cells)).toEqual(['399999,25=2', '1048575,16383=1']);
    expect(Object.keys(far.cells)).toEqual(['399999', '1048575']);
    const merged = withMerges(example, 'xl/worksheets/sheet1.xml', [
      'nonsense',
      'B2:A1',
      'A0:B3',
      'K1:Z1048576',
    ]);
    expect(readXlsx(merged, 'f.xlsx').sheets[0]!.merges).toContainEqual({
      top: 0,
      left: 10,
      bottom: 1048575,
      right: 25,
    });
    expect(readXlsx(merged, 'f.xlsx').sheets[0]!.cells).toEqual(plain.sheets[0]!.cells);
  });

  it('keeps a number Excel cannot hold (1e999, NaN) as the text written', () => {
    const xml = sheetXml(
      '<row r="1"><c r="A1"><v>1e999</v></c><c r="B1"><v>NaN</v></c><c r="C1"><v>1e308</v></c></row>',
    );
    expect(stored(added(readXlsx(withSheet(example, 'Odd', xml), 'f.xlsx')).cells)).toEqual([
      '0,0=1e999',
      '0,1=NaN',
      '0,2=1e+308',
    ]);
  });

  it('turns the _xHHHH_ escapes Excel writes for characters XML cannot carry back into them', () => {
    const xml = sheetXml(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Сомасы_x000D_\n(теңге)</t></is></c>' +
        '<c r="B1" t="s"><v>0</v></c></row>',
    );
    const cells = readXlsx(minimalXlsx({ S: xml }, ['_x005F_x0041_ and _x001B_']), 'f.xlsx').sheets[0]!.cells;
    expect(cells[0]!.map((c) => c!.value)).toEqual(['Сомасы\r\n(теңге)', '_x0041_ and \u001b']);
  });

  it('reads legitimately repetitive text that compresses like a bomb', () => {
    // Excel's longest cell text repeated inline (not shared) over a thousand rows: some 50 MB from a
    // file 900 times smaller.
    const long = `Жоба сипаттамасы ${'x'.repeat(32_000)}`;
    const row = `<row><c t="inlineStr"><is><t>${long}</t></is></c></row>`;
    const part = { ...deflatedRepeat(row, 2000 * Buffer.byteLength(row)), name: '' };
    const inline = minimalXlsx({ Notes: part });
    expect(inline.length * 500).toBeLessThan(part.declaredSize);
    const notes = readXlsx(inline, 'f.xlsx').sheets[0]!;
    expect(notes.cells.length).toBe(part.declaredSize / Buffer.byteLength(row));
    expect(notes.cells.every((r) => r[0]!.value === long)).toBe(true);
    // A megabyte string, shared by 5 000 cells.
    const mega = 'Ә '.repeat(512 * 1024);
    const shared = minimalXlsx({ Shared: sheetXml('<row><c t="s"><v>0</v></c></row>'.repeat(5000)) }, [mega]);
    const cells = readXlsx(shared, 'f.xlsx').sheets[0]!.cells;
    expect(cells.length).toBe(5000);
    expect(cells.every((r) => r[0]!.value === mega)).toBe(true);
  });

  it('refuses a workbook past the stored-cell or text limits, saying how large it is', () => {
    const rows = Array.from(
      { length: 50 },
      (_, r) =>
        `<row r="${r + 1}"><c r="A${r + 1}"><v>1</v></c><c r="B${r + 1}" t="inlineStr"><is><t>ab</t></is></c></row>`,
    );
    const big = minimalXlsx({
      Small: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>'),
      Big: sheetXml(rows.join('')).replace(
        '</worksheet>',
        '<mergeCells><mergeCell ref="C1:D2"/></mergeCells></worksheet>',
      ),
    });
    expect(readXlsx(big, 'big.xlsx').sheets.map((s) => s.name)).toEqual(['Small', 'Big']);
    expect(refusal(() => readXlsx(big, 'big.xlsx', { ...READ_LIMITS, maxCells: 10 }))).toEqual({
      code: 'too-many-cells',
      // Counted to the end of the sheet: one cell before it, its 100 cells and its merge.
      params: { sheet: 'Big', count: 102, limit: 10 },
      message: 'big.xlsx: too large to read: 102 cells up to the end of sheet "Big" (limit 10 per workbook)',
    });
    expect(refusal(() => readXlsx(big, 'big.xlsx', { ...READ_LIMITS, maxTextChars: 99 }))).toEqual({
      code: 'too-much-text',
      params: { sheet: 'Big', limit: 99 },
      message:
        'big.xlsx: too much text to read: "Big" takes the workbook past 99 characters (the limit per workbook)',
    });
  });
});
