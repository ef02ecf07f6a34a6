import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../cli/main';
import { threadsFor } from '../../engine/portfolio/pool';
import { grantXlsx, syntheticSpec } from '../fixtures/grant-workbook';

/** The bundled CLI analyses in worker threads when told to; its report must equal the in-thread one. */
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
    // On a 2-core machine 40 files stay in one thread: ESEP_THREADS makes it three.
    const child = spawnSync(process.execPath, [join(dist, 'esep.cjs'), 'portfolio', dir, '--json'], {
      encoding: 'utf8',
      env: { ...process.env, ESEP_THREADS: '3' },
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

  it('is written in ASCII and reads and speaks Kazakh as the sources do', async () => {
    // The bundles escape every non-ASCII character (scripts/build-cli.mjs): the Kazakh and Russian
    // words in the readers' regular expressions and in the messages must mean what they meant.
    for (const file of ['esep.cjs', 'main.cjs', 'arquero.cjs', 'portfolio-worker.cjs'])
      expect(readFileSync(join(dist, file), 'latin1')).not.toMatch(/[^\0-\x7f]/);
    const example = join('templates', 'examples', 'with-mistakes.xlsx');
    const child = spawnSync(process.execPath, [join(dist, 'esep.cjs'), 'check', example, '--lang', 'kk'], {
      encoding: 'utf8',
    });
    let here = '';
    const code = await main(['check', example, '--lang', 'kk'], {
      stdout: (s) => void (here += s),
      stderr: () => undefined,
      isTTY: false,
      env: {},
    });
    expect([child.status, child.stdout]).toEqual([code, here]);
    expect(here).toMatch(/[А-Яа-яӘәҒғҚқҢңӨөҰұҮүІі]/);
  });

  it('stops quietly when the reader of its output stops early', async () => {
    // As `esep portfolio DIR --json | head -c 10` does: the reader goes away while Esep still has
    // output waiting (ten copies of each grant: more JSON than the pipe holds).
    const many = mkdtempSync(join(tmpdir(), 'esep-epipe-'));
    try {
      for (const f of readdirSync(dir).filter((n) => n.startsWith('g')))
        for (let copy = 0; copy < 10; copy++) copyFileSync(join(dir, f), join(many, `${copy}-${f}`));
      const child = spawn(process.execPath, [join(dist, 'esep.cjs'), 'portfolio', many, '--json']);
      child.stdout.pause();
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      // The output is written once the report is made: then the reader stops.
      setTimeout(() => child.stdout.destroy(), 3000);
      const code = await new Promise((done) => child.on('close', done));
      expect([code, stderr]).toEqual([0, '']);
    } finally {
      rmSync(many, { recursive: true, force: true });
    }
  }, 20_000);

  it('refuses an ESEP_THREADS that is not a number of threads', () => {
    const child = spawnSync(process.execPath, [join(dist, 'esep.cjs'), 'portfolio', dir, '--json'], {
      encoding: 'utf8',
      env: { ...process.env, ESEP_THREADS: 'all', LANG: 'C' },
    });
    expect([child.status, child.stderr]).toEqual([
      2,
      expect.stringContaining('ESEP_THREADS=all: expected a whole number'),
    ]);
  });
});

describe('how many threads read a portfolio', () => {
  it('leaves a core to V8 unless every thread has thousands of files', () => {
    expect([threadsFor(10, 8), threadsFor(1000, 2), threadsFor(1000, 8), threadsFor(10000, 2)]).toEqual([
      1, 1, 7, 2,
    ]);
    expect(threadsFor(100, 1)).toBe(1);
  });
});
