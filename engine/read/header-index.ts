import type { Sheet } from '../grid/grid';
import { HEADER_TEXT_MAX } from './columns';
import { COLUMN_PATTERNS, ESTIMATE_HEADER_TEXT_MAX } from './estimate/vocabulary';
import { IMPACT_COLUMNS, STATS_TOTAL, UNIT_HEADER } from './impact/vocabulary';
import { memoByText, rememberLast } from './memo';
import { ACTIVITY_HEADER, PLAN_COLUMNS } from './plan/vocabulary';
import { norm } from './text';

/**
 * The words a header row must hold, found in a cell's own text (merges not followed) of at most
 * WORD_TEXT_MAX characters: a header cell is short, and a long text is a description.
 */
const WORD_TEXT_MAX = 200;
const WORDS = { activity: ACTIVITY_HEADER, unit: UNIT_HEADER, statsTotal: STATS_TOTAL } as const;
export type HeaderWord = keyof typeof WORDS;

/** The role tables of the headers, as matchColumns() reads a one-row band with them. */
const FORMS = {
  estimate: { table: COLUMN_PATTERNS, maxLength: ESTIMATE_HEADER_TEXT_MAX },
  plan: { table: PLAN_COLUMNS, maxLength: HEADER_TEXT_MAX },
  impact: { table: IMPACT_COLUMNS, maxLength: HEADER_TEXT_MAX },
} as const;
type Form = keyof typeof FORMS;
export type RoleOf<F extends Form> = (typeof FORMS)[F]['table'][number][0];

/** One bit per word, then one per role of each form, in one small integer (a row's or a text's). */
let bits = 0;
const WORD_LIST = Object.entries(WORDS).map(([word, pattern]) => ({ word, pattern, bit: 1 << bits++ }));
const WORD_BIT = new Map(WORD_LIST.map(({ word, bit }) => [word, bit]));
const WORD_BITS = (1 << bits) - 1;
const FORM_LIST = Object.entries(FORMS).map(([form, { table, maxLength }]) => {
  const roleBits = new Map<string, number>();
  for (const [role] of table) if (!roleBits.has(role)) roleBits.set(role, 1 << bits++);
  return { form, table, maxLength, roleBits };
});
const ROLE_BITS = new Map(FORM_LIST.map(({ form, roleBits }) => [form, roleBits]));
const FORM_BITS = new Map(FORM_LIST.map(({ form, roleBits }) => [form, [...roleBits.values()]]));
// A small integer (V8's Smi) keeps the per-row store an array of integers.
if (bits > 30) throw new Error('header-index: more than 30 header words and roles');

/** A cell's text read as every header reads it: its words and, per form, the role it would take. */
const textBits = memoByText((raw: string): number => {
  const t = norm(raw);
  let found = 0;
  if (raw.length <= WORD_TEXT_MAX)
    for (const { pattern, bit } of WORD_LIST) if (pattern.test(t)) found |= bit;
  for (const { table, maxLength, roleBits } of FORM_LIST) {
    if (t === '' || t.length > maxLength || raw.length > 2 * maxLength) continue;
    const role = table.find(([, pattern]) => pattern.test(t))?.[0];
    if (role !== undefined) found |= roleBits.get(role)!;
  }
  return found;
});

/**
 * Each row's bits by grid row, made when a row is first asked about (sparse: rows that exist), for
 * the sheet last asked about: the readers take one sheet at a time.
 */
const indexOf = rememberLast((_sheet: Sheet): number[] => []);

/**
 * The header words and roles a row may hold. Every reader looks for its header on every sheet,
 * row by row and cell by cell: asked once here, a cell's text is one look-up for all of them, and
 * a row that cannot start a header is passed over without matching its columns. The answer for
 * roles is a superset (a merged header cell counts for each row it spans, as matchColumns shows
 * it): the readers still match a row that passes.
 */
function rowBits(sheet: Sheet, row: number): number {
  const index = indexOf(sheet);
  let found = index[row];
  if (found === undefined) index[row] = found = classifyRow(sheet, row);
  return found;
}

/** Texts longer than this hold no header word and take no role: no look-up is spent on them. */
const LONGEST = Math.max(WORD_TEXT_MAX, ...FORM_LIST.map(({ maxLength }) => 2 * maxLength));

/**
 * A cell's bits. A header names its columns in words: a number's text ("2024", "1.5", "1e+21")
 * holds no header word and matches no role (test/read/header-index.test.ts checks every pattern),
 * so number cells are passed over without making their text.
 */
function cellBits(sheet: Sheet, row: number, col: number): number {
  const cell = sheet.cell(row, col);
  if (cell === null || (typeof cell.value === 'number' && !cell.error)) return 0;
  const text = sheet.text(row, col);
  return text === '' || text.length > LONGEST ? 0 : textBits(text);
}

function classifyRow(sheet: Sheet, row: number): number {
  let found = 0;
  for (let c = 0, width = sheet.width(row); c < width; c++) {
    found |= cellBits(sheet, row, c);
    const merge = sheet.mergeAt(row, c);
    if (merge && (merge.top !== row || merge.left !== c))
      found |= cellBits(sheet, merge.top, merge.left) & ~WORD_BITS;
  }
  return found;
}

/** The header words and the forms' role tables, for tests. */
export const HEADER_PATTERNS: readonly RegExp[] = [
  ...WORD_LIST.map(({ pattern }) => pattern),
  ...FORM_LIST.flatMap(({ table }) => table.map(([, pattern]) => pattern)),
];

/** Whether a cell of the row (merges not followed) holds the header word. */
export function rowHasWord(sheet: Sheet, row: number, word: HeaderWord): boolean {
  return (rowBits(sheet, row) & WORD_BIT.get(word)!) !== 0;
}

/**
 * Whether matching the one-row header band at `row` with the form's columns may find the role:
 * false only when it cannot.
 */
export function rowMayHaveRole<F extends Form>(sheet: Sheet, row: number, form: F, role: RoleOf<F>): boolean {
  return (rowBits(sheet, row) & ROLE_BITS.get(form)!.get(role)!) !== 0;
}

/** How many of the form's roles matching the one-row band at `row` may find: never fewer than it finds. */
export function rowRoleCount(sheet: Sheet, row: number, form: Form): number {
  const found = rowBits(sheet, row);
  let count = 0;
  for (const bit of FORM_BITS.get(form)!) if (found & bit) count++;
  return count;
}
