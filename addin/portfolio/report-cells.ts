import type { SheetValue } from '../../engine/portfolio/report-tables';

/*
 * Kept apart from report-sheets.ts: the hosts need these at once, the report's tables and words
 * only when the user writes a report (loaded then, out of the task pane's first chunk).
 */

/** A sheet name not yet taken (Excel compares names ignoring case); records it as taken. */
export function uniqueSheetName(base: string, taken: Set<string>): string {
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base} (${i})`;
  taken.add(name.toLowerCase());
  return name;
}

/**
 * A value as written to a cell. Text that Excel would take for a formula (a file or grantee name
 * starting with "=", "+", "-" or "@") is quoted so it stays text: names come from other people's files.
 */
export function cellValue(v: SheetValue): string | number {
  if (v === null) return '';
  if (typeof v === 'string' && /^[=+\-@]/.test(v)) return `'${v}`;
  return v;
}
