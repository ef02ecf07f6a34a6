import * as z from 'zod/mini';
import type { WorkbookGrid } from '../../engine/grid/grid';
import type { FileResult, Issue, Lang } from '../../engine/model/issue';
import type { ReportText } from '../portfolio/report-sheets';
import type { PortfolioReport } from '../portfolio/protocol';

/** What a host can do beyond reading and writing status; the pane hides what is missing. */
export interface HostCapabilities {
  /** Inserting form templates as new sheets (Excel: ExcelApi 1.13). */
  insertForms: boolean;
  /** Why a capability is missing, already phrased for the user's language by the pane. */
  insertFormsMissing?: 'excel-too-old' | 'not-on-this-platform';
  /** Native charts with the portfolio's sheets (Excel yes; the preview's grid has none). */
  charts: boolean;
}

/** What a status write did. */
export const StatusOutcomeSchema = z.object({
  /** Status cells written. */
  written: z.int(),
  /** Rows with a status to show whose cell is locked on a protected sheet, merged, or holds a user's value. */
  skipped: z.int(),
  /** Why Excel refused the write, when it did: the check's result stands, only the column is stale. */
  failed: z.optional(z.string()),
});
export type StatusOutcome = z.infer<typeof StatusOutcomeSchema>;

/**
 * The one seam between the task pane and a spreadsheet. Excel (Office.js) and the preview's
 * in-memory workbook implement it, so the same pane and the same checks run on both.
 */
export interface GridHost {
  readonly capabilities: HostCapabilities;
  /** Every visible sheet as grids, read in one batch. Status columns come back empty. */
  readForms(): Promise<WorkbookGrid>;
  /**
   * Writes a short status per row (in lang) into the sheets' own status columns, only over the rows of the
   * found tables and only into unlocked, unmerged cells; never into user cells. Never throws:
   * a refused write comes back as `failed`.
   */
  writeStatus(result: Pick<FileResult, 'issues' | 'forms'>, lang: Lang): Promise<StatusOutcome>;
  /** A host that draws problems itself (the preview's grid) gets each check's issues here. */
  showIssues?(issues: readonly Issue[]): void;
  /** Shows a cell to the user (activates its sheet and selects it). */
  select(sheet: string, cell: string): Promise<void>;
  /** Calls back on user edits (not on the host's own status writes). Returns an unsubscribe. */
  onChange(callback: () => void): () => void;
  /** Adds the sheets of an .xlsx (base64) to the workbook; returns the new sheets' names. */
  insertForm(base64: string): Promise<string[]>;
  /**
   * Adds the portfolio as new sheets (unique names; user sheets are never touched), with tables
   * and, where `capabilities.charts`, native charts. Returns the new sheets' names.
   */
  writePortfolio(report: PortfolioReport, text: ReportText): Promise<string[]>;
  /** Removes event handlers; the pane calls it when it closes. */
  dispose(): Promise<void>;
}
