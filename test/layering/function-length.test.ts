import { join } from 'node:path';
import { EXCEPTIONS, MAX_LINES, functionSizes } from '../../scripts/longest-functions';

const root = join(__dirname, '..', '..');
const FOLDERS = ['engine/', 'addin/', 'cli/', 'templates/'];

describe('functions stay short', () => {
  const sizes = functionSizes(root);
  const inScope = sizes.filter((f) => FOLDERS.some((d) => f.file.startsWith(d)));

  it('measures the product code (engine, addin, cli, templates), not the tests', () => {
    for (const folder of FOLDERS)
      expect([folder, sizes.filter((f) => f.file.startsWith(folder)).length > 10]).toEqual([folder, true]);
    expect(sizes.some((f) => f.file.startsWith('test/'))).toBe(false);
  });

  it(`has no function over ${MAX_LINES} lines in ${FOLDERS.join(', ')} (npx tsx scripts/longest-functions.ts)`, () => {
    // A callback inside an excepted function goes with it.
    const excepted = (f: (typeof inScope)[number]) =>
      EXCEPTIONS.includes(f.name) ||
      inScope.some(
        (g) =>
          EXCEPTIONS.includes(g.name) && g.file === f.file && g.line < f.line && f.line < g.line + g.lines,
      );
    const long = inScope.filter((f) => f.lines > MAX_LINES && !excepted(f));
    expect(long.map((f) => `${f.name} ${f.file}:${f.line} (${f.lines} lines)`)).toEqual([]);
  });

  it('keeps only exceptions that are still needed', () => {
    const stillLong = EXCEPTIONS.filter((name) =>
      inScope.some((f) => f.name === name && f.lines > MAX_LINES),
    );
    expect(stillLong).toEqual(EXCEPTIONS);
  });
});
