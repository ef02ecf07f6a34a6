import { ExcelGridHost, type ExcelRunner } from './excel-host';

/** What the pane needs to know about the Office it runs in. */
export interface OfficeEnv {
  displayLanguage: string;
  dark: boolean;
  /** Null when Excel is too old for the live check (ExcelApi 1.7: onChanged). */
  host: ExcelGridHost | null;
}

export function officeRunner(): ExcelRunner {
  return {
    run: (batch) => Excel.run(batch),
    runWith: (ctx, batch) => Excel.run(ctx, batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
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

export async function bootOffice(): Promise<OfficeEnv> {
  await Office.onReady();
  const runner = officeRunner();
  const host = runner.isSetSupported('ExcelApi', '1.7') ? await ExcelGridHost.create(runner) : null;
  return { displayLanguage: Office.context.displayLanguage, dark: officeIsDark(), host };
}

/** Registers a ribbon ExecuteFunction; Office waits for event.completed(). */
export function registerCommand(
  name: string,
  run: (host: ExcelGridHost, displayLanguage: string) => Promise<void>,
): void {
  void Office.onReady(() => {
    Office.actions.associate(name, async (event: Office.AddinCommands.Event) => {
      try {
        const host = await ExcelGridHost.create(officeRunner());
        try {
          await run(host, Office.context.displayLanguage);
        } finally {
          await host.dispose();
        }
      } finally {
        event.completed();
      }
    });
  });
}
