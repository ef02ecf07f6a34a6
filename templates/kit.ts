import type ExcelJS from 'exceljs';
import { columnName } from '../engine/grid/address';
import { STATUS_HEADER, formName, tableName } from '../engine/read/markers';
import type { FormKind } from '../engine/model/issue';

/** Shared sheet conventions of every template: formats, styles, protection, markers. */

/** Tenge with spaces between thousands whatever the reader's locale (literal spaces, not the locale separator). */
export const TENGE = '# ### ### ##0;-# ### ### ##0;0';
export const PERCENT = '0.0%';
export const DATE = 'dd.mm.yyyy';

export { STATUS_HEADER };

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF808080' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const INPUT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFFF0' } };
const GROUP_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };

export type Value = string | number | Date | null;

/** A formula with the result we computed, so readers that do not calculate still see numbers. */
export interface Formula {
  formula: string;
  result: number | string;
}

export const addr = (row: number, col: number): string => `${columnName(col - 1)}${row}`;

/** Months of a period, both ends counted (01.06–30.11 is 6), blank until both dates are there. */
export function monthsFormula(
  startCell: string,
  endCell: string,
  start?: Date | null,
  end?: Date | null,
): Formula {
  const [s, e] = [startCell, endCell];
  return {
    formula: `IF(AND(ISNUMBER(${s}),ISNUMBER(${e})),(YEAR(${e})-YEAR(${s}))*12+MONTH(${e})-MONTH(${s})+1,"")`,
    result:
      start && end
        ? (end.getUTCFullYear() - start.getUTCFullYear()) * 12 + end.getUTCMonth() - start.getUTCMonth() + 1
        : '',
  };
}

/** Share of the plan achieved (fact ÷ plan), blank until both are numbers. */
export function achievedFormula(planCell: string, factCell: string, plan: Value, fact: Value): Formula {
  const [P, F] = [planCell, factCell];
  return {
    formula: `IF(AND(ISNUMBER(${P}),ISNUMBER(${F}),${P}<>0),${F}/${P},"")`,
    result: typeof plan === 'number' && typeof fact === 'number' && plan !== 0 ? fact / plan : '',
  };
}

/**
 * A one-header-row form sheet's frame: column widths, the title in A1, the header row and the
 * add-in's status column header (1-based columns).
 */
export function formSheet(
  wb: ExcelJS.Workbook,
  name: string,
  frame: {
    widths: readonly number[];
    title: string;
    headerTop: number;
    headers: readonly string[];
    statusCol: number;
  },
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  frame.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.getCell(1, 1).value = frame.title;
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  frame.headers.forEach((h, i) => headerCell(ws, frame.headerTop, i + 1, h));
  headerCell(ws, frame.headerTop, frame.statusCol, STATUS_HEADER);
  return ws;
}

/** A cell users type into: unlocked, tinted. */
export function input(ws: ExcelJS.Worksheet, row: number, col: number, value: Value, numFmt?: string): void {
  const c = ws.getCell(row, col);
  c.value = value;
  c.protection = { locked: false };
  c.fill = INPUT_FILL;
  c.border = BORDER;
  if (numFmt) c.numFmt = numFmt;
}

/** A computed cell: locked, holds the formula and its cached result. */
export function formula(ws: ExcelJS.Worksheet, row: number, col: number, f: Formula, numFmt?: string): void {
  const c = ws.getCell(row, col);
  // exceljs types the result as a value union that accepts our numbers and strings.
  c.value = { formula: f.formula, result: f.result } as ExcelJS.CellFormulaValue;
  c.protection = { locked: true };
  c.fill = { type: 'pattern', pattern: 'none' };
  c.border = BORDER;
  if (numFmt) c.numFmt = numFmt;
}

/** Fixed text of the form (a label, a section name): locked. */
export function label(ws: ExcelJS.Worksheet, row: number, col: number, text: string, bold = false): void {
  const c = ws.getCell(row, col);
  c.value = text;
  c.protection = { locked: true };
  c.border = BORDER;
  c.alignment = { wrapText: true, vertical: 'top' };
  if (bold) c.font = { bold: true };
}

export function shadeRow(ws: ExcelJS.Worksheet, row: number, from: number, to: number): void {
  for (let c = from; c <= to; c++) {
    const cell = ws.getCell(row, c);
    if (cell.protection?.locked !== false) cell.fill = GROUP_FILL;
    cell.font = { ...(cell.font ?? {}), bold: true };
  }
}

export function headerCell(ws: ExcelJS.Worksheet, row: number, col: number, text: string): void {
  const c = ws.getCell(row, col);
  c.value = text;
  c.font = { bold: true };
  c.fill = HEADER_FILL;
  c.border = BORDER;
  c.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  c.protection = { locked: true };
}

/** The add-in's status cell: narrow, unlocked (the add-in writes there on a protected sheet). */
export function statusCell(ws: ExcelJS.Worksheet, row: number, col: number): void {
  const c = ws.getCell(row, col);
  c.protection = { locked: false };
  c.border = BORDER;
  c.font = { size: 9, color: { argb: 'FF7F7F7F' } };
}

export function unitList(ws: ExcelJS.Worksheet, cell: string, units: readonly string[]): void {
  // A warning, not a stop: the official list is short and people have good reasons for other units.
  ws.getCell(cell).dataValidation = {
    type: 'list',
    allowBlank: true,
    formulae: [`"${units.join(',')}"`],
    showErrorMessage: true,
    errorStyle: 'warning',
  };
}

export function nonNegative(ws: ExcelJS.Worksheet, cell: string): void {
  ws.getCell(cell).dataValidation = {
    type: 'decimal',
    operator: 'greaterThanOrEqual',
    allowBlank: true,
    formulae: [0],
    showErrorMessage: true,
    errorStyle: 'stop',
  };
}

export interface SheetFinish {
  /** Last column of the table (the status column) and last row to print. */
  lastCol: number;
  lastRow: number;
  /** Header band, 1-based inclusive rows: frozen, repeated on every printed page. */
  headerTop: number;
  headerBottom: number;
  landscape: boolean;
}

/** Freeze the header, A4 print set-up, protection without a password. */
export async function finishSheet(ws: ExcelJS.Worksheet, f: SheetFinish): Promise<void> {
  ws.views = [
    { state: 'frozen', xSplit: 0, ySplit: f.headerBottom, topLeftCell: addr(f.headerBottom + 1, 1) },
  ];
  ws.pageSetup = {
    paperSize: 9,
    orientation: f.landscape ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printArea: `A1:${addr(f.lastRow, f.lastCol)}`,
    printTitlesRow: `${f.headerTop}:${f.headerBottom}`,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
  };
  // No password: protection guards formulas against slips, not against their owner.
  await ws.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatCells: true,
    formatColumns: true,
    formatRows: true,
    insertRows: true,
    deleteRows: true,
    autoFilter: true,
  });
}

const quoted = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

/** The two marker names the engine reads (see engine/read/markers.ts). */
export function addMarkers(
  wb: ExcelJS.Workbook,
  ws: ExcelJS.Worksheet,
  form: FormKind,
  version: number,
  header: { top: number; bottom: number },
  table: { bottom: number; right: number },
): void {
  const range = (t: number, b: number) => `${quoted(ws.name)}!$A$${t}:$${columnName(table.right - 1)}$${b}`;
  wb.definedNames.add(range(header.top, table.bottom), tableName(form));
  wb.definedNames.add(range(header.top, header.bottom), formName(form, version));
}
