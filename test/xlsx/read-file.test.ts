import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
});
