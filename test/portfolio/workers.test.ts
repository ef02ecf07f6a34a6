import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../engine/cli/main';
import { grantXlsx, syntheticSpec } from '../fixtures/grant-workbook';

/** The bundled CLI analyses in worker threads; its report must equal the in-thread one. */
describe('the portfolio across worker threads', () => {
  const dist = join('test-output', 'portfolio-bundle');
  let dir: string;

  beforeAll(async () => {
    // The shipped build, into a folder of its own (the script empties it first).
    execFileSync(process.execPath, ['scripts/build-cli.mjs', '--outdir', dist]);
    dir = mkdtempSync(join(tmpdir(), 'esep-workers-'));
    for (let i = 0; i < 40; i++)
      writeFileSync(join(dir, `g${String(i).padStart(2, '0')}.xlsx`), await grantXlsx(syntheticSpec(i)));
    writeFileSync(join(dir, 'bad.xlsx'), 'not a workbook');
  }, 60000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the same JSON as analysing in one thread', async () => {
    const child = spawnSync(process.execPath, [join(dist, 'esep.mjs'), 'portfolio', dir, '--json'], {
      encoding: 'utf8',
    });
    expect(child.status).toBe(0);
    let here = '';
    const code = await main(['portfolio', dir, '--json'], {
      stdout: (s) => void (here += s),
      stderr: () => undefined,
      isTTY: false,
      env: {},
    });
    expect(code).toBe(0);
    expect(JSON.parse(child.stdout)).toEqual(JSON.parse(here));
    expect(JSON.parse(here).grants).toHaveLength(40);
  });
});
