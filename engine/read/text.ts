/** Text normalisation for matching labels typed by people in Kazakh, Russian or English. */

/** Lower case, ё→е, NBSP and runs of white space to one space, trimmed. */
export function norm(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\u00a0\u2007\u202f\t\r\n]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Letters and digits only (punctuation and spaces dropped): for loose header matching. */
export function squash(text: string): string {
  return norm(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** True when any pattern matches the normalised text. */
export function matchesAny(text: string, patterns: readonly RegExp[]): boolean {
  const t = norm(text);
  return patterns.some((p) => p.test(t));
}
