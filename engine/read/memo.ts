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
  const lookUp = answers.get(table) as ((text: string) => T | null) | undefined;
  return (lookUp ?? rememberTable(table))(text);
}

/*
 * The memo is made in a function of its own: a closure over firstMatch's argument made inside it
 * would cost a context allocation on every call, not only on the first.
 */
function rememberTable<T>(table: Table<T>): (text: string) => T | null {
  const lookUp = memoByText((t) => table.find(([, pattern]) => pattern.test(t))?.[0] ?? null);
  answers.set(table, lookUp);
  return lookUp;
}

/**
 * Remembers a function's value for the last object it was given: the values that several readers
 * and rules share within one grant (its plan's measures, an estimate's figures and payroll scopes,
 * a sheet's header index), asked for object after object. A WeakMap would keep one per object, but V8's
 * young-generation collections keep a WeakMap's values after their keys have died: in a portfolio
 * each file's values outlived every scavenge that came after it (12 KB a file, copied and then
 * promoted; 3 KB with one value kept).
 */
export function rememberLast<K extends object, V>(fn: (key: K) => V): (key: K) => V {
  let lastKey: K | null = null;
  let lastValue: V | undefined;
  return (key) => {
    if (key !== lastKey) {
      lastValue = fn(key);
      lastKey = key;
    }
    return lastValue as V;
  };
}
