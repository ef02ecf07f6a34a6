import { readFileSync } from 'node:fs';
import { checkGrant, formsOf, readGrant } from '../check';
import { Sheet } from '../grid/grid';
import type { Lang } from '../model/issue';
import type { FileIssue, GrantMetrics } from '../model/portfolio';
import type { RuleProfile } from '../model/profile';
import { readProject } from '../read/project';
import { readXlsxLean } from '../xlsx/lean-xlsx';
import { UnreadableFileError } from '../xlsx/unreadable';
import { grantMetrics } from './metrics';

export interface AnalyseOptions {
  profile: RuleProfile;
  lang: Lang;
  year?: number;
}

/** What one file gives the portfolio: its row and issues, or why it could not be read. */
export type FileOutcome =
  | { kind: 'grant'; metrics: GrantMetrics; issues: FileIssue[] }
  | { kind: 'unreadable'; file: string; reason: string };

function unreadable(file: string, reason: string): FileOutcome {
  return { kind: 'unreadable', file, reason };
}

/**
 * Reads one workbook and reduces it to its metrics and issues; the workbook is dropped on
 * return, so a worker's memory does not grow with the number of files. Never throws.
 */
export function analyseFile(file: string, options: AnalyseOptions): FileOutcome {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    return unreadable(
      file,
      `cannot be opened (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    );
  }
  try {
    const workbook = readXlsxLean(bytes, file);
    const grant = readGrant(workbook);
    if (formsOf(grant).length === 0)
      return unreadable(
        file,
        'no form recognised (no budget estimate, monitoring plan or social-impact table was found)',
      );
    const project = readProject(workbook.sheets.map((g) => new Sheet(g)));
    const issues = checkGrant(grant, options);
    return {
      kind: 'grant',
      metrics: grantMetrics(file, grant, project, issues),
      issues: issues.map((i) => ({ file, ...i })),
    };
  } catch (e) {
    if (e instanceof UnreadableFileError) return unreadable(file, e.message.slice(file.length + 2));
    // A bug in a reader must not sink the whole portfolio: the file is listed with the reason.
    return unreadable(file, `could not be analysed (${(e as Error).message})`);
  }
}
