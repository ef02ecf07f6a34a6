import { join } from 'node:path';
import { MAX_LINES, functionSizes } from '../../scripts/longest-functions';

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
    const long = inScope.filter((f) => f.lines > MAX_LINES);
    expect(long.map((f) => `${f.name} ${f.file}:${f.line} (${f.lines} lines)`)).toEqual([]);
  });
});
