import {
  type AnalyseOptions,
  type FileOutcome,
  analyseWorkbook,
  failureOutcome,
} from '../../engine/portfolio/analyse-workbook';
import { buildPortfolio } from '../../engine/portfolio/portfolio';
import { loadBuiltInProfile } from '../../engine/profiles';
import { readDocument } from '../../engine/docx/read-document';
import type { Lang } from '../../engine/model/issue';
import type {
  CompactOutcome,
  PaneMessage,
  PortfolioFile,
  PortfolioReport,
  PortfolioSettings,
  WorkerMessage,
} from './protocol';

/**
 * Files → compact outcomes, one file at a time: what each pool worker runs on its batches. A bad
 * file becomes an Unreadable outcome with its reason; nothing here throws for it.
 */
export function analyseFiles(files: readonly PortfolioFile[], settings: PortfolioSettings): CompactOutcome[] {
  // The language names unreadable files' reasons; issues are data, their messages made where shown.
  const options = {
    profile: loadBuiltInProfile(settings.profileId),
    lang: settings.lang,
    year: settings.year,
  };
  return files.map((file) => compact(analyseOne(file, options)));
}

function analyseOne(file: PortfolioFile, options: AnalyseOptions): FileOutcome {
  try {
    const bytes = file.bytes instanceof Uint8Array ? file.bytes : new Uint8Array(file.bytes);
    return analyseWorkbook(file.name, readDocument(bytes, file.name), options);
  } catch (e) {
    return failureOutcome(file.name, e, options.lang);
  }
}

/** The pane shows counts only: the issue lists are dropped to keep what crosses workers small. */
const compact = (outcome: FileOutcome): CompactOutcome =>
  outcome.kind === 'grant' ? { ...outcome, issues: [] } : outcome;

/** All the outcomes, in the files' order → the comparison (arquero's groups and outliers). */
export function portfolioOf(outcomes: readonly CompactOutcome[], lang: Lang): PortfolioReport {
  const { grants, groups, outliers, unreadable } = buildPortfolio(outcomes, [], lang);
  return { grants, groups, outliers, unreadable };
}

/** The whole run in one thread: what the pool computes, for tests under node. */
export function runPortfolio(files: readonly PortfolioFile[], settings: PortfolioSettings): PortfolioReport {
  return portfolioOf(analyseFiles(files, settings), settings.lang);
}

/** A pool worker's answer to one message from the pane; a failure is answered, never thrown. */
export function answer(message: PaneMessage): WorkerMessage {
  try {
    if (message.type === 'analyse')
      return {
        type: 'analysed',
        first: message.first,
        outcomes: analyseFiles(message.files, message.settings),
      };
    return { type: 'done', report: portfolioOf(message.outcomes, message.lang) };
  } catch (e) {
    return { type: 'failed', message: e instanceof Error ? e.message : String(e) };
  }
}
