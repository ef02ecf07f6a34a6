import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { UnreadableFileError } from '../unreadable/error';
import { READ_LIMITS } from './limits';

/** Opening a pipe must not wait for a writer: it is refused as not a file (no such flag on Windows). */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

function cannotRead(file: string, e: unknown): UnreadableFileError {
  if (e instanceof UnreadableFileError) return e;
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new UnreadableFileError(file, 'no-such-file');
  return new UnreadableFileError(file, 'cannot-open', { detail: code ?? (e as Error).message });
}

/** A folder, a device or a file over the size limit, refused with its code before anything is read. */
function refusal(file: string, stat: { isFile(): boolean; isDirectory(): boolean; size: number }) {
  if (!stat.isFile())
    return new UnreadableFileError(file, 'not-a-file', stat.isDirectory() ? { kind: 'folder' } : {});
  if (stat.size > READ_LIMITS.maxFileBytes)
    return new UnreadableFileError(file, 'too-large', { size: stat.size, limit: READ_LIMITS.maxFileBytes });
  return null;
}

/** Up to `size` bytes from the start of the open file (fewer when it shrank meanwhile). */
function readUpTo(fd: number, size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  let at = 0;
  for (let n = 1; at < size && n > 0; at += n) n = readSync(fd, bytes, at, size - at, at);
  return at === size ? bytes : bytes.subarray(0, at);
}

/**
 * A file's bytes for a reader (Node only): a folder, a device or a file over the size limit is
 * refused with its code before anything is read, so /dev/zero or a 10 GB file cannot hang. One
 * open, its own stat and one read: a portfolio reads thousands of small files.
 */
export function readInputFile(file: string): Uint8Array {
  let fd: number;
  try {
    fd = openSync(file, OPEN_FLAGS);
  } catch (e) {
    // Where a folder cannot be opened (Windows), its stat still says what it is.
    let stat;
    try {
      stat = statSync(file);
    } catch {
      throw cannotRead(file, e);
    }
    throw refusal(file, stat) ?? cannotRead(file, e);
  }
  try {
    const stat = fstatSync(fd);
    const refused = refusal(file, stat);
    if (refused) throw refused;
    return readUpTo(fd, stat.size);
  } catch (e) {
    throw cannotRead(file, e);
  } finally {
    closeSync(fd);
  }
}
