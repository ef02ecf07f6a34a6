import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { checkWorkbook } from '../../engine/check';
import type { Issue } from '../../engine/model/issue';
import type { RuleId } from '../../engine/model/rule-id';
import { loadBuiltInProfile } from '../../engine/profiles';
import { readXlsx } from '../../engine/xlsx/read-xlsx';
import { KK_HEADER } from '../fixtures/annex3-plan';
import { type MeasureRow, PlanWorkbook, type SheetSpec } from '../fixtures/plan-workbook';

/**
 * Helpers of the per-rule tests (test/rules/<rule id>.test.ts): each checks real .xlsx files
 * (the bundled examples, or workbooks built by the fixtures and written to .xlsx bytes) and
 * asserts where its rule fires as [cell, rule, expected, actual] tuples.
 */

export type Hit = [cell: string, rule: RuleId, expected: Issue['expected'], actual: Issue['actual']];

const profile = loadBuiltInProfile();
const root = join(__dirname, '..', '..');

/** The rule's hits among a workbook's issues, in reading order. */
export function hitsOf(issues: readonly Issue[], rule: RuleId): Hit[] {
  return issues.filter((i) => i.rule === rule).map((i) => [i.cell, i.rule, i.expected, i.actual]);
}

export async function checkBytes(bytes: Buffer | Uint8Array, name: string, year?: number): Promise<Issue[]> {
  return checkWorkbook(await readXlsx(bytes, name), { profile, year }).issues;
}

/** A bundled example workbook (templates/examples), checked as a user would check it. */
export function checkExample(file: string): Promise<Issue[]> {
  return checkBytes(readFileSync(join(root, 'templates', 'examples', file)), file);
}

export async function checkBook(wb: ExcelJS.Workbook, name = 'grant.xlsx', year?: number): Promise<Issue[]> {
  return checkBytes(Buffer.from(await wb.xlsx.writeBuffer()), name, year);
}

export const ACTIVITY = '1. Жобаның ашылу конференциясы';
export const REPORT_HEADER = { ...KK_HEADER, over: 'Индикаторлар', plan: 'жоспар', fact: 'факт' };

/** A final report: one task, one activity with these measures (plan and fact), and more tables if given. */
export function reportBook(
  measures: MeasureRow[],
  more: Omit<SheetSpec, 'name' | 'plan'> = {},
): PlanWorkbook {
  return new PlanWorkbook().addSheet({
    name: 'Есеп',
    plan: {
      header: REPORT_HEADER,
      blocks: [
        {
          title: '1-міндет. Жастарды кәсіби бағдарлау',
          activities: [{ title: ACTIVITY, place: 'Ақтау қаласы', period: 'Маусым', measures }],
        },
      ],
    },
    ...more,
  });
}
