import { Field, Input, Select, Switch, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { LangSchema } from '../../engine/model/issue';
import type { Strings } from '../i18n/strings';
import { profileIds, type Settings } from './settings';

const LANG_NAMES = { kk: 'Қазақша', ru: 'Русский', en: 'English' } as const;

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export function SettingsPanel({
  settings,
  onChange,
  t,
}: {
  settings: Settings;
  onChange: (s: Settings) => void;
  t: Strings;
}) {
  const styles = useStyles();
  // The text as typed: "20" on the way to "2025" is kept here, only a whole year reaches settings.
  const [yearText, setYearText] = useState(settings.year === undefined ? '' : String(settings.year));
  return (
    <div className={styles.form}>
      <Field label={t.language}>
        <Select
          value={settings.lang}
          onChange={(_, d) => onChange({ ...settings, lang: LangSchema.parse(d.value) })}
        >
          {LangSchema.options.map((l) => (
            <option key={l} value={l}>
              {LANG_NAMES[l]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.year} hint={t.yearAuto}>
        <Input
          type="number"
          min={2000}
          max={2100}
          value={yearText}
          placeholder={t.yearAuto}
          onChange={(_, d) => {
            setYearText(d.value);
            const year = Number(d.value);
            const valid = d.value !== '' && Number.isInteger(year) && year >= 2000 && year <= 2100;
            if (valid || d.value === '') onChange({ ...settings, year: valid ? year : undefined });
          }}
        />
      </Field>
      <Field label={t.profile}>
        <Select value={settings.profileId} onChange={(_, d) => onChange({ ...settings, profileId: d.value })}>
          {profileIds().map((id) => (
            <option key={id} value={id}>
              {id}
            </option>
          ))}
        </Select>
      </Field>
      <Field hint={t.markAsYouTypeHint}>
        <Switch
          label={t.markAsYouType}
          checked={settings.markAsYouType === true}
          onChange={(_, d) => onChange({ ...settings, markAsYouType: d.checked })}
        />
      </Field>
    </div>
  );
}
