import * as z from 'zod/mini';
import { EstimateSchema } from './estimate';
import { ParticipantStatsSchema, SocialImpactSchema } from './impact';
import { MonitoringPlanSchema } from './plan';
import { ProjectInfoSchema } from './project';
import { TeamSchema } from './team';

/** Everything the engine read from one workbook: the forms it recognised. */
export const GrantSchema = z.object({
  file: z.string(),
  estimates: z.array(EstimateSchema),
  plans: z._default(z.array(MonitoringPlanSchema), []),
  impacts: z._default(z.array(SocialImpactSchema), []),
  stats: z._default(z.array(ParticipantStatsSchema), []),
  /** Block II team tables, as counts of people. */
  teams: z._default(z.array(TeamSchema), []),
  /** Block I (grantee, period…), when a sheet states it. */
  project: z._default(z.nullable(ProjectInfoSchema), null),
});
export type Grant = z.infer<typeof GrantSchema>;
