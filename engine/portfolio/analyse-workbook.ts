import { type CheckOptions, checkGrant, formsOf, readGrant } from '../check';
import type { WorkbookGrid } from '../grid/grid';
import type { FileIssue, GrantMetrics } from '../model/portfolio';
import { projectSheets } from '../read/paragraphs';
import { readProject } from '../read/project';
import { UnreadableFileError } from '../xlsx/unreadable';
import { grantMetrics } from './metrics';

/**
 * The pure part of analysing one file: a workbook already read → its metrics and issues.
 * Kept apart from analyse-file.ts (node:fs) so the add-in's Web Worker can run it too.
 */

/** What one file gives the portfolio: its row and issues, or why it could not be read. */
export type FileOutcome =
  | { kind: 'grant'; metrics: GrantMetrics; issues: FileIssue[] }
  | { kind: 'unreadable'; file: string; reason: string };

export function unreadable(file: string, reason: string): FileOutcome {
  return { kind: 'unreadable', file, reason };
}

/** Why a file failed, as the Unreadable list says it; a bug in a reader must not sink the portfolio. */
export function failureOutcome(file: string, e: unknown): FileOutcome {
  if (e instanceof UnreadableFileError) return unreadable(file, e.message.slice(file.length + 2));
  return unreadable(file, `could not be analysed (${e instanceof Error ? e.message : String(e)})`);
}

/** Never throws: a workbook without a recognised form or one a reader chokes on is unreadable. */
export function analyseWorkbook(file: string, workbook: WorkbookGrid, options: CheckOptions): FileOutcome {
  try {
    const grant = readGrant(workbook);
    if (formsOf(grant).length === 0)
      return unreadable(
        file,
        'no form recognised (no budget estimate, monitoring plan or social-impact table was found)',
      );
    const project = readProject(projectSheets(workbook));
    const issues = checkGrant(grant, options);
    return {
      kind: 'grant',
      metrics: grantMetrics(file, grant, project, issues),
      issues: issues.map((i) => ({ file, ...i })),
    };
  } catch (e) {
    return failureOutcome(file, e);
  }
}
