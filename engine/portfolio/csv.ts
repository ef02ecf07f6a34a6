/**
 * The portfolio's grants as CSV (RFC 4180), safe to open in Excel: a text cell starting with
 * =, +, -, @, a tab or a carriage return is prefixed with ' so it stays text (OWASP's
 * CSV-injection guidance). Numbers are written as numbers.
 */
export function toCsv<T extends object>(rows: readonly T[], columns: readonly (keyof T & string)[]): string {
  const line = (cells: readonly unknown[]) => cells.map(csvCell).join(',');
  return [line(columns), ...rows.map((r) => line(columns.map((c) => r[c])))].join('\n') + '\n';
}

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
