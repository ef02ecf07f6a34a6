import { existsSync, readFileSync } from 'node:fs';
import { checkWorkbook } from '../check';
import type { CheckReport, FileResult, Lang } from '../model/issue';
import type { RuleProfile } from '../model/profile';
import { builtInProfiles, loadBuiltInProfile, parseProfile } from '../profiles';
import { UnreadableFileError, readXlsx } from '../xlsx/read-xlsx';
import { type CheckArgs, UsageError, defaultLang } from './args';
import { renderCheckReport } from './render';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
}

export function resolveProfile(nameOrPath: string | undefined): RuleProfile {
  if (nameOrPath === undefined || nameOrPath in builtInProfiles) return loadBuiltInProfile(nameOrPath);
  if (!existsSync(nameOrPath)) {
    throw new UsageError(
      `--profile ${nameOrPath}: no such built-in profile (${Object.keys(builtInProfiles).join(', ')}) or file`,
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(nameOrPath, 'utf8'));
  } catch (e) {
    throw new UsageError(`--profile ${nameOrPath}: not valid JSON (${(e as Error).message})`);
  }
  try {
    return parseProfile(raw, nameOrPath);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
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
    if (!existsSync(file)) throw new UnreadableFileError(file, 'no such file');
    const workbook = await readXlsx(readFileSync(file), file);
    return checkWorkbook(workbook, { profile, lang, year });
  } catch (e) {
    if (e instanceof UnreadableFileError) return { file, forms: [], issues: [], error: e.message };
    throw e;
  }
}

/** `esep check`: returns the exit code. */
export async function runCheck(args: CheckArgs, io: Io): Promise<number> {
  const profile = resolveProfile(args.profile);
  const lang = args.lang ?? defaultLang(io.env);
  const files: CheckedFile[] = [];
  for (const f of args.files) files.push(await checkFile(f, profile, lang, args.year));
  const report: CheckReport = { files };
  if (args.json) {
    io.stdout(JSON.stringify(report, null, 2) + '\n');
    for (const f of files) if (f.error) io.stderr(`esep: ${f.error}\n`);
  } else io.stdout(renderCheckReport(files, lang, io.isTTY));
  if (files.some((f) => f.error)) return 2;
  return files.some((f) => f.issues.some((i) => i.severity === 'error')) ? 1 : 0;
}
