import * as z from 'zod/mini';

/** A number of the law with where it comes from and whether it has been confirmed. */
export const SourcedSchema = z.object({
  value: z.number(),
  source: z.string().check(z.minLength(1)),
  verified: z.boolean(),
});
export type Sourced = z.infer<typeof SourcedSchema>;

/** A bound on a contribution base, in minimum wages (МЗП) or monthly calculation indices (МРП). */
export const BaseBoundSchema = z.object({
  value: z.number().check(z.positive()),
  unit: z.enum(['MZP', 'MRP']),
});

/**
 * Which part of the monthly salary S a charge is computed on:
 * S, S − OPV (employee pension), or S − OPV − VOSMS (employee medical).
 */
export const ChargeBaseSchema = z.enum(['S', 'S-OPV', 'S-OPV-VOSMS']);

export const ChargeSchema = z.object({
  rate: SourcedSchema,
  base: ChargeBaseSchema,
  minBase: z.optional(BaseBoundSchema),
  maxBase: z.optional(BaseBoundSchema),
  /** Social tax before 2026 is reduced by the social contributions. */
  deductSocialContributions: z._default(z.boolean(), false),
  /** ОПВР is due only for employees born on or after this year. */
  bornFrom: z.optional(z.int()),
});
export type Charge = z.infer<typeof ChargeSchema>;

/** Employee withholdings: they are not estimate lines but shape the bases of the charges. */
export const WithholdingSchema = z.object({
  rate: SourcedSchema,
  minBase: z.optional(BaseBoundSchema),
  maxBase: z.optional(BaseBoundSchema),
});

export const PayrollYearSchema = z.object({
  minWage: SourcedSchema,
  mrp: SourcedSchema,
  employeePension: WithholdingSchema,
  employeeMedical: WithholdingSchema,
  socialTax: ChargeSchema,
  socialContributions: ChargeSchema,
  medical: ChargeSchema,
  pension: ChargeSchema,
});
export type PayrollYear = z.infer<typeof PayrollYearSchema>;

export const GrantSizeSchema = z.object({
  type: z.enum(['short', 'medium', 'long']),
  minMRP: z.number(),
  maxMRP: z.nullable(z.number()),
  source: z.string(),
});

/** A versioned rule profile: every number the rules use, with its source. */
export const RuleProfileSchema = z.object({
  id: z.string(),
  version: z.string(),
  title: z.string(),
  /** The date from which the profile applies (grant rules were rewritten from 2025-07-01). */
  effectiveFrom: z.string(),
  money: z.object({
    /** Money differences at or below this many tenge are not reported. */
    tolerance: z.number().check(z.nonnegative()),
    /** Payroll charges are computed per month and rounded: this many tenge per charged month are allowed. */
    payrollRoundingPerMonth: z.number().check(z.nonnegative()),
  }),
  caps: z.object({
    /** Material-technical support + institutional development, as a share of the grant's total cost. */
    mtidShare: SourcedSchema,
  }),
  /** Monitoring plan: a fact this far from its plan (a share of the plan) needs an explanation in a report. */
  plan: z._default(z.object({ deviationShare: z.number().check(z.positive()) }), { deviationShare: 0.1 }),
  /** Year used when neither the sheet nor the user names one. */
  defaultYear: z.int(),
  payroll: z.record(z.string().check(z.regex(/^\d{4}$/)), PayrollYearSchema),
  grantSize: z._default(z.array(GrantSizeSchema), []),
});
export type RuleProfile = z.infer<typeof RuleProfileSchema>;
