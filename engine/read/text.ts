/** Text normalisation for matching labels typed by people in Kazakh, Russian or English. */
import { memoByText } from './memo';

/**
 * Lower case, ё→е, NBSP and runs of white space to one space, trimmed. Remembered by text: the
 * readers normalise the same label several times (row, classifier, tree, payroll roles), and every
 * grant repeats the form's headers and labels; lower-casing Cyrillic is far dearer than a look-up.
 */
export const norm = memoByText(normalise);

function normalise(text: string): string {
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
