import { type CheckOptions, checkWorkbook } from '../../engine/check';
import type { FileResult, Lang } from '../../engine/model/issue';
import type { GridHost } from './grid-host';

export const DEBOUNCE_MS = 300;

/** How to check, and the language of the status column's texts. */
export type CheckSettings = CheckOptions & { lang: Lang };

export type CheckState =
  | { status: 'idle' }
  | { status: 'checking'; last?: FileResult }
  | { status: 'done'; result: FileResult; ms: number }
  | { status: 'failed'; message: string };

/**
 * Runs the engine on the host's workbook now and after every user edit (debounced). One check
 * at a time: edits that arrive during a check schedule exactly one more.
 */
export class LiveCheck {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | null = null;
  private again = false;
  private unsubscribe: (() => void) | null = null;
  private last: FileResult | undefined;

  constructor(
    private readonly host: GridHost,
    private settings: CheckSettings,
    private readonly publish: (state: CheckState) => void,
    private readonly debounceMs = DEBOUNCE_MS,
  ) {}

  start(): Promise<void> {
    this.unsubscribe ??= this.host.onChange(() => this.schedule());
    return this.checkNow();
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** New settings: checks again when the profile or year changed; a new language only applies to later status writes. */
  update(settings: CheckSettings): Promise<void> {
    const recheck = settings.profile !== this.settings.profile || settings.year !== this.settings.year;
    this.settings = settings;
    return recheck ? this.checkNow() : Promise.resolve();
  }

  schedule(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.checkNow();
    }, this.debounceMs);
  }

  async checkNow(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.run();
    try {
      await this.running;
    } finally {
      this.running = null;
    }
    if (this.again) {
      this.again = false;
      await this.checkNow();
    }
  }

  private async run(): Promise<void> {
    this.publish(this.last ? { status: 'checking', last: this.last } : { status: 'checking' });
    try {
      const workbook = await this.host.readForms();
      const started = performance.now();
      const { profile, lang, year } = this.settings;
      const result = checkWorkbook(workbook, year === undefined ? { profile } : { profile, year });
      const ms = performance.now() - started;
      await this.host.writeStatus(result.issues, lang);
      this.last = result;
      this.publish({ status: 'done', result, ms });
    } catch (e) {
      this.publish({ status: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  }
}
