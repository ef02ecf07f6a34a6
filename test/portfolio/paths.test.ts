import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { main } from '../../cli/main';
import { PortfolioJsonSchema } from '../../engine/model/portfolio';
import { captureIo } from '../cli/run-cli';
import { grantXlsx, syntheticSpec } from '../fixtures/grant-workbook';
import { editEntry } from '../fixtures/hostile';
import { portfolioFolder, writeGrant } from '../fixtures/portfolio-folder';

/** `esep portfolio` over folders with links, outputs aimed at inputs, and hostile grantee names. */

const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

const { at, rel } = portfolioFolder('esep-paths-', async (at) => {
  await writeGrant(at('in', 'a.xlsx'), syntheticSpec(1));
  await writeGrant(at('in', 'sub', 'b.xlsx'), { ...syntheticSpec(2), grantee: '=HYPERLINK("http://x","y")' });
  await writeGrant(at('outside', 'c.xlsx'), syntheticSpec(3));
  // XML cannot carry an escape or a bell: Excel writes them as _xHHHH_, as here.
  mkdirSync(at('bell'));
  const bell = await grantXlsx({ ...syntheticSpec(4), grantee: 'Fund[2J Bell' });
  writeFileSync(
    at('bell', 'd.xlsx'),
    editEntry(bell, 'xl/sharedStrings.xml', (xml) => xml.replace('Fund[2J', 'Fund_x001B_[2J_x0007_')),
  );
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

  it('names the files of a folder given with a trailing slash or a dot as join() would', async () => {
    for (const folder of [`${at('in')}/`, `${at('in')}/./sub/..//`]) {
      const io = captureIo();
      expect(await main(['portfolio', folder, '--json'], io)).toBe(0);
      const files = PortfolioJsonSchema.parse(JSON.parse(io.out)).grants.map((g) => g.file);
      expect(files.sort()).toEqual([join(folder, 'a.xlsx'), join(folder, 'sub', 'b.xlsx')]);
    }
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

  it('shows control characters in a grantee name on a terminal instead of obeying them; piped, keeps them', async () => {
    const terminal = captureIo();
    terminal.isTTY = true;
    expect(await main(['portfolio', at('bell'), '--csv'], terminal)).toBe(0);
    expect(terminal.out).toContain('Fund\\x1b[2J\\x07 Bell');
    expect(terminal.out).not.toMatch(/[\u0000-\u0008\u001b]/);
    const piped = captureIo();
    expect(await main(['portfolio', at('bell'), '--csv'], piped)).toBe(0);
    expect(piped.out).toContain('Fund\u001b[2J\u0007 Bell');
  });
});
