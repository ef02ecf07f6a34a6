import { checkWorkbook } from '../../engine/check';
import type { FileResult, Lang } from '../../engine/model/issue';
import type { RuleProfile } from '../../engine/model/profile';
import type { GridHost, StatusOutcome } from './grid-host';

export const DEBOUNCE_MS = 300;

export interface CheckSettings {
  profile: RuleProfile;
  lang: Lang;
  year?: number;
  /**
   * Write the status column after every edit, not only on "Mark status column". Off by default:
   * on Excel before ExcelApi 1.19 a write through the API clears the user's Undo stack, and on
   * later Excel each write enters it.
   */
  markAsYouType?: boolean;
}

export type CheckState =
  | { status: 'idle' }
  | { status: 'checking'; last?: FileResult }
  | { status: 'done'; result: FileResult; ms: number; marked?: StatusOutcome }
  | { status: 'failed'; message: string };

/**
 * Runs the engine on the host's workbook now and after every user edit (debounced), keeping the
 * pane's list current; the status column is written on demand (markStatus) or, when the user
 * asks for it, after every check. One check at a time: edits that arrive during a check schedule
 * exactly one more.
 */
export class LiveCheck {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | null = null;
  private again = false;
  private markAgain = false;
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

  update(settings: CheckSettings): Promise<void> {
    this.settings = settings;
    return this.checkNow();
  }

  schedule(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.checkNow();
    }, this.debounceMs);
  }

  /** "Mark status column": a fresh check whose result goes into the status columns. */
  markStatus(): Promise<void> {
    return this.checkNow(true);
  }

  async checkNow(mark = false): Promise<void> {
    if (this.running) {
      this.again = true;
      this.markAgain ||= mark;
      return this.running;
    }
    this.running = this.run(mark || this.settings.markAsYouType === true);
    try {
      await this.running;
    } finally {
      this.running = null;
    }
    if (this.again) {
      const markNext = this.markAgain;
      this.again = false;
      this.markAgain = false;
      await this.checkNow(markNext);
    }
  }

  private async run(mark: boolean): Promise<void> {
    this.publish(this.last ? { status: 'checking', last: this.last } : { status: 'checking' });
    let result: FileResult;
    let ms: number;
    try {
      const workbook = await this.host.readForms();
      const started = performance.now();
      const { profile, lang, year } = this.settings;
      result = checkWorkbook(workbook, year === undefined ? { profile, lang } : { profile, lang, year });
      ms = performance.now() - started;
    } catch (e) {
      this.publish({ status: 'failed', message: e instanceof Error ? e.message : String(e) });
      return;
    }
    this.last = result;
    this.host.showIssues?.(result.issues);
    // A refused status write never hides the check's result: it comes back as a note.
    const marked = mark ? await this.host.writeStatus(result) : undefined;
    this.publish(marked ? { status: 'done', result, ms, marked } : { status: 'done', result, ms });
  }
}
