import type { WorkbookGrid } from '../grid/grid';
import { readXlsxLean } from '../xlsx/lean-xlsx';
import { inflateEntry } from '../xlsx/zip-inflate';
import { documentKind } from './file-kind';
import { readDocx } from './read-docx';

/** readDocument for the portfolio's workers: the lean workbook reader, so exceljs is never loaded. */
export function readDocumentLean(bytes: Uint8Array, file: string): WorkbookGrid {
  return documentKind(bytes, file) === 'docx'
    ? readDocx(bytes, file, inflateEntry)
    : readXlsxLean(bytes, file);
}
