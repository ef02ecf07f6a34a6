/**
 * Remembers a pure function of a text. Official forms repeat the same labels, units and
 * indicator texts in every grant of a portfolio, and the readers' regular expressions over
 * Kazakh and Russian words are the dearest part of reading them. The memory is bounded: past
 * `limit` texts it starts afresh.
 */
export function memoByText<T>(fn: (text: string) => T, limit = 4096): (text: string) => T {
  let seen = new Map<string, T>();
  return (text) => {
    const known = seen.get(text);
    if (known !== undefined || seen.has(text)) return known as T;
    const value = fn(text);
    if (seen.size >= limit) seen = new Map();
    seen.set(text, value);
    return value;
  };
}

export type Table<T> = ReadonlyArray<readonly [T, RegExp]>;

/** Each table's answers by text (a table is a module constant, so the WeakMap never grows). */
const answers = new WeakMap<Table<unknown>, (text: string) => unknown>();

/** The value of the first pattern of `table` that the text matches. */
export function firstMatch<T>(text: string, table: Table<T>): T | null {
  let lookUp = answers.get(table) as ((text: string) => T | null) | undefined;
  if (!lookUp) {
    lookUp = memoByText((t) => table.find(([, pattern]) => pattern.test(t))?.[0] ?? null);
    answers.set(table, lookUp);
  }
  return lookUp(text);
}

/** Each pattern's answers by text; patterns are module constants, as the tables are. */
const tested = new WeakMap<RegExp, (text: string) => boolean>();

/** Whether the text matches the pattern, remembered per pattern. */
export function matches(pattern: RegExp, text: string): boolean {
  let lookUp = tested.get(pattern);
  if (!lookUp) {
    // A global or sticky pattern's test() depends on its lastIndex: such a pattern is not remembered.
    if (pattern.global || pattern.sticky) return pattern.test(text);
    lookUp = memoByText((t) => pattern.test(t));
    tested.set(pattern, lookUp);
  }
  return lookUp(text);
}
