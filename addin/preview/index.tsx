import { createRoot } from 'react-dom/client';
import { langFromLocale } from '../i18n/strings';
import { startPortfolioWorker } from '../portfolio/start-worker';
import { FileGridHost } from './file-host';
import { PreviewApp } from './PreviewApp';

const host = new FileGridHost();
const lang = langFromLocale(navigator.language);
createRoot(document.getElementById('root') as HTMLElement).render(
  <PreviewApp
    host={host}
    lang={lang}
    env={{
      lang,
      // Outside Office, the system's light or dark preference.
      dark: matchMedia('(prefers-color-scheme: dark)').matches,
      initialTab: 'check',
      storage: localStorage,
      portfolioWorker: startPortfolioWorker,
    }}
  />,
);
