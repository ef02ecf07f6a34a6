import { z } from 'zod';
import { EstimateSchema } from './estimate';
import { ParticipantStatsSchema, SocialImpactSchema } from './impact';
import { MonitoringPlanSchema } from './plan';
import { ProjectInfoSchema } from './project';
import { TeamSchema } from './team';

/** Everything the engine read from one workbook: the forms it recognised. */
export const GrantSchema = z.object({
  file: z.string(),
  estimates: z.array(EstimateSchema),
  plans: z.array(MonitoringPlanSchema).default([]),
  impacts: z.array(SocialImpactSchema).default([]),
  stats: z.array(ParticipantStatsSchema).default([]),
  /** Block II team tables, as counts of people. */
  teams: z.array(TeamSchema).default([]),
  /** Block I (grantee, period…), when a sheet states it. */
  project: ProjectInfoSchema.nullable().default(null),
});
export type Grant = z.infer<typeof GrantSchema>;
