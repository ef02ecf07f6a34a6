import { checkWorkbook } from '../engine/check';
import { readDocument } from '../engine/docx/read-document';
import type { CheckReport, FileResult, Lang } from '../engine/model/issue';
import type { RuleProfile } from '../engine/model/profile';
import type { UnreadableCode } from '../engine/model/unreadable';
import { UnreadableFileError, asUnreadable } from '../engine/unreadable/error';
import { unreadableText } from '../engine/unreadable/messages';
import { readInputFile } from '../engine/xlsx/read-file';
import { type CheckArgs, defaultLang } from './args';
import { type ExplainedTable, explainWorkbook, renderExplanation } from './explain';
import { resolveProfile } from './profile-arg';
import { renderCheckReport } from './render';
import { terminalSafe } from './terminal';
import { renderedFileResult } from '../engine/rules/render-issue';

export { resolveProfile };

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
  /** stderr is a terminal: progress may be drawn there. */
  stderrIsTTY?: boolean;
  env: NodeJS.ProcessEnv;
  /**
   * Told, before a portfolio's reading starts, how many threads will read (this one included): the
   * shipped CLI then sets its helper threads' priority and holds its young generation (cli/bin.ts).
   */
  onThreads?: (threads: number) => void;
  /** Told when a thread reading ahead for this one runs (PoolOptions.onThreadRunning). */
  onThreadRunning?: () => void;
}

/**
 * A file result that could not be produced (contract: files[].error, the reason in the chosen
 * language), with its code beside it; with --explain, how each table row was read.
 */
export type CheckedFile = FileResult & {
  error?: string;
  errorCode?: UnreadableCode;
  explain?: ExplainedTable[];
};

/** One file, isolated: whatever goes wrong becomes this file's error, never the run's. */
export function checkFile(
  file: string,
  profile: RuleProfile,
  lang: Lang,
  year?: number,
  explain = false,
  onBug: (e: unknown) => void = () => {},
): CheckedFile {
  try {
    const workbook = readDocument(readInputFile(file), file);
    const result = checkWorkbook(workbook, { profile, year });
    // A file holding none of the forms was not checked at all: an input Esep cannot read as a
    // grant (exit 2, as the portfolio lists it), never "no problems found".
    if (result.forms.length === 0) throw new UnreadableFileError(file, 'no-form');
    return explain ? { ...result, explain: explainWorkbook(workbook) } : result;
  } catch (e) {
    const failure = asUnreadable(file, e);
    if (failure.reason.code === 'reader-failed') onBug(e);
    return {
      file,
      forms: [],
      issues: [],
      error: `${file}: ${unreadableText(failure.reason, lang)}`,
      errorCode: failure.reason.code,
    };
  }
}

/** `esep check`: returns the exit code. */
export async function runCheck(args: CheckArgs, io: Io): Promise<number> {
  const lang = args.lang ?? defaultLang(io.env);
  const profile = resolveProfile(args.profile, lang);
  const onBug = (e: unknown) => {
    if (args.debug) io.stderr(`${(e as Error)?.stack ?? String(e)}\n`);
  };
  const files = args.files.map((f) => checkFile(f, profile, lang, args.year, args.explain, onBug));
  const report: CheckReport = { files: files.map((f) => renderedFileResult(f, lang)) };
  if (args.json) {
    io.stdout(JSON.stringify(report, null, 2) + '\n');
    for (const f of files) if (f.error) io.stderr(`esep: ${terminalSafe(f.error)}\n`);
  } else {
    for (const f of files) if (f.explain) io.stdout(renderExplanation(f.file, f.explain, lang) + '\n');
    io.stdout(renderCheckReport(files, lang, { colour: io.isTTY, ruleIds: args.verbose }));
  }
  if (files.some((f) => f.error)) return 2;
  return files.some((f) => f.issues.some((i) => i.severity === 'error')) ? 1 : 0;
}
