import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file chunk by chunk into a temporary file beside it, then renames it into place: a
 * failure half-way never leaves half a file under the real name.
 */
export function writeStreamed(path: string, write: (sink: (chunk: Uint8Array) => void) => void): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const fd = openSync(temp, 'w');
  try {
    write((chunk) => {
      for (let at = 0; at < chunk.length;) at += writeSync(fd, chunk, at);
    });
    closeSync(fd);
    renameSync(temp, path);
  } catch (e) {
    try {
      closeSync(fd);
    } catch {
      // already closed: the rename failed
    }
    rmSync(temp, { force: true });
    throw e;
  }
}
