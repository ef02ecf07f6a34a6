import { z } from 'zod';

export const LangSchema = z.enum(['kk', 'ru', 'en']);
export type Lang = z.infer<typeof LangSchema>;

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

export const FormKindSchema = z.enum(['estimate', 'plan', 'impact', 'stats', 'project']);
export type FormKind = z.infer<typeof FormKindSchema>;

/** One problem found, as the CLI's JSON and the add-in show it (contract: DESIGN.md). */
export const IssueSchema = z.object({
  rule: z.string(),
  severity: SeveritySchema,
  sheet: z.string(),
  cell: z.string(),
  message: z.string(),
  expected: z.union([z.number(), z.string()]).optional(),
  actual: z.union([z.number(), z.string()]).optional(),
});
export type Issue = z.infer<typeof IssueSchema>;

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

export const CheckReportSchema = z.object({ files: z.array(FileResultSchema) });
export type CheckReport = z.infer<typeof CheckReportSchema>;
