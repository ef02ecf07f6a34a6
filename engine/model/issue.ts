import * as z from 'zod/mini';
import { RuleIdSchema } from './rule-id';

export const LangSchema = z.enum(['kk', 'ru', 'en']);
export type Lang = z.infer<typeof LangSchema>;

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

export const FormKindSchema = z.enum(['estimate', 'plan', 'impact', 'stats', 'project']);
export type FormKind = z.infer<typeof FormKindSchema>;

const AmountSchema = z.union([z.number(), z.string()]);

/**
 * One problem found, as data: which rule, where, and the values its message is made of. The text
 * is made at display time by `renderIssue(issue, lang)` (engine/rules/render-issue.ts), so the
 * same issues can be shown in any language without checking again.
 */
export const IssueSchema = z.object({
  rule: RuleIdSchema,
  severity: SeveritySchema,
  sheet: z.string(),
  cell: z.string(),
  expected: z.optional(AmountSchema),
  actual: z.optional(AmountSchema),
  /** The rule's own message parameters (labels, years, rates…): plain JSON values. */
  params: z.record(z.string(), z.unknown()),
});
export type Issue = z.infer<typeof IssueSchema>;

/** An issue as the CLI's JSON and reports show it, its message in one language (contract: DESIGN.md). */
export const RenderedIssueSchema = z.object({
  rule: RuleIdSchema,
  severity: SeveritySchema,
  sheet: z.string(),
  cell: z.string(),
  message: z.string(),
  expected: z.optional(AmountSchema),
  actual: z.optional(AmountSchema),
});
export type RenderedIssue = z.infer<typeof RenderedIssueSchema>;

/** A recognised form and where it sits. */
export const FoundFormSchema = z.object({
  form: FormKindSchema,
  sheet: z.string(),
  range: z.string(),
});
export type FoundForm = z.infer<typeof FoundFormSchema>;

export const FileResultSchema = z.object({
  file: z.string(),
  forms: z.array(FoundFormSchema),
  issues: z.array(IssueSchema),
});
export type FileResult = z.infer<typeof FileResultSchema>;

/** contract: `esep check --json`, one file; `error` when the file could not be read. */
export const RenderedFileResultSchema = z.extend(FileResultSchema, {
  issues: z.array(RenderedIssueSchema),
  error: z.optional(z.string()),
});
export type RenderedFileResult = z.infer<typeof RenderedFileResultSchema>;

export const CheckReportSchema = z.object({ files: z.array(RenderedFileResultSchema) });
export type CheckReport = z.infer<typeof CheckReportSchema>;
