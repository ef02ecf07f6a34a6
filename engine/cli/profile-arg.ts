import { readFileSync, statSync } from 'node:fs';
import type { RuleProfile } from '../model/profile';
import { builtInProfiles, loadBuiltInProfile, parseProfile } from '../profiles';
import { UsageError } from './args';

/** A profile file is a few kilobytes of JSON; anything far larger is not one. */
const MAX_PROFILE_BYTES = 1024 * 1024;

/** --profile NAME|PATH: a built-in profile by id, or a regular JSON file of the same shape. */
export function resolveProfile(nameOrPath: string | undefined): RuleProfile {
  // Own keys only: "__proto__" or "constructor" are not profile names.
  if (nameOrPath === undefined || Object.hasOwn(builtInProfiles, nameOrPath))
    return loadBuiltInProfile(nameOrPath);
  const known = Object.keys(builtInProfiles).join(', ');
  let size: number;
  try {
    const stat = statSync(nameOrPath);
    if (!stat.isFile())
      throw new UsageError(`--profile ${nameOrPath}: not a regular file (built-in profiles: ${known})`);
    size = stat.size;
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`--profile ${nameOrPath}: no such built-in profile (${known}) or file`);
  }
  if (size > MAX_PROFILE_BYTES)
    throw new UsageError(
      `--profile ${nameOrPath}: ${size} bytes is too large for a rule profile (limit ${MAX_PROFILE_BYTES})`,
    );
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
