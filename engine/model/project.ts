import * as z from 'zod/mini';

export const ProjectFieldSchema = z.enum(['grantee', 'priority', 'region', 'period']);
export type ProjectField = z.infer<typeof ProjectFieldSchema>;

/**
 * General information about the project (block I of the full description, "Жоба туралы"):
 * who receives the grant, under which priority direction, where and when. A field is null
 * when no sheet states it; `cells` says where each stated value was read.
 */
export const ProjectInfoSchema = z.object({
  grantee: z.nullable(z.string()),
  priority: z.nullable(z.string()),
  region: z.nullable(z.string()),
  /** The period as written ("2025 жылғы маусым-қараша", "01.06.2025 – 30.11.2025"). */
  period: z.nullable(z.string()),
  /** The first year the period names. */
  year: z.nullable(z.int()),
  /** "Sheet!B4" of each value found. */
  cells: z.partialRecord(ProjectFieldSchema, z.string()),
});
export type ProjectInfo = z.infer<typeof ProjectInfoSchema>;
