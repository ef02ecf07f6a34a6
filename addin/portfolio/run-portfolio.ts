import { type FileOutcome, analyseWorkbook, failureOutcome } from '../../engine/portfolio/analyse-workbook';
import { buildPortfolio } from '../../engine/portfolio/portfolio';
import { loadBuiltInProfile } from '../../engine/profiles';
import { readDocument } from '../../engine/docx/read-document';
import type { PortfolioFile, PortfolioReport, PortfolioSettings } from './protocol';

export type Progress = (done: number, total: number, file: string) => void;

/**
 * Files → the portfolio, one file at a time: what the Web Worker runs, and what the tests run
 * under node. A bad file becomes an Unreadable row with its reason; nothing here throws for it.
 */
export async function runPortfolio(
  files: readonly PortfolioFile[],
  settings: PortfolioSettings,
  onProgress: Progress = () => {},
): Promise<PortfolioReport> {
  // The language names unreadable files' reasons; issues are data, their messages made where shown.
  const options = {
    profile: loadBuiltInProfile(settings.profileId),
    lang: settings.lang,
    year: settings.year,
  };
  const outcomes: FileOutcome[] = [];
  for (const [i, file] of files.entries()) {
    let outcome: FileOutcome;
    try {
      const bytes = file.bytes instanceof Uint8Array ? file.bytes : new Uint8Array(file.bytes);
      outcome = analyseWorkbook(file.name, readDocument(bytes, file.name), options);
    } catch (e) {
      outcome = failureOutcome(file.name, e, options.lang);
    }
    // The pane shows counts only: the issue lists are dropped to keep the worker's memory flat.
    outcomes.push(outcome.kind === 'grant' ? { ...outcome, issues: [] } : outcome);
    onProgress(i + 1, files.length, file.name);
  }
  const { grants, groups, outliers, unreadable } = buildPortfolio(outcomes, [], settings.lang);
  return { grants, groups, outliers, unreadable };
}
