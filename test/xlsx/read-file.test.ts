import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unreadableText } from '../../engine/unreadable/messages';
import { READ_LIMITS } from '../../engine/xlsx/limits';
import { readInputFile } from '../../engine/xlsx/read-file';
import { reasonOf } from '../fixtures/refusal';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'esep-read-file-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const reason = (file: string) => reasonOf(() => readInputFile(file));

describe('reading an input file', () => {
  it('gives the bytes of a file, whole', () => {
    const example = 'templates/examples/estimate-kk.xlsx';
    expect(Buffer.from(readInputFile(example)).equals(readFileSync(example))).toBe(true);
    writeFileSync(join(dir, 'empty.xlsx'), '');
    expect(readInputFile(join(dir, 'empty.xlsx')).length).toBe(0);
  });

  it('refuses what is not a file, or too large, before reading it', () => {
    mkdirSync(join(dir, 'folder.xlsx'));
    expect(reason(join(dir, 'folder.xlsx'))).toEqual({ code: 'not-a-file', params: { kind: 'folder' } });
    // A device without end and a pipe without writer would hang a reader.
    expect(reason('/dev/zero')).toEqual({ code: 'not-a-file', params: {} });
    execFileSync('mkfifo', [join(dir, 'pipe.xlsx')]);
    expect(reason(join(dir, 'pipe.xlsx'))).toEqual({ code: 'not-a-file', params: {} });
    // Sparse: its size is claimed, not written.
    const big = join(dir, 'big.xlsx');
    writeFileSync(big, '');
    truncateSync(big, READ_LIMITS.maxFileBytes + 1);
    expect(reason(big)).toEqual({
      code: 'too-large',
      params: { size: READ_LIMITS.maxFileBytes + 1, limit: READ_LIMITS.maxFileBytes },
    });
  });

  it('says when there is no such file', () => {
    expect(reason(join(dir, 'missing.xlsx'))).toEqual({ code: 'no-such-file', params: {} });
    expect(reason(join(dir, 'empty.xlsx', 'inside.xlsx'))).toEqual({ code: 'no-such-file', params: {} });
  });

  it('says in words why a file cannot be opened, with the system’s code beside them', () => {
    // Root reads any file whatever its permissions: two links pointing at each other fail for anyone.
    symlinkSync('b.xlsx', join(dir, 'a.xlsx'));
    symlinkSync('a.xlsx', join(dir, 'b.xlsx'));
    const loop = reason(join(dir, 'a.xlsx'));
    expect(loop).toEqual({ code: 'cannot-open', params: { detail: 'ELOOP' } });
    expect(unreadableText(loop, 'en')).toBe(
      'cannot be opened: its symbolic links point at each other in a loop (ELOOP)',
    );
    expect(unreadableText(loop, 'ru')).toBe(
      'файл не открывается: символические ссылки замкнуты друг на друга (ELOOP)',
    );
    expect(unreadableText(loop, 'kk')).toBe(
      'файлды ашу мүмкін емес: символдық сілтемелер бір-біріне тұйықталған (ELOOP)',
    );
    // A refusal without words of its own keeps its code; a code that is an object's key is no word.
    const odd = { code: 'cannot-open', params: { detail: 'EXDEV' } } as const;
    expect(unreadableText(odd, 'en')).toBe('cannot be opened (EXDEV)');
    expect(unreadableText({ ...odd, params: { detail: 'constructor' } }, 'ru')).toBe(
      'файл не открывается (constructor)',
    );
  });
});
