import { existsSync, readFileSync, statSync } from 'node:fs';
import { checkWorkbook } from '../engine/check';
import type { CheckReport, FileResult, Lang } from '../engine/model/issue';
import type { RuleProfile } from '../engine/model/profile';
import { readDocument } from '../engine/docx/read-document';
import { UnreadableFileError } from '../engine/xlsx/unreadable';
import { type CheckArgs, defaultLang } from './args';
import { type ExplainedTable, explainWorkbook, renderExplanation } from './explain';
import { resolveProfile } from './profile-arg';
import { renderCheckReport } from './render';
import { CLI_WORDS } from './words';
import { renderedFileResult } from '../engine/rules/render-issue';

export { resolveProfile };

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
  /** stderr is a terminal: progress may be drawn there. */
  stderrIsTTY?: boolean;
  env: NodeJS.ProcessEnv;
}

/**
 * A file result that could not be produced, with the reason (contract: files[].error); with
 * --explain, how each table row was read.
 */
export type CheckedFile = FileResult & { error?: string; explain?: ExplainedTable[] };

export async function checkFile(
  file: string,
  profile: RuleProfile,
  lang: Lang,
  year?: number,
  explain = false,
): Promise<CheckedFile> {
  try {
    if (!existsSync(file)) throw new UnreadableFileError(file, CLI_WORDS[lang].noSuchFile);
    if (statSync(file).isDirectory()) throw new UnreadableFileError(file, CLI_WORDS[lang].notAFile);
    const workbook = await readDocument(readFileSync(file), file);
    const result = checkWorkbook(workbook, { profile, year });
    return explain ? { ...result, explain: explainWorkbook(workbook) } : result;
  } catch (e) {
    if (e instanceof UnreadableFileError) return { file, forms: [], issues: [], error: e.message };
    throw e;
  }
}

/** `esep check`: returns the exit code. */
export async function runCheck(args: CheckArgs, io: Io): Promise<number> {
  const lang = args.lang ?? defaultLang(io.env);
  const profile = resolveProfile(args.profile, lang);
  const files: CheckedFile[] = [];
  for (const f of args.files) files.push(await checkFile(f, profile, lang, args.year, args.explain));
  const report: CheckReport = { files: files.map((f) => renderedFileResult(f, lang)) };
  if (args.json) {
    io.stdout(JSON.stringify(report, null, 2) + '\n');
    for (const f of files) if (f.error) io.stderr(`esep: ${f.error}\n`);
  } else {
    for (const f of files) if (f.explain) io.stdout(renderExplanation(f.file, f.explain, lang) + '\n');
    io.stdout(renderCheckReport(files, lang, { colour: io.isTTY, ruleIds: args.verbose }));
  }
  if (files.some((f) => f.error)) return 2;
  return files.some((f) => f.issues.some((i) => i.severity === 'error')) ? 1 : 0;
}
