import { checkWorkbook } from '../../engine/check';
import { loadBuiltInProfile } from '../../engine/profiles';
import { registerCommand } from '../host/office-boot';
import { langFromLocale } from '../i18n/strings';
import { loadSettings } from '../taskpane/settings';

/** Ribbon "Check → Mark status column": one check, results into the forms' status columns. */
registerCommand('esepMarkStatus', async (host, displayLanguage) => {
  const settings = loadSettings(globalThis.localStorage, langFromLocale(displayLanguage));
  const profile = loadBuiltInProfile(settings.profileId);
  const workbook = await host.readForms();
  const result = checkWorkbook(
    workbook,
    settings.year === undefined
      ? { profile, lang: settings.lang }
      : { profile, lang: settings.lang, year: settings.year },
  );
  return host.writeStatus(result);
});
