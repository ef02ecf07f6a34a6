import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { checkWorkbook } from '../../engine/check';
import type { Issue, Lang } from '../../engine/model/issue';
import { renderIssue } from '../../engine/rules/render-issue';
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

/** An issue's message in each language, as the CLI, the task pane and the report show it. */
export function inEveryLanguage(issue: Issue): Record<Lang, string> {
  return { kk: renderIssue(issue, 'kk'), ru: renderIssue(issue, 'ru'), en: renderIssue(issue, 'en') };
}

/** The rule's issues of a workbook (its hits with their parameters, to render). */
export const issuesOf = (issues: readonly Issue[], rule: RuleId): Issue[] =>
  issues.filter((i) => i.rule === rule);

/** The rule's hits among a workbook's issues, in reading order. */
export function hitsOf(issues: readonly Issue[], rule: RuleId): Hit[] {
  return issuesOf(issues, rule).map((i) => [i.cell, i.rule, i.expected, i.actual]);
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

/** What a report's activity and header may differ in: its period, a column for the reasons of deviations. */
export interface ReportOptions {
  period?: string;
  /** The header of the reasons column; none when absent. */
  note?: string;
}

/** A final report: one task, one activity with these measures (plan and fact), and more tables if given. */
export function reportBook(
  measures: MeasureRow[],
  more: Omit<SheetSpec, 'name' | 'plan'> = {},
  { period = 'Маусым', note }: ReportOptions = {},
): PlanWorkbook {
  return new PlanWorkbook().addSheet({
    name: 'Есеп',
    plan: {
      header: note === undefined ? REPORT_HEADER : { ...REPORT_HEADER, note },
      blocks: [
        {
          title: '1-міндет. Жастарды кәсіби бағдарлау',
          activities: [{ title: ACTIVITY, place: 'Ақтау қаласы', period, measures }],
        },
      ],
    },
    ...more,
  });
}
