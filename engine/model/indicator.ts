import * as z from 'zod/mini';

export const ComparatorSchema = z.enum(['atLeast', 'atMost', 'target', 'unreadable']);
export type Comparator = z.infer<typeof ComparatorSchema>;

/**
 * A planned or actual value of a monitoring-plan measure as read from free text
 * (public JSON contract). `values[i]` is labelled by `labels[i]` ("Диплом – 7" → "Диплом",
 * "6 фото" → "фото"); `note` is the text in brackets. An unreadable value has no numbers and
 * says why in `reason`; only unreadable values carry a reason.
 */
export const IndicatorValueSchema = z
  .strictObject({
    text: z.string(),
    comparator: ComparatorSchema,
    values: z.array(z.number().check(z.nonnegative())),
    labels: z.array(z.nullable(z.string())),
    percent: z.boolean(),
    perEvent: z.boolean(),
    /** Per some other unit ("әр сауалнамадан", "на каждого участника"): the phrase is the value's label. */
    perUnit: z.boolean(),
    note: z.nullable(z.string()),
    reason: z.optional(z.string()),
  })
  .check(
    z.superRefine((v, ctx) => {
      if (v.labels.length !== v.values.length) {
        ctx.addIssue({ code: 'custom', path: ['labels'], message: 'one label per value' });
      }
      const unreadable = v.comparator === 'unreadable';
      if (unreadable !== (v.values.length === 0)) {
        ctx.addIssue({
          code: 'custom',
          path: ['values'],
          message: 'values are empty exactly when unreadable',
        });
      }
      if (unreadable !== (v.reason !== undefined)) {
        ctx.addIssue({
          code: 'custom',
          path: ['reason'],
          message: 'reason is given exactly when unreadable',
        });
      }
    }),
  );
export type IndicatorValue = z.infer<typeof IndicatorValueSchema>;
