import { readFileSync, statSync } from 'node:fs';
import { UnreadableFileError } from '../unreadable/error';
import { READ_LIMITS } from './limits';

/**
 * A file's bytes for a reader (Node only): a folder, a device or a file over the size limit is
 * refused with its code before anything is read, so /dev/zero or a 10 GB file cannot hang.
 */
export function readInputFile(file: string): Uint8Array {
  try {
    const stat = statSync(file);
    if (!stat.isFile())
      throw new UnreadableFileError(file, 'not-a-file', stat.isDirectory() ? { kind: 'folder' } : {});
    if (stat.size > READ_LIMITS.maxFileBytes)
      throw new UnreadableFileError(file, 'too-large', { size: stat.size, limit: READ_LIMITS.maxFileBytes });
    return readFileSync(file);
  } catch (e) {
    if (e instanceof UnreadableFileError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new UnreadableFileError(file, 'no-such-file');
    throw new UnreadableFileError(file, 'cannot-open', { detail: code ?? (e as Error).message });
  }
}
