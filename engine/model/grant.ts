import { z } from 'zod';
import { EstimateSchema } from './estimate';

/** Everything the engine read from one workbook: the forms it recognised. */
export const GrantSchema = z.object({
  file: z.string(),
  estimates: z.array(EstimateSchema),
});
export type Grant = z.infer<typeof GrantSchema>;
