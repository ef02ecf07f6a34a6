import { existsSync, readFileSync } from 'node:fs';
import type { Lang } from '../model/issue';
import type { RuleProfile } from '../model/profile';
import { builtInProfiles, loadBuiltInProfile, parseProfile } from '../profiles';
import { UsageError } from './args';
import { CLI_WORDS } from './words';

/** --profile NAME|PATH: a built-in profile by id, or a JSON file of the same shape. */
export function resolveProfile(nameOrPath: string | undefined, lang: Lang): RuleProfile {
  const u = CLI_WORDS[lang].usage;
  if (nameOrPath === undefined || nameOrPath in builtInProfiles) return loadBuiltInProfile(nameOrPath);
  if (!existsSync(nameOrPath)) {
    throw new UsageError(u.noProfile(nameOrPath, Object.keys(builtInProfiles).join(', ')));
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(nameOrPath, 'utf8'));
  } catch (e) {
    throw new UsageError(u.badProfileJson(nameOrPath, (e as Error).message));
  }
  try {
    return parseProfile(raw, nameOrPath);
  } catch (e) {
    throw new UsageError(u.badProfile(nameOrPath, (e as Error).message));
  }
}
