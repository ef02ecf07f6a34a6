import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { UnreadableFileError } from '../../engine/unreadable/error';
import { readXlsx } from '../../engine/xlsx/read-xlsx';
import { readWithExceljs } from '../fixtures/exceljs-grid';
import { grantXlsx, syntheticSpec } from '../fixtures/grant-workbook';
import { seedXlsx } from '../fixtures/seed-estimate';
import { makeZip } from '../fixtures/zip';

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
