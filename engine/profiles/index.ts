import { RuleProfileSchema, type RuleProfile } from '../model/profile';
import kzNgoGrants from './kz-ngo-grants.json';

/** Profiles shipped with Esep, by id. A user may also pass a JSON file of the same shape. */
export const builtInProfiles: Record<string, unknown> = {
  'kz-ngo-grants': kzNgoGrants,
};

export const DEFAULT_PROFILE_ID = 'kz-ngo-grants';

export function loadBuiltInProfile(id: string = DEFAULT_PROFILE_ID): RuleProfile {
  const raw = builtInProfiles[id];
  if (!raw)
    throw new Error(`Unknown rule profile "${id}". Known: ${Object.keys(builtInProfiles).join(', ')}`);
  return RuleProfileSchema.parse(raw);
}

/** Validate a profile read from a file; zod's message names the offending field. */
export function parseProfile(raw: unknown, origin: string): RuleProfile {
  const result = RuleProfileSchema.safeParse(raw);
  if (!result.success) {
    const first = result.error.issues[0];
    const where = first ? first.path.join('.') : '';
    throw new Error(
      `Rule profile ${origin} is not valid: ${where ? `${where}: ` : ''}${first?.message ?? 'invalid'}`,
    );
  }
  return result.data;
}
