import { existsSync, readFileSync } from 'node:fs';
import type { RuleProfile } from '../engine/model/profile';
import { builtInProfiles, loadBuiltInProfile, parseProfile } from '../engine/profiles';
import { UsageError } from './args';

/** --profile NAME|PATH: a built-in profile by id, or a JSON file of the same shape. */
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
