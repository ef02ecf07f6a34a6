/**
 * Reader for planned / actual values of monitoring-plan measures ("кемінде 30", "3/1",
 * "Диплом – 7, Сертификат – 175", "не более 10%"). Runs on every edit, so it is a single
 * pass of simple, linear regexes over a length-capped string, and it never throws.
 *
 * Decisions on ambiguous forms (all covered by test/indicator):
 * - Words attached to a number are its label, before it with a dash or colon ("Диплом – 7",
 *   "1 орын - 2") or around it ("6 фото", "кемінде 20 команда" → label "команда"). So unit
 *   words end up as labels; words on both sides of a number, or more than four, are prose.
 *   In the dash form, words after the number (a unit) are dropped.
 * - Kazakh case endings after a number ("300-ден", "80%-ы") are grammar, not labels.
 * - A range "10-15" / "от 10 до 15" reads as atLeast [10] with "10-15" in the note; a range in a
 *   list, or a falling one ("15-10"), is unreadable.
 * - Strict comparisons ("более 10", "100-ден астам") are unreadable: "more than 100" is neither
 *   "at least 100" nor a count we could honestly name.
 * - Dates ("2025 жылдың қазан айы", "16.11.24", a month name next to a number) are unreadable.
 * - perEvent is set only for "per event" phrases (әр іс-шара / әр шарадан / на каждое мероприятие /
 *   по N), in the text or its note. Other "each" phrases ("әр аумақтан -3", "әр баннер") stay
 *   in the note: they explain the number rather than multiply it by the number of events.
 * - "%" applies to the value it follows; mixing shares and counts in one text is unreadable.
 * - Unreadable results keep the note but no flags: the caller shows the text and the reason.
 */
import type { IndicatorValue } from '../model/indicator';
import { memoByText } from './memo';
import { parseNumberText } from './number';

/** Longer text is a description, not a value; also bounds the work per call. */
const MAX_LENGTH = 500;

export type UnreadableReason =
  | 'empty'
  | 'too-long'
  | 'date'
  | 'no-number'
  | 'text-without-number'
  | 'several-numbers'
  | 'prose'
  | 'unexpected-symbol'
  | 'strict-comparison'
  | 'conflicting-comparators'
  | 'range'
  | 'mixed-percent'
  | 'number-too-large'
  | 'internal-error';

/**
 * Word boundaries for Cyrillic (\b is ASCII-only). A list of phrases is one alternation: each
 * such expression costs a millisecond to compile (case-folded Unicode classes), once per process.
 */
