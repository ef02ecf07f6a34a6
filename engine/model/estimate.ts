import * as z from 'zod/mini';

/** A numeric cell of the estimate: its value (null when empty or unreadable) and where it is. */
export const NumberFieldSchema = z.object({
  value: z.nullable(z.number()),
  cell: z.string(),
  /** True when the cell held something that is not a number (reported as estimate.value.invalid). */
  invalid: z._default(z.boolean(), false),
});
export type NumberField = z.infer<typeof NumberFieldSchema>;

export const LineKindSchema = z.enum(['section', 'group', 'item']);
export type LineKind = z.infer<typeof LineKindSchema>;

/** What a section (and everything under it) pays for; the cap and the portfolio shares use it. */
export const CategorySchema = z.enum(['admin', 'mt', 'inst', 'mtid', 'direct', 'unknown']);
export type Category = z.infer<typeof CategorySchema>;

export const PayrollRoleSchema = z.enum([
  'salary-group',
  'salary',
  'social-tax',
  'social-contributions',
  'medical',
  'pension',
]);
export type PayrollRole = z.infer<typeof PayrollRoleSchema>;

export const UnitKindSchema = z.enum(['month', 'person', 'piece', 'service', 'day', 'other']);
export type UnitKind = z.infer<typeof UnitKindSchema>;

export const EstimateLineSchema = z.object({
  kind: LineKindSchema,
  /** 1-based row on the sheet. */
  row: z.int(),
  label: z.string(),
  labelCell: z.string(),
  /** What the № column says ("1", "1.2", ""). */
  number: z.string(),
  unit: z.string(),
  unitKind: z.nullable(UnitKindSchema),
  qty: z.nullable(NumberFieldSchema),
  unitCost: z.nullable(NumberFieldSchema),
  total: NumberFieldSchema,
  own: z.nullable(NumberFieldSchema),
  grant: z.nullable(NumberFieldSchema),
  /** Index of the parent line in `lines`, null for a top-level line. */
  parent: z.nullable(z.int()),
  children: z.array(z.int()),
  category: CategorySchema,
  role: z.nullable(PayrollRoleSchema),
});
export type EstimateLine = z.infer<typeof EstimateLineSchema>;

/** A payroll charge line (social tax, contributions, medical, pension): payroll, not pay. */
export const isChargeLine = (l: EstimateLine): boolean =>
  l.role !== null && l.role !== 'salary' && l.role !== 'salary-group';

export const StructureProblemSchema = z.object({
  cell: z.string(),
  /** Machine code of the problem; messages live with the form.structure rule. */
  problem: z.enum(['no-total-row', 'unknown-section', 'no-sections', 'charges-without-salaries']),
  detail: z._default(z.string(), ''),
});
export type StructureProblem = z.infer<typeof StructureProblemSchema>;

export const InvalidValueSchema = z.object({
  cell: z.string(),
  text: z.string(),
  reason: z.enum(['error-value', 'not-a-number', 'negative', 'uncalculated', 'too-large']),
});
export type InvalidValue = z.infer<typeof InvalidValueSchema>;

export const EstimateColumnsSchema = z.object({
  number: z.nullable(z.int()),
  label: z.int(),
  unit: z.nullable(z.int()),
  qty: z.nullable(z.int()),
  unitCost: z.nullable(z.int()),
  total: z.int(),
  own: z.nullable(z.int()),
  grant: z.nullable(z.int()),
  note: z.nullable(z.int()),
});
export type EstimateColumns = z.infer<typeof EstimateColumnsSchema>;

/** Grant type by the Law on NGO grants, art. 6-1 p. 2: short-, medium- or long-term. */
export const GrantTypeSchema = z.enum(['short', 'medium', 'long']);
export type GrantType = z.infer<typeof GrantTypeSchema>;

export const EstimateSchema = z.object({
  sheet: z.string(),
  /** A1 range of the table from the header to the grand total. */
  range: z.string(),
  columns: EstimateColumnsSchema,
  lines: z.array(EstimateLineSchema),
  /** The "Итого / Барлығы" row, when found. */
  grandTotal: z.nullable(
    z.object({
      row: z.int(),
      total: NumberFieldSchema,
      own: z.nullable(NumberFieldSchema),
      grant: z.nullable(NumberFieldSchema),
    }),
  ),
  /** Project period in months when the sheet states it, and the cell that states it. */
  period: z.nullable(z.object({ months: z.number(), cell: z.string() })),
  /** Project year when the sheet states it. */
  year: z.nullable(z.int()),
  invalid: z.array(InvalidValueSchema),
  structure: z.array(StructureProblemSchema),
  /** Tenge per unit of the sheet's money figures: 1000 when it states "тыс. тенге" / "мың теңге". */
  scale: z._default(z.number().check(z.positive()), 1),
  /** The grant type the form states ("қысқа мерзімді", "среднесрочный"), when it does. */
  statedType: z._default(z.nullable(GrantTypeSchema), null),
  /** How the table was found: by a template's marker (exact layout) or by its headers (absent: headers). */
  readBy: z.optional(z.enum(['marker', 'headers'])),
});
export type Estimate = z.infer<typeof EstimateSchema>;
