import * as z from 'zod/mini';
import { StatusOutcomeSchema } from '../check/grid-host';

/**
 * A ribbon command runs in its own hidden page with no place to show anything. It leaves its
 * result here (same origin: the pane's localStorage), and the task pane shows it: at once through
 * the storage event when the pane is open, otherwise when it opens next.
 */
export const COMMAND_REPORT_KEY = 'esep.command-report';

export const CommandReportSchema = z.object({
  at: z.number(),
  /** What the command did; `error` when it could not even check (Excel refused, no workbook…). */
  outcome: z.optional(StatusOutcomeSchema),
  error: z.optional(z.string()),
});
export type CommandReport = z.infer<typeof CommandReportSchema>;

export function saveCommandReport(storage: Storage | undefined, report: CommandReport): void {
  try {
    storage?.setItem(COMMAND_REPORT_KEY, JSON.stringify(report));
  } catch {
    // Storage may be unavailable (private mode, partitioned storage): the command stays silent then.
  }
}

/** The last report, removed once read so it is shown once. Malformed or absent: null. */
export function takeCommandReport(storage: Storage | undefined): CommandReport | null {
  try {
    const raw = storage?.getItem(COMMAND_REPORT_KEY);
    if (!raw) return null;
    storage?.removeItem(COMMAND_REPORT_KEY);
    const parsed = CommandReportSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
