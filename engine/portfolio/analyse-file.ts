import type { CheckOptions } from '../check';
import { readFileSync } from 'node:fs';
import { readDocumentLean } from '../docx/read-document-lean';
import { type FileOutcome, analyseWorkbook, failureOutcome, unreadable } from './analyse-workbook';

export type { FileOutcome };

/**
 * Reads one workbook or Word document and reduces it to its metrics and issues; the workbook is dropped on
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
    return analyseWorkbook(file, readDocumentLean(bytes, file), options);
  } catch (e) {
    return failureOutcome(file, e);
  }
}
