import { createRoot } from 'react-dom/client';
import { bootOffice } from '../host/office-boot';
import { langFromLocale } from '../i18n/strings';
import { startPortfolioWorker } from '../portfolio/start-worker';
import { App, TAB_IDS, type TabId } from './App';
import { BootMessage } from './BootMessage';

/** The ribbon buttons open the pane on a tab: taskpane.html?tab=forms. */
function tabFromUrl(): TabId {
  const tab = new URLSearchParams(location.search).get('tab');
  return TAB_IDS.find((t) => t === tab) ?? 'check';
}

async function main() {
  const root = createRoot(document.getElementById('root') as HTMLElement);
  const boot = await bootOffice().catch((e: unknown) => ({
    kind: 'failed' as const,
    message: e instanceof Error ? e.message : String(e),
    displayLanguage: undefined,
  }));
  if (boot.kind !== 'ready') {
    const locale = boot.kind === 'failed' ? (boot.displayLanguage ?? navigator.language) : navigator.language;
    root.render(<BootMessage problem={boot} lang={langFromLocale(locale)} />);
    return;
  }
  const { env } = boot;
  // Closing the pane unloads the page: take the onChanged handlers with it.
  window.addEventListener('pagehide', () => void env.host?.dispose());
  root.render(
    <App
      host={env.host}
      env={{
        lang: langFromLocale(env.displayLanguage),
        dark: env.dark,
        initialTab: tabFromUrl(),
        storage: localStorage,
        portfolioWorker: startPortfolioWorker,
      }}
    />,
  );
}

void main();
