/**
 * Excel's dates, in one place: a serial day number counted from 30.12.1899 (or from 1.1.1904 in a
 * workbook with the 1904 date system), always in UTC; on the grid a date is "dd.mm.yyyy" text, as
 * people read it on the forms.
 */

const DAY_MS = 86_400_000;
/** Days from Excel's day 0 (30.12.1899) to the Unix epoch. */
const UNIX_EPOCH_SERIAL = 25_569;
/** Days between the 1900 and the 1904 date systems. */
const DATE1904_OFFSET = 1_462;

export function dateFromSerial(serial: number, date1904 = false): Date {
  return new Date(Math.round((serial - UNIX_EPOCH_SERIAL + (date1904 ? DATE1904_OFFSET : 0)) * DAY_MS));
}

/** The serial day number of a UTC date (the whole day). */
export function serialFromDate(d: Date): number {
  return Math.round(d.getTime() / DAY_MS) + UNIX_EPOCH_SERIAL;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** A date as the grid carries it: dd.mm.yyyy in UTC. */
export function dateText(d: Date): string {
  return `${pad2(d.getUTCDate())}.${pad2(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;
}

const DMY = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/;

/** A date cell's value: "dd.mm.yyyy" (or dd/mm/yyyy) text, or a serial number; null otherwise. */
export function dateOfValue(v: unknown): Date | null {
  if (typeof v === 'number' && v > 0) return dateFromSerial(Math.round(v));
  if (typeof v !== 'string') return null;
  const m = DMY.exec(v.trim());
  return m ? new Date(Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1]))) : null;
}
