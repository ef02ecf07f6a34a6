import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkWorkbook } from '../../engine/check';
import { runCli } from './run-cli';

/** A bug met on one file (here made to happen) is that file's error, never the run's. */

jest.mock('../../engine/check', () => {
  const actual = jest.requireActual<typeof import('../../engine/check')>('../../engine/check');
  return { ...actual, checkWorkbook: jest.fn(actual.checkWorkbook) };
});

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'esep-bug-'));
  const good = readFileSync('templates/examples/estimate-kk.xlsx');
  writeFileSync(join(dir, 'buggy.xlsx'), good);
  writeFileSync(join(dir, 'good.xlsx'), good);
  const real = jest.requireActual<typeof import('../../engine/check')>('../../engine/check').checkWorkbook;
  jest.mocked(checkWorkbook).mockImplementation((workbook, options) => {
    if (workbook.file.endsWith('buggy.xlsx')) throw new TypeError('boom');
    return real(workbook, options);
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('esep check meeting a bug', () => {
  it('prints one line naming the file with a hint to rerun with --debug, and reports the others', async () => {
    const r = await runCli(['check', join(dir, 'buggy.xlsx'), join(dir, 'good.xlsx'), '--json']);
    expect(r.code).toBe(2);
    const files = JSON.parse(r.stdout).files;
    expect(files[0]).toMatchObject({
      errorCode: 'reader-failed',
      error: `${join(dir, 'buggy.xlsx')}: internal error, the file could not be read (TypeError: boom); rerun with --debug for details`,
    });
    expect(files[1].forms).toHaveLength(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('prints the stack with --debug', async () => {
    const r = await runCli(['check', join(dir, 'buggy.xlsx'), '--debug']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^TypeError: boom\n\s+at /);
  });
});
