import type { UnreadableCode, UnreadableParams, UnreadableReason } from '../model/unreadable';
import { unreadableText } from './messages';

/**
 * A file that is not a readable workbook, with a coded reason. Its message (English, for logs
 * and stack traces) names the file; what users see is rendered from `reason` in their language.
 */
export class UnreadableFileError extends Error {
  readonly reason: UnreadableReason;

  constructor(
    readonly file: string,
    code: UnreadableCode,
    params: UnreadableParams = {},
  ) {
    const reason = { code, params };
    super(`${file}: ${unreadableText(reason, 'en')}`);
    this.reason = reason;
  }
}

/** A coded failure below the file level (the zip layer, a sheet); the caller adds the file. */
export class ReadError extends Error {
  constructor(
    readonly code: UnreadableCode,
    readonly params: UnreadableParams = {},
  ) {
    super(unreadableText({ code, params }, 'en'));
  }
}

/** Any failure while reading `file` as an UnreadableFileError: coded ones keep their code, bugs become reader-failed. */
export function asUnreadable(file: string, e: unknown): UnreadableFileError {
  if (e instanceof UnreadableFileError) return e;
  if (e instanceof ReadError) return new UnreadableFileError(file, e.code, e.params);
  const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return new UnreadableFileError(file, 'reader-failed', { detail: detail.slice(0, 200) });
}
