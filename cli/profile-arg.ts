import { readFileSync, statSync } from 'node:fs';
import type { Lang } from '../engine/model/issue';
import type { RuleProfile } from '../engine/model/profile';
import { ProfileShapeError, builtInProfiles, loadBuiltInProfile, parseProfile } from '../engine/profiles';
import { UsageError } from './args';
import { CLI_WORDS } from './words';

/** A profile file is a few kilobytes of JSON; anything far larger is not one. */
const MAX_PROFILE_BYTES = 1024 * 1024;

/** --profile NAME|PATH: a built-in profile by id, or a regular JSON file of the same shape. */
export function resolveProfile(nameOrPath: string | undefined, lang: Lang): RuleProfile {
  const u = CLI_WORDS[lang].usage;
  // Own keys only: "__proto__" or "constructor" are not profile names.
  if (nameOrPath === undefined || Object.hasOwn(builtInProfiles, nameOrPath))
    return loadBuiltInProfile(nameOrPath);
  const known = Object.keys(builtInProfiles).join(', ');
  let size: number;
  try {
    const stat = statSync(nameOrPath);
    // A pipe or a device (/dev/zero) would never end: only regular files are read.
    if (!stat.isFile()) throw new UsageError(u.profileNotFile(nameOrPath, known));
    size = stat.size;
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(u.noProfile(nameOrPath, known));
  }
  if (size > MAX_PROFILE_BYTES) throw new UsageError(u.profileTooLarge(nameOrPath, size, MAX_PROFILE_BYTES));
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(nameOrPath, 'utf8'));
  } catch (e) {
    throw new UsageError(u.badProfileJson(nameOrPath, (e as Error).message));
  }
  try {
    return parseProfile(raw, nameOrPath);
  } catch (e) {
    if (!(e instanceof ProfileShapeError)) throw e;
    const what = u.profileField(e.problem);
    throw new UsageError(u.badProfile(nameOrPath, e.field ? `${e.field}: ${what}` : what));
  }
}
