import { readFileSync } from 'node:fs';
import type { CheckOptions } from '../check';
import { readXlsxLean } from '../xlsx/lean-xlsx';
import { type FileOutcome, analyseWorkbook, failureOutcome, unreadable } from './analyse-workbook';

export type { FileOutcome };

/**
 * Reads one workbook and reduces it to its metrics and issues; the workbook is dropped on
 * return, so a worker's memory does not grow with the number of files. Never throws.
 */
export function analyseFile(file: string, options: CheckOptions): FileOutcome {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    return unreadable(
      file,
      `cannot be opened (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    );
  }
  try {
    return analyseWorkbook(file, readXlsxLean(bytes, file), options);
  } catch (e) {
    return failureOutcome(file, e);
  }
}
