import * as z from 'zod/mini';

/**
 * Why a file could not be read, as data: a code and its parameters. The text is rendered from
 * them in the reader's language (engine/unreadable/messages.ts), never parsed back out of it.
 */
export const UnreadableCodeSchema = z.enum([
  /** The path does not exist. */
  'no-such-file',
  /** The path is a folder (`kind`: folder) or a device, not a file. */
  'not-a-file',
  /** The file exists but cannot be opened (permissions…): `detail`. */
  'cannot-open',
  /** Larger than the reader accepts: `size`, `limit` (bytes). */
  'too-large',
  /** Not a zip archive at all (a text file, a PDF…). */
  'not-a-zip',
  /** An Excel 97–2003 .xls (a compound file without encryption). */
  'legacy-xls',
  /** A password-protected workbook (a compound file with EncryptionInfo). */
  'encrypted',
  /** A format Esep does not read (`format`: pdf, rtf, doc, opendocument, not-docx): save it as .docx or .xlsx. */
  'unsupported-format',
  /** A Word document whose XML cannot be read (malformed, a DTD): `detail`. */
  'corrupt-document',
  /** A zip that is not an .xlsx: `kind` ods, docx, pptx or zip. */
  'not-xlsx',
  /** The package lacks a part its relationships name (the workbook, a sheet): `part`. */
  'missing-part',
  /** The zip is damaged: `detail`. */
  'corrupt-zip',
  /** The zip uses what the reader does not support (zip64, a compression method): `detail`. */
  'unsupported-zip',
  /** Inflating stopped at a cap: `entry`, `limit` (bytes), or `declared` when the headers lied. */
  'zip-bomb',
  /** The workbook holds more cells than the reader stores: `count` up to the end of `sheet`, `limit`. */
  'too-many-cells',
  /** The workbook's cells hold more text than the reader stores: `sheet` (or part) where it passed `limit` (characters). */
  'too-much-text',
  /** One cell or string holds more text than the reader stores: `sheet` (or part), `limit` (characters). */
  'cell-too-large',
  /** No estimate, monitoring plan or social-impact table was recognised. */
  'no-form',
  /** A bug: the reader or a rule failed on this file: `detail`. */
  'reader-failed',
]);
export type UnreadableCode = z.infer<typeof UnreadableCodeSchema>;

export const UnreadableParamsSchema = z.record(z.string(), z.union([z.string(), z.number()]));
export type UnreadableParams = z.infer<typeof UnreadableParamsSchema>;

export const UnreadableReasonSchema = z.object({
  code: UnreadableCodeSchema,
  params: UnreadableParamsSchema,
});
export type UnreadableReason = z.infer<typeof UnreadableReasonSchema>;