function phrase(...sources: string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.join('|')})(?![\\p{L}])`, 'giu');
}

const AT_LEAST = phrase(
  'кем\\s*дегенде',
  'кем[іi]нде',
  'кем\\s+емес',
  'аз\\s+емес',
  'не\\s+мен(?:ее|ьше)',
  'не\\s+ниже',
  '(?:как\\s+)?минимум',
  'at\\s+least',
  '(?:no|not)\\s+(?:less|fewer)\\s+than',
  'min(?:imum)?',
  '(?:және\\s+)?одан\\s+(?:да\\s+)?(?:көп|жоғары)',
  'и\\s+(?:более|больше|выше)',
  'or\\s+more',
);
const AT_LEAST_SIGN = /≥|>=/g;

const AT_MOST = phrase(
  'не\\s+(?:более|больше|выше)',
  'максимум',
  'до(?=\\s*\\d)',
  'артық\\s+емес',
  'көп\\s+емес',
  'аспайды',
  'асп(?:ауы|уы)\\s+(?:тиіс|керек)',
  'дейін',
  '(?:no|not)\\s+more\\s+than',
  'at\\s+most',
  'up\\s+to',
  'max(?:imum)?',
);
const AT_MOST_SIGN = /≤|<=/g;

/** Left over after the phrases above: a strict "more/less than" we refuse to round. */
const STRICT = phrase(
  'более|больше|свыше|менее|меньше|астам|артық|жоғары|көп|аз|more\\s+than|less\\s+than|over|under',
);
const STRICT_SIGN = /[<>]/;

const PER_EVENT = phrase(
  'әр\\s+(?:іс\\s*-?\\s*)?шара\\p{L}*(?:\\s+бойынша)?',
  '(?:іс\\s*-?\\s*)?шара\\p{L}*\\s+(?:сайын|басына)',
  '(?:(?:на|в|для|за|с|со|от|из)\\s+)?(?:кажд\\p{L}*|одно)\\s+мероприяти\\p{L}*',
  '(?:per|each|every|for\\s+each)\\s+event',
  'по(?=\\s+\\d)',
);

/**
 * "Әр сауалнамадан", "әр мектептен", "с каждой школы", "на каждого участника", "from each school":
 * the value is per some unit other than an event. It is not multiplied (the number of units is not
 * known); the phrase becomes the value's label.
 */
const PER_UNIT = [
  'әр\\s+[\\p{L}-]+?(?:дан|ден|тан|тен|нан|нен)',
  '(?:с|со|от|из|на|для)\\s+кажд\\p{L}*\\s+[\\p{L}-]+',
  '(?:from|for)\\s+each\\s+[\\p{L}-]+',
].map((source) => phrase(source));
const EVENT_NOUN = /(?:^|\s)(?:іс\s*-?\s*)?шара|мероприяти|event/iu;

/** The first per-unit phrase of the text whose unit is not an event (events have their own flag). */
function perUnitPhrase(s: string): string | null {
  for (const p of PER_UNIT) {
    p.lastIndex = 0;
    const m = p.exec(s);
    p.lastIndex = 0;
    if (m && !EVENT_NOUN.test(m[0])) return m[0];
  }
  return null;
}

const PERCENT = /[%％]|(?<![\p{L}])(?:пайыз|процент|percent)\p{L}*/giu;

const DATE_PATTERNS = [
  /\d{1,2}\.\d{1,2}\.\d{2,4}(?!\d)/u,
  /\d{1,2}\/\d{1,2}\/\d{4}(?!\d)/u,
  /(?<!\d)(?:19|20)\d{2}(?!\d)\s*-?\s*(?:ж\.|жыл|г\.|год|year)/iu,
];
// English "may" and "march" are left out: they are common words.
const MONTH = phrase(
  '(?:қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан|' +
    'январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр|' +
    'january|february|april|june|july|august|september|october|november|december)\\p{L}*',
);

/** Kazakh endings written after a number with a hyphen: "300-ден", "80%-ы", "1-ші". */
const CASE_ENDINGS = new Set(
  (
    'ден тен дан тан нан нен ға ге қа ке на не ы і сы сі ын ін ның нің дың дің тың тің ды ді ты ті ны ні ' +
    'да де та те нда нде ша ше ғы гі ші шы нші ншы'
  ).split(' '),
);

/** Between items: line breaks, ";", "/", "\", a comma that is no decimal comma, a sentence dot, "and". */
const ITEM_SEPARATOR = /[;/\\]|,(?!\d)|(?<!\d),|\.(?=\s|$)|\s(?:және|мен|и|and|&)(?=\s)/giu;

/** Quotes and bullets people leave around values; anything else unexpected makes the text unreadable. */
const IGNORABLE = /^["'«»“”„`*•·.]$/u;

