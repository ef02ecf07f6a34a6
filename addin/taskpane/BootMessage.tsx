import {
  FluentProvider,
  Link,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import type { Lang } from '../../engine/model/issue';
import { STRINGS } from '../i18n/strings';

export type BootProblem =
  { kind: 'no-office-js' } | { kind: 'outside-office' } | { kind: 'failed'; message: string };

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
});

/** Instead of a blank pane: why Esep cannot run here, and what to do (the preview works anywhere). */
export function BootMessage({ problem, lang }: { problem: BootProblem; lang: Lang }) {
  const styles = useStyles();
  const t = STRINGS[lang];
  const text =
    problem.kind === 'outside-office'
      ? t.bootOutsideOffice
      : problem.kind === 'no-office-js'
        ? t.bootNoOfficeJs
        : `${t.bootFailed} ${problem.message}`;
  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <main className={styles.root}>
        <Text as="h1" weight="semibold" size={500}>
          {t.appTitle}
        </Text>
        <MessageBar intent={problem.kind === 'outside-office' ? 'info' : 'error'}>
          <MessageBarBody>{text}</MessageBarBody>
        </MessageBar>
        <Link href="preview.html">{t.openPreview}</Link>
      </main>
    </FluentProvider>
  );
}
