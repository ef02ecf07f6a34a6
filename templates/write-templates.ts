import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { estimateWorkbook, grantWorkbook, impactWorkbook, planWorkbook, projectWorkbook } from './workbooks';

/** Kept apart from workbooks.ts (node:fs) so the add-in can build filled workbooks in the browser. */

/** Every empty template, in both languages; returns the files written. */
export async function writeTemplates(dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (const lang of ['kk', 'ru'] as const) {
    const books: [string, ExcelJS.Workbook][] = [
      [`project-${lang}.xlsx`, (await projectWorkbook(lang)).wb],
      [`estimate-${lang}.xlsx`, (await estimateWorkbook(lang)).wb],
      [`plan-${lang}.xlsx`, (await planWorkbook(lang)).wb],
      [`impact-${lang}.xlsx`, (await impactWorkbook(lang)).wb],
      [`grant-${lang}.xlsx`, (await grantWorkbook(lang)).wb],
    ];
    for (const [name, wb] of books) {
      const file = join(dir, name);
      await wb.xlsx.writeFile(file);
      files.push(file);
    }
  }
  return files;
}
