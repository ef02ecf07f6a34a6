import * as z from 'zod/mini';
import { LangSchema, type Lang } from '../../engine/model/issue';
import { DEFAULT_PROFILE_ID, builtInProfiles } from '../../engine/profiles';

export const SettingsSchema = z.object({
  lang: LangSchema,
  /** Undefined: the year stated on the sheet, else the profile's default. */
  year: z.optional(z.int().check(z.gte(2000)).check(z.lte(2100))),
  profileId: z.string(),
  /**
   * Write the status column after every edit (undefined: off). Off by default because API writes
   * clear Undo on Excel before ExcelApi 1.19 and enter the Undo list after it.
   */
  markAsYouType: z.optional(z.boolean()),
});
export type Settings = z.infer<typeof SettingsSchema>;

const KEY = 'esep.settings';

export const profileIds = (): string[] => Object.keys(builtInProfiles);

/** Saved settings, or defaults with the user's Office language. Anything malformed is dropped. */
export function loadSettings(storage: Storage | undefined, lang: Lang): Settings {
  const fallback: Settings = { lang, profileId: DEFAULT_PROFILE_ID };
  try {
    const raw = storage?.getItem(KEY);
    if (!raw) return fallback;
    const parsed = SettingsSchema.safeParse(JSON.parse(raw));
    return parsed.success && profileIds().includes(parsed.data.profileId) ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}

export function saveSettings(storage: Storage | undefined, settings: Settings): void {
  try {
    storage?.setItem(KEY, JSON.stringify(settings));
  } catch {
    // Storage may be unavailable (private mode, Office's partitioned storage); settings then last a session.
  }
}
