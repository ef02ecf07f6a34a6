import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Unreadable } from '../model/portfolio';

/**
 * The files of a portfolio: named files as given, directories searched recursively for .xlsx and
 * .docx, and for the document formats people keep grants in that Esep refuses (.doc, .odt, .rtf),
 * so those are listed with what to do rather than silently left out. Office's lock files
 * ("~$name.xlsx", left while a file is open) are not documents and are skipped.
 */
export function collectFiles(
  args: readonly string[],
  missingReason: string,
): { files: string[]; missing: Unreadable[] } {
  const files: string[] = [];
  const missing: Unreadable[] = [];
  for (const arg of args) {
    let isDir: boolean;
    try {
      isDir = statSync(arg).isDirectory();
    } catch {
      missing.push({ file: arg, reason: missingReason });
      continue;
    }
    if (!isDir) {
      files.push(arg);
      continue;
    }
    const found = readdirSync(arg, { recursive: true, encoding: 'utf8' })
      .filter((p) => /\.(xlsx|docx|doc|odt|rtf)$/i.test(p) && !/(^|[\\/])~\$/.test(p))
      .map((p) => join(arg, p))
      .filter((p) => {
        try {
          return statSync(p).isFile();
        } catch {
          return false;
        }
      })
      .sort();
    files.push(...found);
  }
  return { files: [...new Set(files)], missing };
}
