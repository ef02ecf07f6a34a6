import { type ParseArgsConfig, parseArgs } from 'node:util';
import * as z from 'zod/mini';
import { LangSchema, type Lang } from '../engine/model/issue';
import type { Command } from './help';
import { CLI_WORDS } from './words';

/** Wrong usage: printed with the command's usage line, exit code 2. The message is already in the user's language. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command: Command | null = null,
  ) {
    super(message);
  }
}

/** Language from the environment (kk/ru), else English. */
export function defaultLang(env: NodeJS.ProcessEnv): Lang {
  const l = (env.LC_ALL || env.LC_MESSAGES || env.LANG || '').toLowerCase();
  if (l.startsWith('kk')) return 'kk';
  if (l.startsWith('ru')) return 'ru';
  return 'en';
}

/**
 * The language to speak before the arguments are parsed (usage errors and help need it too):
 * --lang wherever it stands, else the environment's. A bad --lang value is reported by the parser.
 */
export function langOf(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    const parsed = LangSchema.safeParse(value);
    if (parsed.success) return parsed.data;
  }
  return defaultLang(env);
}

const langField = (lang: Lang) =>
  z.optional(z.enum(LangSchema.options, { message: CLI_WORDS[lang].usage.lang }));

function checkSchema(lang: Lang) {
  const u = CLI_WORDS[lang].usage;
  return z.object({
    files: z.array(z.string()).check(z.minLength(1, u.filesNeeded)),
    json: z.boolean(),
    verbose: z.boolean(),
    /** Print each table row's kind as read and why (and the lines counted toward the 10 % cap). */
    explain: z._default(z.boolean(), false),
    year: z.optional(
      z
        .pipe(z.string().check(z.regex(/^\d{4}$/, u.year)), z.transform(Number))
        .check(z.refine((y) => y >= 2000 && y <= 2100, u.yearRange)),
    ),
    profile: z.optional(z.string()),
    lang: langField(lang),
    /** Print the stack of an internal error. */
    debug: z.boolean(),
  });
}
export type CheckArgs = z.infer<ReturnType<typeof checkSchema>>;

/** node's parseArgs, its English errors said again in the user's language. */
export function parseOptions<O extends NonNullable<ParseArgsConfig['options']>>(
  argv: string[],
  options: O,
  lang: Lang,
  command: Command,
) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    const u = CLI_WORDS[lang].usage;
    const err = e as Error & { code?: string };
    // node's messages are English: say the same in the user's language, naming the option.
    const option = /'(-{1,2}[^'\s]+)/.exec(err.message)?.[1] ?? '';
    if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(u.unknownOption(option), command);
    if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      throw new UsageError(u.missingValue(option), command);
    throw new UsageError(err.message, command);
  }
}

/** A schema's first problems as one usage error (the schemas carry the user's language). */
export function validated<T>(schema: z.ZodMiniType<T>, raw: unknown, command: Command): T {
  const r = schema.safeParse(raw);
  if (!r.success) throw new UsageError(r.error.issues.map((i) => i.message).join('; '), command);
  return r.data;
}

const LANG_OPTION = { lang: { type: 'string' } } as const;

export function parseCheckArgs(argv: string[], lang: Lang): CheckArgs {
  const { values, positionals } = parseOptions(
    argv,
    {
      json: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      explain: { type: 'boolean', default: false },
      year: { type: 'string' },
      profile: { type: 'string' },
      debug: { type: 'boolean', default: false },
      ...LANG_OPTION,
    },
    lang,
    'check',
  );
  return validated(checkSchema(lang), { files: positionals, ...values }, 'check');
}

function portfolioSchema(lang: Lang) {
  const u = CLI_WORDS[lang].usage;
  return z
    .extend(z.omit(checkSchema(lang), { verbose: true, explain: true }), {
      files: z.array(z.string()).check(z.minLength(1, u.foldersNeeded)),
      out: z.optional(z.string()),
      csv: z.boolean(),
      /** Follow symbolic links that lead out of the folders given. */
      followLinks: z.boolean(),
    })
    .check(z.refine((a) => a.out !== undefined || a.json || a.csv, { message: u.outNeeded }))
    .check(z.refine((a) => !(a.json && a.csv) || a.out !== undefined, { message: u.jsonAndCsv }));
}
export type PortfolioArgs = z.infer<ReturnType<typeof portfolioSchema>>;

export function parsePortfolioArgs(argv: string[], lang: Lang): PortfolioArgs {
  const { values, positionals } = parseOptions(
    argv,
    {
      out: { type: 'string', short: 'o' },
      json: { type: 'boolean', default: false },
      csv: { type: 'boolean', default: false },
      year: { type: 'string' },
      profile: { type: 'string' },
      debug: { type: 'boolean', default: false },
      'follow-links': { type: 'boolean', default: false },
      ...LANG_OPTION,
    },
    lang,
    'portfolio',
  );
  const { 'follow-links': followLinks, ...rest } = values;
  return validated(portfolioSchema(lang), { files: positionals, ...rest, followLinks }, 'portfolio');
}

export function parseTemplatesArgs(argv: string[], lang: Lang): { out: string } {
  const { values, positionals } = parseOptions(
    argv,
    { out: { type: 'string' }, ...LANG_OPTION },
    lang,
    'templates',
  );
  const schema = z.object({
    out: z
      .string({ message: CLI_WORDS[lang].usage.templatesOut })
      .check(z.minLength(1, CLI_WORDS[lang].usage.templatesOut)),
    lang: langField(lang),
    extra: z.array(z.string()).check(z.maxLength(0, CLI_WORDS[lang].usage.templatesOut)),
  });
  return validated(schema, { ...values, extra: positionals }, 'templates');
}
