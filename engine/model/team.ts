import * as z from 'zod/mini';

/**
 * Block II of Annex 3 (the project team) as counts only: names and contacts are never kept.
 * `staff` are the organisation's employees, `specialists` those engaged under civil contracts.
 */
export const TeamSchema = z.object({
  sheet: z.string(),
  /** The header cell of the first team table, where a mismatch is reported. */
  cell: z.string(),
  staff: z.int().check(z.nonnegative()),
  specialists: z.int().check(z.nonnegative()),
});
export type Team = z.infer<typeof TeamSchema>;