const TOKEN =
  /(\d{1,3}(?: \d{3})+(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)?)|([\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*)|([-‐‑‒–—−:])|(\s+)|([^])/gu;

type Token = { kind: 'num' | 'word' | 'dash' | 'other'; raw: string; start: number; end: number };

type Item = { value: number; label: string | null; percent: boolean; range: string | null };

class Unreadable {
  constructor(readonly reason: UnreadableReason) {}
}

/** A reading is shared by every cell with the same text: frozen, so no caller can change it for another. */
const remembered = memoByText((text: string): IndicatorValue => {
  let value: IndicatorValue;
  try {
    value = read(text);
  } catch {
    // Defensive only: the reader is written not to throw, and callers must never see a throw.
    value = unreadable(text, 'internal-error', null);
  }
  Object.freeze(value.values);
  Object.freeze(value.labels);
  return Object.freeze(value);
});

/** A bare count ("205"): the usual planned level, read without the phrase patterns (as read() reads it). */
const BARE_COUNT = /^\d{1,12}$/;

export function parseIndicator(text: string): IndicatorValue {
  if (!BARE_COUNT.test(text)) return remembered(text);
  return Object.freeze({
    text,
    comparator: 'target',
    values: Object.freeze([Number(text)]) as number[],
    labels: Object.freeze([null]) as null[],
    percent: false,
    perEvent: false,
    perUnit: false,
    note: null,
  });
}

function read(text: string): IndicatorValue {
  if (text.length > MAX_LENGTH) return unreadable(text, 'too-long', null);
  const clean = text.replace(/[\u00a0\u2007\u202f\t\r\v\f]/g, ' ').replace(/ {2,}/g, ' ');
  if (/^[\s\-‐‑‒–—−.]*$/u.test(clean)) return unreadable(text, 'empty', null);
  if (/\d/.test(clean) && (DATE_PATTERNS.some((p) => p.test(clean)) || test(MONTH, clean))) {
    return unreadable(text, 'date', null);
  }

  const { main: withNotes, notes } = takeNotes(clean);
  let main = withNotes;
  const perUnit = perUnitPhrase(main);
  // "по 2 на каждую школу": the "по" belongs to the per-unit phrase, not to events.
  if (perUnit) main = main.replace(perUnit, ' ').replace(/(?<![\p{L}])по(?=\s+\d)/iu, ' ');
  // A bracket saying "per event" qualifies the main value, unless it carries its own count:
  // in "3 (по 1 на каждое мероприятие)" the 3 is the total and the 1 is per event.
  const perEvent = test(PER_EVENT, main) || notes.some((n) => !/\d/.test(n) && test(PER_EVENT, n));
  main = main.replace(PER_EVENT, ' ');

  // "от 10 до 15" is a range, not "up to 15".
  main = main.replace(/(?<![\p{L}])от\s+(\d+(?:[.,]\d+)?)\s+до\s+(?=\d)/giu, '$1-');
  const atLeast = test(AT_LEAST, main) || test(AT_LEAST_SIGN, main);
  const atMost = test(AT_MOST, main) || test(AT_MOST_SIGN, main);
  for (const p of [AT_LEAST, AT_LEAST_SIGN, AT_MOST, AT_MOST_SIGN]) main = main.replace(p, ' ');
  const note = notes.length > 0 ? notes.join('; ') : null;
  if (atLeast && atMost) return unreadable(text, 'conflicting-comparators', note);
  if (!/\d/.test(main)) return unreadable(text, 'no-number', note);
  if (test(STRICT, main) || STRICT_SIGN.test(main)) return unreadable(text, 'strict-comparison', note);

  let items: Item[];
  try {
    items = splitItems(main).flatMap((s) => readItem(s) ?? []);
  } catch (e) {
    if (e instanceof Unreadable) return unreadable(text, e.reason, note);
    throw e;
  }
  if (items.length === 0) return unreadable(text, 'no-number', note);
  const ranges = items.filter((i) => i.range !== null);
  if (ranges.length > 0 && (items.length > 1 || atMost)) return unreadable(text, 'range', note);
  const percent = items.some((i) => i.percent);
  if (percent && items.some((i) => !i.percent)) return unreadable(text, 'mixed-percent', note);

  const allNotes = [...ranges.map((r) => r.range ?? ''), ...notes];
  return {
    text,
    comparator: atLeast || ranges.length > 0 ? 'atLeast' : atMost ? 'atMost' : 'target',
    values: items.map((i) => i.value),
    labels: items.map((i) => i.label ?? (perUnit ? perUnit.trim() : null)),
    percent,
    perEvent,
    perUnit: perUnit !== null,
    note: allNotes.length > 0 ? allNotes.join('; ') : null,
  };
}

function unreadable(text: string, reason: UnreadableReason, note: string | null): IndicatorValue {
  return {
    text,
    comparator: 'unreadable',
    values: [],
    labels: [],
    percent: false,
    perEvent: false,
    perUnit: false,
    note,
    reason,
  };
}

/** A global regex's lastIndex would leak between calls; reset it around a test. */
function test(re: RegExp, s: string): boolean {
  re.lastIndex = 0;
  const hit = re.test(s);
  re.lastIndex = 0;
  return hit;
}

/** Bracketed text becomes notes (nesting kept inside; an unclosed bracket runs to the end). */
function takeNotes(s: string): { main: string; notes: string[] } {
  let main = '';
  const notes: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of s) {
    if (ch === '(') {
      if (depth > 0) current += ch;
      depth++;
    } else if (ch === ')') {
      if (depth === 0) continue; // a stray closing bracket carries nothing
      depth--;
      if (depth > 0) current += ch;
      else {
        pushNote(notes, current);
        current = '';
        main += ' ';
      }
    } else if (depth > 0) current += ch;
    else main += ch;
  }
  if (depth > 0) pushNote(notes, current);
  return { main, notes };
}

function pushNote(notes: string[], raw: string): void {
  const n = raw.replace(/\s+/g, ' ').trim();
  if (n !== '') notes.push(n);
}

