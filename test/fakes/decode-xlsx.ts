import ExcelJS from 'exceljs';
import { readXlsx } from '../../engine/xlsx/read-xlsx';
import type { DecodedSheet } from './excel';

/**
 * An .xlsx as Excel would insert its sheets: the engine's grids, plus each sheet's protection and
 * unlocked cells (exceljs keeps them). Runs in node and, bundled into the stub office.js, in the browser.
 */
export async function decodeXlsxBytes(bytes: Uint8Array): Promise<DecodedSheet[]> {
  const grids = (await readXlsx(bytes, 'inserted.xlsx')).sheets;
  const wb = new ExcelJS.Workbook();
  // exceljs types load() with Node's Buffer; it reads any bytes.
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return grids.map((grid) => {
    const ws = wb.getWorksheet(grid.name);
    const unlocked: [number, number][] = [];
    ws?.eachRow({ includeEmpty: true }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        if (cell.protection?.locked === false) unlocked.push([r - 1, c - 1]);
      }),
    );
    // exceljs keeps <sheetProtection> on the worksheet it read; its typings do not name it.
    const protection = (ws as unknown as { sheetProtection?: { sheet?: boolean } } | undefined)
      ?.sheetProtection;
    return { grid, protected: protection?.sheet === true, unlocked };
  });
}

export function base64Bytes(base64: string): Uint8Array {
  return Uint8Array.from(atob(base64), (ch) => ch.charCodeAt(0));
}
