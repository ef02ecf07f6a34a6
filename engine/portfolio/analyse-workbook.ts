import { checkGrant, formsOf, readGrant, type CheckOptions } from '../check';
import { Sheet, type WorkbookGrid } from '../grid/grid';
import type { Lang } from '../model/issue';
import type { FileIssue, GrantMetrics, Unreadable } from '../model/portfolio';
import type { UnreadableReason } from '../model/unreadable';
import { projectSheets } from '../read/paragraphs';
import { readProject } from '../read/project';
import { asUnreadable } from '../unreadable/error';
import { unreadableText } from '../unreadable/messages';
import { grantMetrics } from './metrics';

/**
 * The pure part of analysing one file: a workbook already read → its metrics and issues.
 * Kept apart from analyse-file.ts (node:fs) so the add-in's Web Worker can run it too.
 */

/** How to check, and the language of the unreadable files' reasons. */
export type AnalyseOptions = CheckOptions & { lang: Lang };

/** What one file gives the portfolio: its row and issues, or why it could not be read. */
export type FileOutcome =
  { kind: 'grant'; metrics: GrantMetrics; issues: FileIssue[] } | ({ kind: 'unreadable' } & Unreadable);

/** An Unreadable row: the coded reason and its text in the report's language. */
export function unreadableRow(file: string, reason: UnreadableReason, lang: Lang): Unreadable {
  return { file, reason: unreadableText(reason, lang), code: reason.code, params: reason.params };
}

export function unreadable(file: string, reason: UnreadableReason, lang: Lang): FileOutcome {
  return { kind: 'unreadable', ...unreadableRow(file, reason, lang) };
}

/** Why a file failed, as the Unreadable list says it; a bug in a reader must not sink the portfolio. */
export function failureOutcome(file: string, e: unknown, lang: Lang): FileOutcome {
  return unreadable(file, asUnreadable(file, e).reason, lang);
}

/** Never throws: a workbook without a recognised form or one a reader chokes on is unreadable. */
export function analyseWorkbook(file: string, workbook: WorkbookGrid, options: AnalyseOptions): FileOutcome {
  try {
    // One Sheet a grid for both readers, made afresh each call: a live-check host edits grids in place.
    const sheets = workbook.sheets.map((g) => new Sheet(g));
    const grant = readGrant(workbook, sheets);
    if (formsOf(grant).length === 0) return unreadable(file, { code: 'no-form', params: {} }, options.lang);
    // readGrant reads block I when the grant has plans; without it (or plans) it is read here.
    const project = grant.project ?? readProject(projectSheets(workbook, sheets));
    const issues = checkGrant(grant, options);
    return {
      kind: 'grant',
      metrics: grantMetrics(file, grant, project, issues),
      issues: issues.map((i) => ({ file, ...i })),
    };
  } catch (e) {
    return failureOutcome(file, e, options.lang);
  }
}
