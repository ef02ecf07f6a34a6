import { type Dirent, lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, normalize, resolve, sep } from 'node:path';
import type { Lang } from '../model/issue';
import type { UnreadableReason } from '../model/unreadable';

/** A workbook to read: the path as the user will see it and where it really is. */
export interface InputFile {
  path: string;
  real: string;
}

/** Something the walk left out on purpose, said once on stderr. */
export interface WalkNote {
  kind: 'loop' | 'outside' | 'duplicate';
  path: string;
}

export interface Collected {
  files: InputFile[];
  missing: { file: string; reason: UnreadableReason }[];
  notes: WalkNote[];
  /** Real paths of the folders being read. */
  roots: string[];
}

const NOTES: Record<Lang, Record<WalkNote['kind'], string>> = {
  kk: {
    loop: 'сілтемелер тұйығы өткізілді',
    outside: 'қалтадан тыс сілтеме өткізілді (--follow-links)',
    duplicate: 'бір файл екі рет берілді, бір рет оқылады',
  },
  ru: {
    loop: 'пропущена петля символических ссылок',
    outside: 'пропущена ссылка за пределы папки (--follow-links)',
    duplicate: 'файл указан дважды и будет прочитан один раз',
  },
  en: {
    loop: 'skipped a symbolic-link loop',
    outside: 'skipped a link leading out of the folder (--follow-links)',
    duplicate: 'the same file is given twice; it is read once',
  },
};

export function noteText(note: WalkNote, lang: Lang): string {
  return `${note.path}: ${NOTES[lang][note.kind]}`;
}

const within = (path: string, dir: string) =>
  path === dir || path.startsWith(dir.endsWith(sep) ? dir : dir + sep);
/**
 * Workbooks and Word documents, and the formats people keep grants in that Esep refuses (.doc,
 * .odt, .rtf), so those are listed with what to do rather than silently left out. Office's lock
 * files ("~$name.xlsx", left while a file is open) are not documents.
 */
const isWorkbook = (name: string) => /\.(xlsx|docx|doc|odt|rtf)$/i.test(name) && !name.startsWith('~$');

/**
 * The files of a portfolio: named files as given, folders searched recursively for documents.
 * Every file is counted once by its real path; symbolic links are followed only inside the
 * folders given (or anywhere with `followLinks`), and a link back up the tree is a loop, noted
 * and skipped.
 */
export function collectFiles(args: readonly string[], followLinks = false): Collected {
  const out: Collected = { files: [], missing: [], notes: [], roots: [] };
  const walked = new Set<string>();
  const seen = new Set<string>();
  const add = (path: string, real: string) => {
    if (seen.has(real)) out.notes.push({ kind: 'duplicate', path });
    else {
      seen.add(real);
      out.files.push({ path, real });
    }
  };
  const dirs: { path: string; real: string }[] = [];
  for (const arg of args) {
    let real: string;
    try {
      real = realpathSync(arg);
    } catch (e) {
      const loop = (e as NodeJS.ErrnoException).code === 'ELOOP';
      if (loop) out.notes.push({ kind: 'loop', path: arg });
      else out.missing.push({ file: arg, reason: { code: 'no-such-file', params: {} } });
      continue;
    }
    if (statSync(real).isDirectory()) {
      dirs.push({ path: arg, real });
      out.roots.push(real);
    } else add(arg, real);
  }
  for (const d of dirs) walk(normalize(d.path), d.real, [d.real], { followLinks, out, add, walked });
  return out;
}

interface Walk {
  followLinks: boolean;
  out: Collected;
  add: (path: string, real: string) => void;
  /** Folders already read, by real path: each is read once however many links lead to it. */
  walked: Set<string>;
}

/**
 * join(dir, name) for a folder path already normal (a name from a listing has no separator):
 * join normalises the whole path again, for each of a portfolio's thousands of files.
 */
const child = (dir: string, name: string) =>
  dir === '.' || dir === `.${sep}` ? name : dir.endsWith(sep) ? dir + name : dir + sep + name;

function walk(path: string, real: string, ancestors: string[], w: Walk): void {
  const { followLinks, out, add } = w;
  if (w.walked.has(real)) return;
  w.walked.add(real);
  let entries: Dirent[];
  try {
    entries = readdirSync(real, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const shown = child(path, e.name);
    let target = child(real, e.name);
    let isDir = e.isDirectory();
    if (e.isSymbolicLink()) {
      try {
        target = realpathSync(target);
        isDir = statSync(target).isDirectory();
      } catch {
        out.notes.push({ kind: 'loop', path: shown });
        continue;
      }
      if (isDir && ancestors.some((a) => within(a, target))) {
        out.notes.push({ kind: 'loop', path: shown });
        continue;
      }
      const inside = out.roots.some((r) => within(target, r));
      // A link to a folder inside the tree is read where it really is; a file is counted once by `add`.
      if (isDir && inside) continue;
      if (!inside && !followLinks) {
        if (isDir || isWorkbook(e.name)) out.notes.push({ kind: 'outside', path: shown });
        continue;
      }
    }
    if (isDir) walk(shown, target, [...ancestors, target], w);
    // The folder listing already tells a regular file (no stat each: a portfolio holds thousands);
    // a link is taken only when what it resolves to is one.
    else if (isWorkbook(e.name) && (e.isFile() || (e.isSymbolicLink() && lstatSync(target).isFile())))
      add(shown, target);
  }
}

/** Where a report would land, resolved as far as it exists (its folder, when the file does not yet). */
export function resolvedOutput(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    try {
      return join(
        realpathSync(dirname(resolve(path))),
        resolve(path).slice(dirname(resolve(path)).length + 1),
      );
    } catch {
      return resolve(path);
    }
  }
}

/** Why writing to `path` would touch what is being read, or null when it is safe. */
export function outputClash(path: string, collected: Collected): 'input' | 'folder' | null {
  const real = resolvedOutput(path);
  if (collected.files.some((f) => f.real === real)) return 'input';
  if (collected.roots.some((r) => within(real, r))) return 'folder';
  return null;
}
