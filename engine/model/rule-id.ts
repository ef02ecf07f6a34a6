import * as z from 'zod/mini';

/**
 * Every rule id, the registry's order. Listed here rather than derived from engine/rules/registry.ts
 * because the model sits below the rules (an issue's schema must not import the rules that produce
 * it); test/rules/registry.test.ts fails unless the registry holds exactly these ids, and
 * `defineRule` accepts no other, so a typo or a forgotten entry cannot pass.
 */
export const RULE_IDS = [
  'form.structure',
  'estimate.value.invalid',
  'estimate.line.amount',
  'estimate.line.funding',
  'estimate.group.sum',
  'estimate.total.sum',
  'estimate.cap.mtid',
  'estimate.payroll.social-tax',
  'estimate.payroll.social-contributions',
  'estimate.payroll.medical',
  'estimate.payroll.pension',
  'estimate.payroll.year',
  'estimate.months.period',
  'estimate.grant.size',
  'plan.value.unreadable',
  'plan.fact.below',
  'plan.fact.missing',
  'plan.fact.unreadable',
  'plan.fact.copied',
  'plan.deviation.unexplained',
  'plan.measure.duplicate',
  'plan.period.reversed',
  'impact.fact.below',
  'impact.fact.missing',
  'impact.indicator.duplicate',
  'impact.beneficiaries.mismatch',
  'impact.payroll.whole-grant',
  'impact.staff.mismatch',
  'team.specialists.mismatch',
  'stats.breakdown.sum',
] as const;

export const RuleIdSchema = z.enum(RULE_IDS);
export type RuleId = z.infer<typeof RuleIdSchema>;
