import { dateText } from '../grid/excel-date';
import ExcelJS from 'exceljs';
import type { Cell, Grid, Merge, WorkbookGrid } from '../grid/grid';
import { UnreadableFileError } from './unreadable';
import { ZipError, checkZipSizes, isZip, readCentralDirectory } from './zip';

export { UnreadableFileError };

type Scalar = string | number | boolean | null;

function scalar(v: unknown): Scalar {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  // Dates as people read them on the forms (dd.mm.yyyy), in UTC as Excel stores them.
  if (v instanceof Date) return dateText(v);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((t) => t.text).join('');
    if (typeof o.text === 'string') return o.text;
  }
  return null;
}

/** exceljs cell value → grid cell. */
export function toGridCell(v: ExcelJS.CellValue): Cell | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'object' && !(v instanceof Date)) {
    const o = v as unknown as Record<string, unknown>;
    if ('error' in o && typeof o.error === 'string') return { value: null, error: o.error };
    if ('formula' in o || 'sharedFormula' in o) {
      const formula = String(o.formula ?? o.sharedFormula);
      const result = o.result;
      if (result && typeof result === 'object' && 'error' in (result as object)) {
        return { value: null, formula, error: String((result as { error: unknown }).error) };
      }
      return { value: scalar(result), formula };
    }
  }
  return { value: scalar(v) };
}

export function worksheetToGrid(ws: ExcelJS.Worksheet): Grid {
  const cells: (Cell | null)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const out: (Cell | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      // A merged cell's covered parts repeat the master's value in exceljs; the grid keeps them empty.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      // cell.value drops falsy formula results (a total of 0 would look uncalculated); cell.result keeps them.
      const value =
        cell.type === ExcelJS.ValueType.Formula
          ? ({ ...(cell.value as ExcelJS.CellFormulaValue), result: cell.result } as ExcelJS.CellValue)
          : cell.value;
      out[col - 1] = toGridCell(value);
    });
    for (let i = 0; i < out.length; i++) if (out[i] === undefined) out[i] = null;
    cells[rowNumber - 1] = out;
  });
  for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = [];
  // exceljs keeps merges in a private map of ranges keyed by master address.
  const mergeMap = (
    ws as unknown as { _merges: Record<string, { top: number; left: number; bottom: number; right: number }> }
  )._merges;
  const merges: Merge[] = Object.values(mergeMap ?? {}).map((m) => ({
    top: m.top - 1,
    left: m.left - 1,
    bottom: m.bottom - 1,
    right: m.right - 1,
  }));
  return { name: ws.name, origin: 'A1', cells, merges };
}

export async function workbookToGrid(wb: ExcelJS.Workbook, file: string): Promise<WorkbookGrid> {
  const sheets: Grid[] = [];
  wb.eachSheet((ws) => {
    if (ws.state === 'visible' || ws.state === undefined) sheets.push(worksheetToGrid(ws));
  });
  const names = wb.definedNames.model.flatMap((n) =>
    n.ranges.map((ref) => {
      const sheet = /^'?(.+?)'?!/.exec(ref)?.[1];
      return sheet ? { name: n.name, sheet, ref } : { name: n.name, ref };
    }),
  );
  return { file, sheets, names };
}

/** Reads an .xlsx from bytes. Anything that is not a workbook becomes an UnreadableFileError. */
export async function readXlsx(data: Buffer | ArrayBuffer | Uint8Array, file: string): Promise<WorkbookGrid> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (!isZip(bytes)) {
    throw new UnreadableFileError(
      file,
      'not an .xlsx workbook (it is not a zip file; old .xls files must be saved as .xlsx)',
    );
  }
  try {
    // exceljs would inflate everything it is given: a zip bomb is refused from its declared sizes first.
    checkZipSizes(readCentralDirectory(bytes));
  } catch (e) {
    if (e instanceof ZipError) throw new UnreadableFileError(file, e.message);
    throw e;
  }
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs's types want its own Buffer flavour; the bytes are the same.
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new UnreadableFileError(file, `cannot be read as .xlsx (${(e as Error).message})`);
  }
  return workbookToGrid(wb, file);
}
