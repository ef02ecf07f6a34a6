/**
 * A run of digits in groups of three from the right, joined by `separator`: "1500000" →
 * "1 500 000". By hand: the usual lookahead pattern was a visible part of writing a report,
 * which formats every amount of every message.
 */
export function groupThousands(digits: string, separator: string): string {
  const lead = digits.length % 3 || 3;
  let out = digits.slice(0, lead);
  for (let at = lead; at < digits.length; at += 3) out += separator + digits.slice(at, at + 3);
  return out;
}

/** Number formatting for messages: thousands separated by spaces, as the forms print them. */
export function money(x: number | string | undefined): string {
  if (x === undefined) return '';
  if (typeof x === 'string') return x;
  const cents = Math.round(x * 100);
  const sign = cents < 0 ? '−' : '';
  const abs = Math.abs(cents);
  // Whole tiyn below 2^53 (every real amount) by integer arithmetic; anything larger as toFixed writes it.
  if (!Number.isSafeInteger(abs)) {
    const [int, frac] = Math.abs(cents / 100)
      .toFixed(2)
      .split('.');
    return signed(sign, int!, frac);
  }
  // Not a destructured pair here: while cold, destructuring walks an iterator, and reports render thousands.
  return signed(sign, String(Math.floor(abs / 100)), String(abs % 100).padStart(2, '0'));
}

function signed(sign: string, int: string, frac: string | undefined): string {
  const grouped = groupThousands(int, '\u00a0');
  return frac === '00' ? `${sign}${grouped}` : `${sign}${grouped},${frac}`;
}

export function percent(share: number): string {
  return `${(Math.round(share * 1000) / 10).toString().replace('.', ',')}\u00a0%`;
}

/** Names of the estimate's money columns in messages. */
export const COLUMN_NAMES = {
  kk: { total: 'барлығы', own: 'жеке салым', grant: 'грант қаражаты' },
  ru: { total: 'всего', own: 'собственный вклад', grant: 'средства гранта' },
  en: { total: 'total', own: 'own contribution', grant: 'grant funds' },
} as const;

/** Money in the sheet's own unit with its name: "1 500 000 теңге", "1 500 мың теңге". */
export function tenge(x: number | string | undefined, scale: number, lang: 'kk' | 'ru' | 'en'): string {
  const unit = {
    kk: scale === 1000 ? 'мың теңге' : 'теңге',
    ru: scale === 1000 ? 'тыс. тенге' : 'тенге',
    en: scale === 1000 ? 'thousand tenge' : 'tenge',
  }[lang];
  return `${money(x)} ${unit}`;
}

/** The forms of a noun after a number: Russian needs three (1 грант, 2 гранта, 5 грантов). */
export interface NounForms {
  one: string;
  few: string;
  many: string;
}

const PLURAL_RULES = {
  kk: new Intl.PluralRules('kk'),
  ru: new Intl.PluralRules('ru'),
  en: new Intl.PluralRules('en'),
} as const;

/**
 * "5 грантов", "1 employee", "3 қызметкер": a count with its noun in agreement. Kazakh nouns stay
 * singular after a numeral, so one form serves; English takes one and many.
 */
export function count(n: number, lang: keyof typeof PLURAL_RULES, forms: NounForms | string): string {
  if (typeof forms === 'string') return `${n} ${forms}`;
  const category = PLURAL_RULES[lang].select(n);
  // Russian fractions ("other") take the genitive singular: 1,5 месяца.
  const few = category === 'few' || (category === 'other' && lang === 'ru');
  const word = category === 'one' ? forms.one : few ? forms.few : forms.many;
  return `${n} ${word}`;
}