/**
 * Items are separated by ITEM_SEPARATOR. A line without digits continues its neighbour
 * (a cell wrapped by hand: "Диплом –\n7"), so line breaks only separate lines with numbers.
 */
function splitItems(main: string): string[] {
  const lines: string[] = [];
  let pending = '';
  for (const line of main.split('\n')) {
    if (/\d/.test(line)) {
      lines.push(`${pending} ${line}`);
      pending = '';
    } else if (lines.length > 0) lines[lines.length - 1] += ` ${line}`;
    else pending += ` ${line}`;
  }
  if (pending.trim() !== '') lines.push(pending);
  return lines.flatMap((l) => l.split(ITEM_SEPARATOR));
}

function tokenize(s: string): Token[] {
  const tokens: Token[] = [];
  for (const m of s.matchAll(TOKEN)) {
    const start = m.index;
    const raw = m[0];
    const kind = m[1]
      ? 'num'
      : m[2]
        ? 'word'
        : m[3]
          ? 'dash'
          : m[4]
            ? null
            : IGNORABLE.test(raw)
              ? null
              : 'other';
    if (kind) tokens.push({ kind, raw, start, end: start + raw.length });
  }
  return tokens;
}

/** One item: a number with its label, a range, or nothing (punctuation only). */
function readItem(segment: string): Item | null {
  const raw = segment.replace(PERCENT, '');
  const percent = raw.length !== segment.length;
  const tokens = tokenize(raw);
  if (tokens.some((t) => t.kind === 'other')) throw new Unreadable('unexpected-symbol');
  const nums = tokens.filter((t) => t.kind === 'num');
  const first = nums[0];
  if (!first) {
    if (tokens.some((t) => t.kind === 'word')) throw new Unreadable('text-without-number');
    return null;
  }

  // "Диплом – 7", "1 орын - 2": the label is everything before the dash.
  const dash = tokens.findIndex(
    (t, i) =>
      t.kind === 'dash' && tokens[i + 1]?.kind === 'num' && tokens.slice(0, i).some((b) => b.kind === 'word'),
  );
  if (dash > 0) {
    const right = tokens.slice(dash + 1);
    if (right.filter((t) => t.kind === 'num').length > 1) throw new Unreadable('several-numbers');
    return { value: toNumber(right[0]), label: label(raw, tokens.slice(0, dash)), percent, range: null };
  }

  const at = tokens.indexOf(first);
  const next = tokens[at + 1];
  const afterNext = tokens[at + 2];
  if (nums.length === 2 && next?.kind === 'dash' && afterNext && afterNext === nums[1]) {
    if (tokens.slice(0, at).some((t) => t.kind === 'word')) throw new Unreadable('prose');
    const low = toNumber(first);
    const high = toNumber(afterNext);
    if (!(low < high)) throw new Unreadable('range');
    const unit = label(raw, tokens.slice(at + 3));
    return { value: low, label: unit, percent, range: `${first.raw}-${afterNext.raw}` };
  }
  if (nums.length > 1) throw new Unreadable('several-numbers');

  let after = tokens.slice(at + 1);
  // "300-ден", "80%-ы": a hyphen and a case ending are grammar.
  if (
    after[0]?.kind === 'dash' &&
    after[1]?.kind === 'word' &&
    CASE_ENDINGS.has(after[1].raw.toLowerCase())
  ) {
    after = after.slice(2);
  }
  const before = tokens.slice(0, at);
  const hasBefore = before.some((t) => t.kind === 'word');
  const hasAfter = after.some((t) => t.kind === 'word');
  if (hasBefore && hasAfter) throw new Unreadable('prose');
  return { value: toNumber(first), label: label(raw, hasBefore ? before : after), percent, range: null };
}

function toNumber(t: Token | undefined): number {
  const parsed = parseNumberText(t?.raw ?? '');
  if (parsed.kind !== 'number') throw new Unreadable('number-too-large');
  return parsed.value;
}

/** The label as typed, without dashes and colons at its ends; null when there are no words. */
function label(s: string, tokens: Token[]): string | null {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last || !tokens.some((t) => t.kind === 'word')) return null;
  const text = s
    .slice(first.start, last.end)
    .replace(/\s+/g, ' ')
    .replace(/^[\s\-‐‑‒–—−:]+|[\s\-‐‑‒–—−:]+$/gu, '');
  if ((text.match(/\p{L}+/gu) ?? []).length > 4) throw new Unreadable('prose');
  return text;
}
