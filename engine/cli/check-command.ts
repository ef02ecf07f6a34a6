import { existsSync, readFileSync, statSync } from 'node:fs';
import { checkWorkbook } from '../check';
import type { CheckReport, FileResult, Lang } from '../model/issue';
import type { RuleProfile } from '../model/profile';
import { UnreadableFileError, readXlsx } from '../xlsx/read-xlsx';
import { type CheckArgs, defaultLang } from './args';
import { resolveProfile } from './profile-arg';
import { renderCheckReport } from './render';
import { CLI_WORDS } from './words';

export { resolveProfile };

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
  /** stderr is a terminal: progress may be drawn there. */
  stderrIsTTY?: boolean;
  env: NodeJS.ProcessEnv;
}

/** A file result that could not be produced, with the reason (contract: files[].error). */
export type CheckedFile = FileResult & { error?: string };

export async function checkFile(
  file: string,
  profile: RuleProfile,
  lang: Lang,
  year?: number,
): Promise<CheckedFile> {
  try {
    if (!existsSync(file)) throw new UnreadableFileError(file, CLI_WORDS[lang].noSuchFile);
    if (statSync(file).isDirectory()) throw new UnreadableFileError(file, CLI_WORDS[lang].notAFile);
    const workbook = await readXlsx(readFileSync(file), file);
    return checkWorkbook(workbook, { profile, lang, year });
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
  for (const f of args.files) files.push(await checkFile(f, profile, lang, args.year));
  const report: CheckReport = { files };
  if (args.json) {
    io.stdout(JSON.stringify(report, null, 2) + '\n');
    for (const f of files) if (f.error) io.stderr(`esep: ${f.error}\n`);
  } else io.stdout(renderCheckReport(files, lang, { colour: io.isTTY, ruleIds: args.verbose }));
  if (files.some((f) => f.error)) return 2;
  return files.some((f) => f.issues.some((i) => i.severity === 'error')) ? 1 : 0;
}
