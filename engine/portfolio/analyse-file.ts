import { readDocument } from '../docx/read-document';
import { readInputFile } from '../xlsx/read-file';
import { type AnalyseOptions, type FileOutcome, analyseWorkbook, failureOutcome } from './analyse-workbook';

export type { AnalyseOptions, FileOutcome };

/**
 * Reads one workbook or Word document and reduces it to its metrics and issues; the grids are
 * dropped on return, so a worker's memory does not grow with the number of files. Never throws.
 */
export function analyseFile(file: string, options: AnalyseOptions): FileOutcome {
  try {
    return analyseWorkbook(file, readDocument(readInputFile(file), file), options);
  } catch (e) {
    return failureOutcome(file, e, options.lang);
  }
}
