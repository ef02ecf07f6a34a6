import type { IndicatorValue } from '../model/indicator';
import { LangSchema, type Lang } from '../model/issue';
import { parseIndicator } from '../read/indicator';
import { reasonText } from '../rules/plan/reasons';
import { UsageError } from './args';
import type { Io } from './check-command';
import { CLI_WORDS } from './words';

const WORDS = {
  kk: {
    atLeast: 'кемінде ',
    atMost: 'ең көбі ',
    target: '',
    perEvent: ' (әр іс-шараға)',
    unreadable: 'оқылмады',
  },
  ru: {
    atLeast: 'не менее ',
    atMost: 'не более ',
    target: '',
    perEvent: ' на каждое мероприятие',
    unreadable: 'не прочитано',
  },
  en: {
    atLeast: 'at least ',
    atMost: 'at most ',
    target: '',
    perEvent: ' per event',
    unreadable: 'unreadable',
  },
} as const;

/** "at least 30", "3 / 1 per event", "unreadable: it looks like a date": one line a person can read. */
export function describeIndicator(v: IndicatorValue, lang: Lang): string {
  const w = WORDS[lang];
  if (v.comparator === 'unreadable') return `${w.unreadable}: ${reasonText(v.reason, lang)}`;
  const parts = v.values.map((x, i) => {
    const label = v.labels[i];
    const n = `${x}${v.percent ? '\u00a0%' : ''}`;
    return label ? `${label}: ${n}` : n;
  });
  const per = v.perEvent ? w.perEvent : '';
  // A per-event value's note is the per-event phrase itself, already said in the user's language.
  const note = v.note && !v.perEvent ? ` (${v.note})` : '';
  return `${w[v.comparator]}${parts.join(' / ')}${per}${note}`;
}

/**
 * `esep indicator "TEXT" [--json] [--lang kk|ru|en]`: the parsed meaning of one planned or actual
 * value. Exit 0, also for an unreadable text (the output says so). Arguments are split by hand
 * rather than with parseArgs, so that values people type with a leading dash ("-", "– 5") are texts.
 */
export function runIndicator(argv: string[], io: Io, lang: Lang): number {
  const u = CLI_WORDS[lang].usage;
  let json = false;
  const texts: string[] = [];
  let optionsEnded = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!optionsEnded && arg === '--') optionsEnded = true;
    else if (!optionsEnded && arg === '--json') json = true;
    // main took the language already; its value is not a text to read.
    else if (!optionsEnded && (arg === '--lang' || arg.startsWith('--lang='))) {
      const value = arg === '--lang' ? argv[++i] : arg.slice(7);
      if (!LangSchema.safeParse(value).success) throw new UsageError(u.lang, 'indicator');
    } else if (!optionsEnded && /^--./.test(arg)) throw new UsageError(u.unknownOption(arg), 'indicator');
    else texts.push(arg);
  }
  const [text, ...extra] = texts;
  if (text === undefined) throw new UsageError(u.indicatorText, 'indicator');
  if (extra.length > 0) throw new UsageError(u.indicatorOne, 'indicator');
  const value = parseIndicator(text);
  io.stdout(json ? JSON.stringify(value, null, 2) + '\n' : `${describeIndicator(value, lang)}\n`);
  return 0;
}
