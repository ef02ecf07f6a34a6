import { openZip } from '../zip/open-zip';

/** The parts of a .docx (a zip), opened through the shared guarded zip layer (engine/zip). */
export interface DocxArchive {
  has(path: string): boolean;
  /** A part as UTF-8 text, or null when the archive has no such part. */
  text(path: string): string | null;
}

/** Opens the archive; anything that is not a safe zip is an UnreadableFileError naming the file. */
export function openDocxArchive(bytes: Uint8Array, file: string): DocxArchive {
  const zip = openZip(bytes, file);
  return { has: (path) => zip.has(path), text: (path) => zip.text(path) };
}
