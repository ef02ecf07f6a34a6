import { DEFAULT_ZIP_LIMITS, type ZipLimits, openZip } from '../zip/open-zip';

/** The parts of a .docx (a zip), opened through the shared guarded zip layer (engine/zip). */
export interface DocxArchive {
  has(path: string): boolean;
  /** A part as UTF-8 text, or null when the archive has no such part. */
  text(path: string): string | null;
}

/**
 * A Word document's main part is parsed whole, not streamed like a sheet, and costs some ten times
 * its size to parse: it is capped at 32 MB inflated (a long grant application is a few MB), so that
 * reading one stays near 400 MB whatever it holds (README, "Reading files").
 */
export const DOCX_ZIP_LIMITS: ZipLimits = { ...DEFAULT_ZIP_LIMITS, maxEntryBytes: 32 * 1024 * 1024 };

/** Opens the archive; anything that is not a safe zip is an UnreadableFileError naming the file. */
export function openDocxArchive(bytes: Uint8Array, file: string): DocxArchive {
  const zip = openZip(bytes, file, DOCX_ZIP_LIMITS);
  return { has: (path) => zip.has(path), text: (path) => zip.text(path) };
}
