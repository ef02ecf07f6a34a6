import { createRoot } from 'react-dom/client';
import { bootOffice } from '../host/office-boot';
import { langFromLocale } from '../i18n/strings';
import { startPortfolioWorker } from '../portfolio/start-worker';
import { App, TAB_IDS, type TabId } from './App';

/** The ribbon buttons open the pane on a tab: taskpane.html?tab=forms. */
function tabFromUrl(): TabId {
  const tab = new URLSearchParams(location.search).get('tab');
  return TAB_IDS.find((t) => t === tab) ?? 'check';
}

async function main() {
  const root = createRoot(document.getElementById('root') as HTMLElement);
  const env = await bootOffice();
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
