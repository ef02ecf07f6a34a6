import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { main } from '../../cli/main';
import { PortfolioJsonSchema } from '../../engine/model/portfolio';
import { captureIo } from '../cli/run-cli';
import { syntheticSpec } from '../fixtures/grant-workbook';
import { portfolioFolder, writeGrant } from '../fixtures/portfolio-folder';

/** `esep portfolio` over folders with links, outputs aimed at inputs, and hostile grantee names. */

const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

const { at, rel } = portfolioFolder('esep-paths-', async (at) => {
  await writeGrant(at('in', 'a.xlsx'), syntheticSpec(1));
  await writeGrant(at('in', 'sub', 'b.xlsx'), { ...syntheticSpec(2), grantee: '=HYPERLINK("http://x","y")' });
  await writeGrant(at('outside', 'c.xlsx'), syntheticSpec(3));
  // A loop to the folder itself, a loop between two folders, a second name for a file, a way out.
  symlinkSync(at('in'), at('in', 'sub', 'loop'));
  mkdirSync(at('in', 'x'));
  mkdirSync(at('in', 'y'));
  symlinkSync(at('in', 'y'), at('in', 'x', 'to-y'));
  symlinkSync(at('in', 'x'), at('in', 'y', 'to-x'));
  symlinkSync(at('in', 'a.xlsx'), at('in', 'sub', 'a-again.xlsx'));
  symlinkSync(at('outside'), at('in', 'elsewhere'));
});

describe('esep portfolio paths', () => {
  it('counts each workbook once, skips loops and links out of the folder with a note', async () => {
    const io = captureIo();
    const started = Date.now();
    expect(await main(['portfolio', at('in'), at('in', 'a.xlsx'), '--json'], io)).toBe(0);
    expect(Date.now() - started).toBeLessThan(20000);
    const json = PortfolioJsonSchema.parse(JSON.parse(io.out));
    expect(json.grants.map((g) => rel(g.file)).sort()).toEqual(['in/a.xlsx', 'in/sub/b.xlsx']);
    expect(io.err).toContain(`${at('in', 'sub', 'loop')}: skipped a symbolic-link loop`);
    expect(io.err).toContain(
      `${at('in', 'elsewhere')}: skipped a link leading out of the folder (--follow-links)`,
    );
    expect(io.err).toMatch(/the same file is given twice; it is read once/);
  });

  it('follows links out of the folder when asked', async () => {
    const io = captureIo();
    expect(await main(['portfolio', at('in'), '--json', '--follow-links'], io)).toBe(0);
    const json = PortfolioJsonSchema.parse(JSON.parse(io.out));
    expect(json.grants.map((g) => rel(g.file)).sort()).toEqual([
      'in/a.xlsx',
      'in/elsewhere/c.xlsx',
      'in/sub/b.xlsx',
    ]);
  });

  it('refuses to write the report over an input or into a folder being read, touching nothing', async () => {
    const before = hash(at('in', 'a.xlsx'));
    const onInput = captureIo();
    expect(await main(['portfolio', at('in'), '--out', at('in', 'sub', 'a-again.xlsx')], onInput)).toBe(2);
    expect(onInput.err).toMatch(/is one of the workbooks being read/);
    const intoFolder = captureIo();
    expect(await main(['portfolio', at('in'), '--out', at('in', 'sub', 'report.xlsx')], intoFolder)).toBe(2);
    expect(intoFolder.err).toMatch(/is inside a folder being read/);
    const csvOnInput = captureIo();
    writeFileSync(at('in', 'r.xlsx'), 'x');
    expect(
      await main(
        ['portfolio', at('in', 'a.xlsx'), '--out', at('in', 'r.xlsx'), '--json', '--csv'],
        csvOnInput,
      ),
    ).toBe(0);
    expect(hash(at('in', 'a.xlsx'))).toBe(before);
    expect(readdirSync(at('in')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes the report whole through a temporary file', async () => {
    const io = captureIo();
    expect(await main(['portfolio', at('in'), '--out', at('report.xlsx')], io)).toBe(0);
    expect(readFileSync(at('report.xlsx')).subarray(0, 2).toString()).toBe('PK');
    expect(readdirSync(at()).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('neutralises formulas in the CSV (OWASP CSV injection)', async () => {
    const io = captureIo();
    expect(await main(['portfolio', at('in'), '--csv'], io)).toBe(0);
    const line = io.out.split('\n').find((l) => l.includes('HYPERLINK'))!;
    expect(line).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(io.out.split('\n').some((l) => /(^|,)"?[=+\-@]/.test(l))).toBe(false);
  });
});
