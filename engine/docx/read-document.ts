import type { WorkbookGrid } from '../grid/grid';
import { readXlsx } from '../xlsx/read-xlsx';
import { documentKind } from './file-kind';
import { readDocx } from './read-docx';

/**
 * A file given to `esep`, whichever form it arrived in: a workbook or a Word document (told apart
 * by content, not by name); legacy and foreign formats are refused with what to do instead.
 * Both go through the one guarded zip layer.
 */
export function readDocument(bytes: Uint8Array, file: string): WorkbookGrid {
  return documentKind(bytes, file) === 'docx' ? readDocx(bytes, file) : readXlsx(bytes, file);
}
