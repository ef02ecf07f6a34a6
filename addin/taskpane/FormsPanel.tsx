import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Lang } from '../../engine/model/issue';
import type { GridHost } from '../check/grid-host';
import type { Strings } from '../i18n/strings';
import type { FormEntry, FormsSource } from './forms-catalog';
import { ImportWord } from './ImportWord';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: `${tokens.spacingVerticalS} 0`, padding: 0 },
  item: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXXS} 0`,
  },
});

export function FormsPanel({
  host,
  source,
  lang,
  t,
  onInserted,
}: {
  host: GridHost;
  source: FormsSource;
  lang: Lang;
  t: Strings;
  onInserted: (names: string[]) => void;
}) {
  const styles = useStyles();
  const [forms, setForms] = useState<FormEntry[] | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<{ intent: 'success' | 'error'; text: string } | null>(null);
  const canInsert = host.capabilities.insertForms;

  useEffect(() => {
    let alive = true;
    source.list().then(
      (list) => alive && setForms(list),
      (e: unknown) => alive && setMessage({ intent: 'error', text: String(e) }),
    );
    return () => {
      alive = false;
    };
  }, [source]);

  async function insert(entry: FormEntry) {
    setBusy(entry.id);
    setMessage(null);
    try {
      const names = await host.insertForm(await source.base64(entry));
      setMessage({ intent: 'success', text: t.inserted(names.join(', ')) });
      onInserted(names);
    } catch (e) {
      setMessage({ intent: 'error', text: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(null);
    }
  }

  return (
    <div>
      <Text as="p">{t.formsIntro}</Text>
      {!canInsert && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {host.capabilities.insertFormsMissing === 'not-on-this-platform'
              ? t.insertNotOnThisPlatform
              : t.excelTooOld}
          </MessageBarBody>
        </MessageBar>
      )}
      {message && (
        <MessageBar intent={message.intent} key={message.text}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
      {forms === null && !message ? (
        <Spinner size="tiny" label={t.loadingForms} />
      ) : (
        <ul className={styles.list}>
          {(forms ?? []).map((f) => (
            <li key={f.id} className={styles.item}>
              <Text>{f.title[lang]}</Text>
              <Button
                appearance="primary"
                size="small"
                disabled={!canInsert}
                // Busy, not gone: the pressed button keeps keyboard focus while the form goes in.
                disabledFocusable={busy !== null}
                aria-label={`${t.insert}: ${f.title[lang]}`}
                data-testid="form-insert"
                onClick={() => void insert(f)}
                icon={busy === f.id ? <Spinner size="extra-tiny" /> : undefined}
              >
                {busy === f.id ? t.inserting : t.insert}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <ImportWord host={host} lang={lang} t={t} onInserted={onInserted} />
    </div>
  );
}
