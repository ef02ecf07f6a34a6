import { type ParseArgsConfig, parseArgs } from 'node:util';
import { z } from 'zod';
import { LangSchema, type Lang } from '../model/issue';

/** Wrong usage: printed with the usage text, exit code 2. */
export class UsageError extends Error {}

export const USAGE = `Usage:
  esep check FILE.xlsx... [--json] [--year YYYY] [--profile NAME|PATH] [--lang kk|ru|en] [--debug]
  esep indicator "TEXT" [--json]
  esep templates --out DIR
  esep portfolio DIR|FILES... --out REPORT.xlsx [--json] [--csv] [--year YYYY] [--profile NAME|PATH] [--lang kk|ru|en] [--follow-links] [--debug]

Exit codes: 0 no errors, 1 errors found, 2 unreadable input or bad usage.`;

const CheckArgsSchema = z.object({
  files: z.array(z.string()).min(1, 'name at least one .xlsx file'),
  json: z.boolean(),
  year: z
    .string()
    .regex(/^\d{4}$/, '--year takes a four-digit year, e.g. --year 2025')
    .transform(Number)
    .refine((y) => y >= 2000 && y <= 2100, '--year takes a year from 2000 to 2100')
    .optional(),
  profile: z.string().optional(),
  lang: z.enum(LangSchema.options, { message: '--lang takes kk, ru or en' }).optional(),
  /** Print the stack of an internal error. */
  debug: z.boolean(),
});
export type CheckArgs = z.infer<typeof CheckArgsSchema>;

/** Language from --lang, else from the environment (kk/ru), else English. */
export function defaultLang(env: NodeJS.ProcessEnv): Lang {
  const l = (env.LC_ALL || env.LC_MESSAGES || env.LANG || '').toLowerCase();
  if (l.startsWith('kk')) return 'kk';
  if (l.startsWith('ru')) return 'ru';
  return 'en';
}

function parse<O extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

function validated<T>(schema: z.ZodType<T>, raw: unknown): T {
  const r = schema.safeParse(raw);
  if (!r.success) throw new UsageError(r.error.issues.map((i) => i.message).join('; '));
  return r.data;
}

export function parseCheckArgs(argv: string[]): CheckArgs {
  const { values, positionals } = parse(argv, {
    json: { type: 'boolean', default: false },
    year: { type: 'string' },
    profile: { type: 'string' },
    lang: { type: 'string' },
    debug: { type: 'boolean', default: false },
  });
  return validated(CheckArgsSchema, { files: positionals, ...values });
}

const PortfolioArgsSchema = CheckArgsSchema.extend({
  files: z.array(z.string()).min(1, 'name at least one folder or .xlsx file'),
  out: z.string().optional(),
  csv: z.boolean(),
  /** Follow symbolic links that lead out of the folders given. */
  followLinks: z.boolean(),
})
  .refine((a) => a.out !== undefined || a.json || a.csv, {
    message: 'say where the report goes: --out REPORT.xlsx, --json or --csv',
  })
  .refine((a) => !(a.json && a.csv) || a.out !== undefined, {
    message:
      '--json and --csv cannot both use stdout: add --out REPORT.xlsx (the CSV then goes to REPORT.csv)',
  });
export type PortfolioArgs = z.infer<typeof PortfolioArgsSchema>;

export function parsePortfolioArgs(argv: string[]): PortfolioArgs {
  const { values, positionals } = parse(argv, {
    out: { type: 'string', short: 'o' },
    json: { type: 'boolean', default: false },
    csv: { type: 'boolean', default: false },
    year: { type: 'string' },
    profile: { type: 'string' },
    lang: { type: 'string' },
    debug: { type: 'boolean', default: false },
    'follow-links': { type: 'boolean', default: false },
  });
  const { 'follow-links': followLinks, ...rest } = values;
  return validated(PortfolioArgsSchema, { files: positionals, ...rest, followLinks });
}
