import {
  AriaLiveAnnouncer,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import { loadBuiltInProfile } from '../../engine/profiles';
import type { GridHost } from '../check/grid-host';
import { LiveCheck, type CheckState } from '../check/live-check';
import { STRINGS } from '../i18n/strings';
import type { PortfolioWorkerFactory } from '../portfolio/protocol';
import { CheckPanel } from './CheckPanel';
import { FormsPanel } from './FormsPanel';
import { bundledForms, type FormsSource } from './forms-catalog';
import { useCommandReport } from './useCommandReport';
import { PortfolioPanel } from './PortfolioPanel';
import { usePageTheme } from './page-theme';
import { SettingsPanel } from './SettingsPanel';
import { loadSettings, saveSettings, type Settings } from './settings';

export type TabId = 'forms' | 'check' | 'portfolio' | 'settings';
export const TAB_IDS: readonly TabId[] = ['forms', 'check', 'portfolio', 'settings'];

export interface PaneEnv {
  /** Office's display language, e.g. "kk-KZ". */
  lang: Settings['lang'];
  dark: boolean;
  initialTab: TabId;
  storage?: Storage;
  forms?: FormsSource;
  /** Starts the portfolio's Web Worker (the entry points pass the real one; tests a stub). */
  portfolioWorker: PortfolioWorkerFactory;
  /** Inside the preview page: a part of its main landmark, not the page itself. */
  embedded?: boolean;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
  },
  // At 320 px, at 200 % zoom and in the longer kk/ru names the tabs wrap instead of scrolling sideways.
  tabs: { flexWrap: 'wrap' },
  panel: { paddingTop: tokens.spacingVerticalS, minWidth: 0, overflowWrap: 'anywhere' },
});

/** The task pane: the same on Excel and in the preview; only the host differs. */
export function App(props: { host: GridHost | null; env: PaneEnv }) {
  // Fluent's announcer speaks the message bars, the portfolio's progress and its results.
  return (
    <AriaLiveAnnouncer>
      <Pane {...props} />
    </AriaLiveAnnouncer>
  );
}

function Pane({ host, env }: { host: GridHost | null; env: PaneEnv }) {
  const styles = useStyles();
  const [tab, setTab] = useState<TabId>(env.initialTab);
  const [settings, setSettings] = useState<Settings>(() => loadSettings(env.storage, env.lang));
  const [state, setState] = useState<CheckState>({ status: 'idle' });
  const live = useRef<LiveCheck | null>(null);
  const panel = useRef<HTMLElement | null>(null);
  // Set when an action switches tab: focus then goes to the new panel, not to the page's body.
  const focusPanel = useRef(false);
  const t = STRINGS[settings.lang];
  const theme = env.dark ? webDarkTheme : webLightTheme;
  usePageTheme(theme, env.dark, !env.embedded);
  const commandReport = useCommandReport(env.storage);
  const checkSettings = useMemo(
    () => ({
      profile: loadBuiltInProfile(settings.profileId),
      lang: settings.lang,
      year: settings.year,
      markAsYouType: settings.markAsYouType,
    }),
    [settings],
  );

  useEffect(() => {
    if (!host) return;
    const check = new LiveCheck(host, checkSettings, setState);
    live.current = check;
    void check.start();
    return () => {
      check.stop();
      live.current = null;
    };
    // Settings changes go through update() below; the live check lives as long as the host.
  }, [host]);

  // The live check starts with the first settings; only later changes re-run it.
  const applied = useRef(checkSettings);
  useEffect(() => {
    saveSettings(env.storage, settings);
    if (applied.current === checkSettings) return;
    applied.current = checkSettings;
    void live.current?.update(checkSettings);
  }, [checkSettings, env.storage, settings]);

  useEffect(() => {
    if (!focusPanel.current) return;
    focusPanel.current = false;
    panel.current?.focus();
  }, [tab]);

  const Root = env.embedded ? 'div' : 'main';

  return (
    <FluentProvider theme={theme} lang={settings.lang}>
      <Root className={styles.root}>
        <Text as={env.embedded ? 'h2' : 'h1'} weight="semibold" size={500}>
          {t.appTitle}
        </Text>
        {!host && (
          <MessageBar intent="error">
            <MessageBarBody>{t.excelTooOldForCheck}</MessageBarBody>
          </MessageBar>
        )}
        <TabList
          selectedValue={tab}
          onTabSelect={(_, d) => setTab(d.value as TabId)}
          aria-label={t.tabs}
          size="small"
          className={styles.tabs}
        >
          <Tab value="forms">{t.tabForms}</Tab>
          <Tab value="check">{t.tabCheck}</Tab>
          <Tab value="portfolio">{t.tabPortfolio}</Tab>
          <Tab value="settings">{t.tabSettings}</Tab>
        </TabList>
        <section
          ref={panel}
          tabIndex={-1}
          className={styles.panel}
          role="tabpanel"
          aria-label={tabLabel(tab, t)}
        >
          {tab === 'check' && host && (
            <CheckPanel
              state={state}
              t={t}
              onSelect={(sheet, cell) => void host.select(sheet, cell)}
              onRecheck={() => void live.current?.checkNow()}
              onMark={() => void live.current?.markStatus()}
              commandReport={commandReport}
            />
          )}
          {tab === 'forms' && host && (
            <FormsPanel
              host={host}
              source={env.forms ?? bundledForms}
              lang={settings.lang}
              t={t}
              onInserted={() => {
                focusPanel.current = true;
                setTab('check');
                void live.current?.checkNow();
              }}
            />
          )}
          {/* Kept mounted: a comparison of many files must survive a look at another tab. */}
          <div hidden={tab !== 'portfolio'}>
            <PortfolioPanel settings={settings} host={host} startWorker={env.portfolioWorker} t={t} />
          </div>
          {tab === 'settings' && <SettingsPanel settings={settings} onChange={setSettings} t={t} />}
        </section>
      </Root>
    </FluentProvider>
  );
}

function tabLabel(tab: TabId, t: (typeof STRINGS)['en']): string {
  return { forms: t.tabForms, check: t.tabCheck, portfolio: t.tabPortfolio, settings: t.tabSettings }[tab];
}
