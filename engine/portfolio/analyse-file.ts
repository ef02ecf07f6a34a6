import { readDocument } from '../docx/read-document';
import { readInputFile } from '../xlsx/read-file';
import { inflatingAhead } from '../zip/one-shot';
import { type AnalyseOptions, type FileOutcome, analyseWorkbook, failureOutcome } from './analyse-workbook';
import type { NextFile } from './read-ahead';

export type { AnalyseOptions, FileOutcome };

/**
 * Reads one workbook or Word document and reduces it to its metrics and issues; the grids are
 * dropped on return, so a worker's memory does not grow with the number of files. Never throws.
 * `ahead`: the file's bytes and parts when another thread read them (engine/portfolio/read-ahead.ts).
 */
export function analyseFile(file: string, options: AnalyseOptions, ahead?: NextFile): FileOutcome {
  try {
    const bytes = ahead?.bytes ?? readInputFile(file);
    const inflated = ahead?.inflated;
    const workbook = inflated
      ? inflatingAhead(inflated, () => readDocument(bytes, file))
      : readDocument(bytes, file);
    return analyseWorkbook(file, workbook, options);
  } catch (e) {
    return failureOutcome(file, e, options.lang);
  }
}
