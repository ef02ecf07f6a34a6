import type { Lang } from '../../model/issue';
import type { UnreadableReason } from '../../read/indicator';

/** Why a planned or actual value could not be read, in words (the reader's codes stay in JSON). */
export const UNREADABLE_REASONS: Record<UnreadableReason, Record<Lang, string>> = {
  empty: { kk: 'мән бос', ru: 'значение пустое', en: 'it is empty' },
  'too-long': { kk: 'мәтін тым ұзын', ru: 'текст слишком длинный', en: 'the text is too long' },
  date: { kk: 'бұл күнге ұқсайды', ru: 'похоже на дату', en: 'it looks like a date' },
  'no-number': { kk: 'онда сан жоқ', ru: 'в нём нет числа', en: 'it has no number' },
  'text-without-number': { kk: 'сансыз мәтін', ru: 'текст без числа', en: 'it is text without a number' },
  'several-numbers': {
    kk: 'бірнеше сан бар, қайсысы жоспар екені белгісіз',
    ru: 'в нём несколько чисел, и неясно, какое из них план',
    en: 'it has several numbers and it is unclear which one is meant',
  },
  prose: {
    kk: 'бұл сан емес, сипаттама',
    ru: 'это описание, а не число',
    en: 'it is a description, not a number',
  },
  'unexpected-symbol': {
    kk: 'күтпеген таңба бар',
    ru: 'в нём неожиданный символ',
    en: 'it has an unexpected symbol',
  },
  'strict-comparison': {
    kk: '«артық» / «кем» деген қатаң салыстыру',
    ru: 'строгое сравнение («больше» / «меньше»)',
    en: 'it is a strict comparison ("more than" / "less than")',
  },
  'conflicting-comparators': {
    kk: '«кемінде» мен «аспайды» қатар тұр',
    ru: '«не менее» и «не более» одновременно',
    en: 'it says "at least" and "at most" together',
  },
  range: {
    kk: 'бұл аралық (мысалы, 10–20)',
    ru: 'это диапазон (например, 10–20)',
    en: 'it is a range (e.g. 10–20)',
  },
  'mixed-percent': {
    kk: 'пайыз бен сан аралас',
    ru: 'проценты и количества вперемешку',
    en: 'it mixes percentages and counts',
  },
  'number-too-large': { kk: 'сан тым үлкен', ru: 'число слишком большое', en: 'the number is too large' },
  'internal-error': {
    kk: 'оқу кезінде ішкі қате болды',
    ru: 'при чтении произошла внутренняя ошибка',
    en: 'an internal error occurred while reading it',
  },
};

/** "кемінде 30", "80 %": how to write a value Esep reads, for messages that ask for one. */
export const READABLE_EXAMPLE: Record<Lang, string> = {
  kk: 'санмен жазыңыз, мысалы «кемінде 30» немесе «80 %»',
  ru: 'запишите числом, например «не менее 30» или «80 %»',
  en: 'write it as a number, e.g. "at least 30" or "80 %"',
};

export function reasonText(reason: string | undefined, lang: Lang): string {
  const known = reason !== undefined && reason in UNREADABLE_REASONS;
  return known ? UNREADABLE_REASONS[reason as UnreadableReason][lang] : UNREADABLE_REASONS['no-number'][lang];
}
