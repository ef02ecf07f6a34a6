import type { WorkbookGrid } from '../grid/grid';
import { readXlsx } from '../xlsx/read-xlsx';
import { inflateEntry } from '../xlsx/zip-inflate';
import { documentKind } from './file-kind';
import { readDocx } from './read-docx';

/**
 * A file given to `esep`, whichever form it arrived in: a workbook or a Word document (told apart
 * by content, not by name); legacy and foreign formats are refused with what to do instead.
 */
export async function readDocument(bytes: Uint8Array, file: string): Promise<WorkbookGrid> {
  return documentKind(bytes, file) === 'docx' ? readDocx(bytes, file, inflateEntry) : readXlsx(bytes, file);
}
