import { saveCommandReport } from '../commands/command-report';
import type { StatusOutcome } from '../check/grid-host';
import { ExcelGridHost } from './excel-host';
import type { ExcelRunner } from './excel-runner';

/** What the pane needs to know about the Office it runs in. */
export interface OfficeEnv {
  displayLanguage: string;
  dark: boolean;
  /** Null when Excel is too old for the live check (ExcelApi 1.7: onChanged, NamedItem.formula). */
  host: ExcelGridHost | null;
}

/** How the pane's start went: the pane shows a message for anything but ready, never a blank page. */
export type Boot =
  | { kind: 'ready'; env: OfficeEnv }
  /** office.js did not load (offline, blocked): there is no Office to talk to. */
  | { kind: 'no-office-js' }
  /** The page was opened in a browser, not in Office. */
  | { kind: 'outside-office' }
  | { kind: 'failed'; message: string; displayLanguage?: string };

/** How long Office may take to say where it runs before the page assumes it is not in Office. */
const READY_TIMEOUT_MS = 15_000;

export function officeRunner(): ExcelRunner {
  return {
    run: (options, batch) => Excel.run(options, batch),
    runWith: (ctx, batch) => Excel.run(ctx, batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    // PlatformType's values are the platform names ("PC", "iOS", …).
    platform: String(Office.context.diagnostics.platform),
  };
}

/** Dark when Office's task pane background is dark (the theme follows Office's own). */
function officeIsDark(): boolean {
  const bg = Office.context.officeTheme?.bodyBackgroundColor;
  const m = bg ? /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(bg) : null;
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h ?? '0', 16));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0) < 128;
}

function officeLoaded(): boolean {
  return typeof Office !== 'undefined' && typeof Office.onReady === 'function';
}

export async function bootOffice(timeoutMs = READY_TIMEOUT_MS): Promise<Boot> {
  if (!officeLoaded()) return { kind: 'no-office-js' };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const info = await Promise.race([
    Office.onReady(),
    new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), timeoutMs))),
  ]);
  clearTimeout(timer);
  // Outside Office, onReady answers with no host.
  if (!info?.host) return { kind: 'outside-office' };
  const displayLanguage = Office.context.displayLanguage;
  try {
    const runner = officeRunner();
    const host = runner.isSetSupported('ExcelApi', '1.7') ? await ExcelGridHost.create(runner) : null;
    return { kind: 'ready', env: { displayLanguage, dark: officeIsDark(), host } };
  } catch (e) {
    return { kind: 'failed', message: e instanceof Error ? e.message : String(e), displayLanguage };
  }
}

/**
 * Registers a ribbon ExecuteFunction; Office waits for event.completed(). What it did, or why it
 * failed, is left for the task pane to show (see command-report.ts): a failure is never silent.
 */
export function registerCommand(
  name: string,
  run: (host: ExcelGridHost, displayLanguage: string) => Promise<StatusOutcome>,
): void {
  if (!officeLoaded()) return;
  void Office.onReady(() => {
    Office.actions.associate(name, async (event: Office.AddinCommands.Event) => {
      try {
        const host = await ExcelGridHost.create(officeRunner());
        try {
          const outcome = await run(host, Office.context.displayLanguage);
          saveCommandReport(globalThis.localStorage, { at: Date.now(), outcome });
        } finally {
          await host.dispose();
        }
      } catch (e) {
        saveCommandReport(globalThis.localStorage, {
          at: Date.now(),
          error: e instanceof Error ? e.message : String(e),
        });
      } finally {
        event.completed();
      }
    });
  });
}
