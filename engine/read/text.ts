/** Text normalisation for matching labels typed by people in Kazakh, Russian or English. */

/** Lower case, ё→е, NBSP and runs of white space to one space, trimmed. */
export function norm(text: string): string {
  // JS \s covers NBSP, figure and narrow spaces; the replaces run only when needed (hot path).
  let t = text.toLowerCase();
  if (t.includes('ё')) t = t.replace(/ё/g, 'е');
  if (/\s\s|[^ \S]/.test(t)) t = t.replace(/\s+/g, ' ');
  return t.trim();
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
