import {
  FluentProvider,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { useSyncExternalStore } from 'react';
import type { Lang } from '../../engine/model/issue';
import { STRINGS, type Strings } from '../i18n/strings';
import { App, type PaneEnv } from '../taskpane/App';
import { usePageTheme } from '../taskpane/page-theme';
import { CellEditForm, shownSheet, useCellEditor } from './cell-editor';
import type { FileGridHost, PreviewView } from './file-host';
import { OpenWorkbook, useOpenWorkbook } from './open-workbook';
import { PreviewGrid } from './PreviewGrid';

/** Below this width the pane goes under the workbook instead of beside it (reflow, WCAG 1.4.10). */
const NARROW = '@media (max-width: 760px)';

const useStyles = makeStyles({
  page: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 360px)',
    gap: tokens.spacingHorizontalL,
    padding: tokens.spacingHorizontalL,
    minHeight: '100vh',
    boxSizing: 'border-box',
    [NARROW]: { gridTemplateColumns: 'minmax(0, 1fr)', padding: tokens.spacingHorizontalS },
  },
  left: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  bar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  sheetTabs: { flexWrap: 'wrap' },
  pane: {
    minWidth: 0,
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    [NARROW]: { borderLeft: 'none', borderTop: `1px solid ${tokens.colorNeutralStroke1}` },
  },
});

/** The workbook beside the very same task pane, on a file-backed host. */
export function PreviewApp({ host, lang, env }: { host: FileGridHost; lang: Lang; env: PaneEnv }) {
  const styles = useStyles();
  const t = STRINGS[lang];
  const view = useSyncExternalStore(
    (cb) => host.subscribe(cb),
    () => host.current,
  );
  const opening = useOpenWorkbook(host, lang);
  const theme = env.dark ? webDarkTheme : webLightTheme;
  usePageTheme(theme, env.dark);
  return (
    <FluentProvider theme={theme} lang={lang}>
      <main className={styles.page}>
        <div className={styles.left}>
          <Text as="h1" size={500} weight="semibold">
            {t.previewTitle}
          </Text>
          <Text>{t.previewIntro}</Text>
          <OpenWorkbook opening={opening} className={styles.bar} t={t} />
          <Workbook host={host} view={view} lang={lang} t={t} />
        </div>
        <section className={styles.pane} aria-label={t.paneRegion}>
          <App host={host} env={{ ...env, embedded: true }} />
        </section>
      </main>
    </FluentProvider>
  );
}

/** The workbook's region: its sheet tabs, the selected cell's edit box, the active sheet's grid. */
function Workbook({
  host,
  view,
  lang,
  t,
}: {
  host: FileGridHost;
  view: PreviewView;
  lang: Lang;
  t: Strings;
}) {
  const styles = useStyles();
  const { sheet, selected } = shownSheet(view);
  const editing = useCellEditor(host, view);
  return (
    <section ref={editing.region} aria-label={t.workbookRegion} className={styles.left}>
      {view.workbook.sheets.length > 0 && (
        <TabList
          className={styles.sheetTabs}
          selectedValue={view.activeSheet ?? ''}
          onTabSelect={(_, d) => host.activate(String(d.value))}
          aria-label={t.sheets}
          size="small"
        >
          {view.workbook.sheets.map((s) => (
            <Tab key={s.name} value={s.name}>
              {s.name}
            </Tab>
          ))}
        </TabList>
      )}
      {sheet && selected && <CellEditForm cell={selected} editing={editing} className={styles.bar} t={t} />}
      {sheet ? (
        <PreviewGrid
          grid={sheet}
          selected={selected}
          issues={view.issues}
          lang={lang}
          t={t}
          onPick={(cell) => void host.select(sheet.name, cell)}
          onEdit={editing.edit}
        />
      ) : (
        <Text>{t.noWorkbook}</Text>
      )}
    </section>
  );
}
