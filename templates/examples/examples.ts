import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { estimateWorkbook, grantWorkbook, impactWorkbook, planWorkbook } from '../workbooks';
import { exampleEstimate, exampleImpact, examplePlan, exampleProject } from './data';
import { withMistakes } from './mistakes';

/** The clean examples, by file name (estimate-application-kk.xlsx, the real estimate, is kept as committed). */
export async function cleanExamples(): Promise<[string, ExcelJS.Workbook][]> {
  return [
    ['estimate-kk.xlsx', (await estimateWorkbook('kk', exampleEstimate('kk'))).wb],
    ['estimate-ru.xlsx', (await estimateWorkbook('ru', exampleEstimate('ru'))).wb],
    ['plan-kk.xlsx', (await planWorkbook('kk', examplePlan('kk'))).wb],
    ['plan-ru.xlsx', (await planWorkbook('ru', examplePlan('ru'))).wb],
    ['impact-kk.xlsx', (await impactWorkbook('kk', exampleImpact())).wb],
    ['impact-ru.xlsx', (await impactWorkbook('ru', exampleImpact())).wb],
    [
      'grant-kk.xlsx',
      (
        await grantWorkbook('kk', {
          project: exampleProject('kk'),
          estimate: exampleEstimate('kk'),
          plan: examplePlan('kk'),
          impact: exampleImpact(),
        })
      ).wb,
    ],
  ];
}

export async function writeExamples(dir: string): Promise<string[]> {
  const books = [...(await cleanExamples()), ['with-mistakes.xlsx', (await withMistakes()).wb] as const];
  const files: string[] = [];
  for (const [name, wb] of books) {
    const file = join(dir, name);
    await wb.xlsx.writeFile(file);
    files.push(file);
  }
  return files;
}
