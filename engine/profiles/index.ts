import type * as z from 'zod/mini';
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

/** What is wrong with a profile read from a file: the first offending field, as data to be worded by the caller. */
export class ProfileShapeError extends Error {
  constructor(
    readonly origin: string,
    /** The field's path, e.g. "payroll.2025.socialTax.rate.value"; empty for the whole profile. */
    readonly field: string,
    readonly problem: ProfileProblem,
  ) {
    super(`Rule profile ${origin} is not valid: ${field}`);
  }
}

export type ProfileProblem =
  | { kind: 'missing' | 'format' | 'other' }
  | { kind: 'type'; expected: string }
  | { kind: 'small' | 'big'; limit: string }
  | { kind: 'value'; allowed: string };

function problemOf(issue: z.core.$ZodIssue): ProfileProblem {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? { kind: 'missing' } : { kind: 'type', expected: issue.expected };
    case 'too_small':
      return { kind: 'small', limit: String(issue.minimum) };
    case 'too_big':
      return { kind: 'big', limit: String(issue.maximum) };
    case 'invalid_format':
      return { kind: 'format' };
    case 'invalid_value':
      return { kind: 'value', allowed: issue.values.map(String).join(', ') };
    default:
      return { kind: 'other' };
  }
}

/** Validates a profile read from a file; a ProfileShapeError names the first offending field. */
export function parseProfile(raw: unknown, origin: string): RuleProfile {
  const result = RuleProfileSchema.safeParse(raw, { reportInput: true });
  if (result.success) return result.data;
  const first = result.error.issues[0];
  throw new ProfileShapeError(
    origin,
    first?.path.join('.') ?? '',
    first ? problemOf(first) : { kind: 'other' },
  );
}
