/**
 * "Import from Word…": a .docx read, checked and turned into the filled grant template, all on
 * this computer. Loaded with a dynamic import only when a document is chosen: it brings the
 * Word reader, the template builder and exceljs.
 */
import { type CheckOptions, checkGrant, formsOf, readGrant } from '../../engine/check';
import { documentKind } from '../../engine/docx/file-kind';
import { readDocx } from '../../engine/docx/read-docx';
import type { FoundForm, Issue } from '../../engine/model/issue';
import { projectSheets } from '../../engine/read/paragraphs';
import { readProject } from '../../engine/read/project';
import { UnreadableFileError } from '../../engine/unreadable/error';
import { type ImportedGrant, documentLang, importGrant } from '../../templates/import/from-grant';
import { grantWorkbook } from '../../templates/workbooks';

export interface WordImport {
  file: string;
  forms: FoundForm[];
  issues: Issue[];
  counts: ImportedGrant['counts'];
  notes: ImportedGrant['notes'];
  /** The filled grant workbook, ready for insertForm; '' when the document holds no form. */
  base64: string;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK)
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

/** Throws UnreadableFileError (code unsupported-format for .doc, PDF…) for what is not a Word document. */
export async function importWord(
  bytes: Uint8Array,
  file: string,
  options: CheckOptions,
): Promise<WordImport> {
  if (documentKind(bytes, file) !== 'docx')
    throw new UnreadableFileError(file, 'unsupported-format', { format: 'not-docx' });
  const workbook = readDocx(bytes, file);
  const grant = readGrant(workbook);
  const forms = formsOf(grant);
  const issues = checkGrant(
    grant,
    options,
    workbook.sheets.map((s) => s.name),
  );
  const lang = documentLang(workbook);
  const imported = importGrant(grant, readProject(projectSheets(workbook)), lang);
  let base64 = '';
  if (forms.length > 0) {
    const { wb } = await grantWorkbook(lang, imported.data);
    base64 = toBase64(new Uint8Array(await wb.xlsx.writeBuffer()));
  }
  return { file, forms, issues, counts: imported.counts, notes: imported.notes, base64 };
}
