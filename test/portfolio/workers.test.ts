import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../../cli/main';
import { threadsFor } from '../../engine/portfolio/pool';
import { ReadAhead } from '../../engine/portfolio/read-ahead';
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
    for (const file of [
      'esep.cjs',
      'main.cjs',
      'arquero.cjs',
      'portfolio-worker.cjs',
      'read-ahead-worker.cjs',
    ])
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

  describe('with a thread reading ahead', () => {
    let many: string;
    let files: string[];

    beforeAll(() => {
      // Eight times the files above and two broken ones: past READ_AHEAD_FROM, and one analysing thread.
      many = mkdtempSync(join(tmpdir(), 'esep-ahead-'));
      for (const f of readdirSync(dir))
        for (let copy = 0; copy < 8; copy++) copyFileSync(join(dir, f), join(many, `${copy}-${f}`));
      // What the other thread cannot read or inflate, the analysing one reads and reports as before.
      const grant = readFileSync(join(dir, 'g00.xlsx'));
      writeFileSync(join(many, 'truncated.xlsx'), grant.subarray(0, grant.length - 200));
      // The workbook part's size in the central directory says 7 bytes: it inflates to more.
      const lying = Buffer.from(grant);
      const name = lying.lastIndexOf('xl/workbook.xml');
      expect(lying.readUInt32LE(name - 46)).toBe(0x02014b50);
      lying.writeUInt32LE(7, name - 46 + 24);
      writeFileSync(join(many, 'lying.xlsx'), lying);
      files = readdirSync(many)
        .sort()
        .map((f) => join(many, f));
    });

    afterAll(() => rmSync(many, { recursive: true, force: true }));

    it('gives the same JSON as analysing alone', async () => {
      const child = spawnSync(process.execPath, [join(dist, 'esep.cjs'), 'portfolio', many, '--json'], {
        encoding: 'utf8',
      });
      expect(child.status).toBe(0);
      let here = '';
      // Run from the sources, this thread reads alone.
      await main(['portfolio', many, '--json'], {
        stdout: (s) => void (here += s),
        stderr: () => undefined,
        isTTY: false,
        env: {},
      });
      const json = JSON.parse(here);
      expect(JSON.parse(child.stdout)).toEqual(json);
      expect(json.unreadable.map((u: { code: string }) => u.code).sort()).toEqual([
        'corrupt-zip',
        ...Array(8).fill('not-a-zip'),
        'zip-bomb',
      ]);
    }, 60_000);

    const bundle = () => resolve(dist, 'read-ahead-worker.cjs');

    it('hands out every file once, those the other thread read with their bytes', async () => {
      const ahead = ReadAhead.start(files, { bundle: bundle() });
      if (availableParallelism() < 2) return expect(ahead).toBeUndefined();
      // Time for the other thread to start and fill its slots (this thread has nothing to analyse).
      await new Promise((done) => setTimeout(done, 1000));
      const seen: number[] = [];
      let readAhead = 0;
      for (let f = ahead!.next(); f !== null; f = ahead!.next()) {
        seen.push(f.index);
        if (!f.bytes) continue;
        readAhead++;
        expect(Buffer.from(f.bytes).equals(readFileSync(files[f.index]!))).toBe(true);
      }
      ahead!.stop();
      expect(seen.sort((a, b) => a - b)).toEqual(files.map((_, i) => i));
      // This thread, with nothing to analyse, soon outruns the other: what it read meanwhile came
      // (at nice 19 on a busy machine, maybe only a few files).
      expect(readAhead).toBeGreaterThan(0);
    }, 30_000);

    it('goes on alone when the other thread takes a file and stops', async () => {
      // A stand-in for the other thread: it takes the first file, says so, and never hands it over.
      const stuck = join(many, 'stuck.cjs');
      const taken = join(many, 'taken');
      writeFileSync(
        stuck,
        "const { workerData } = require('node:worker_threads');\n" +
          'Atomics.add(new Int32Array(workerData.sync), 0, 1);\n' +
          `require('node:fs').writeFileSync(${JSON.stringify(taken)}, '');\n` +
          'setInterval(() => undefined, 1000);\n',
      );
      const ahead = ReadAhead.start(files, { bundle: stuck });
      if (availableParallelism() < 2) return expect(ahead).toBeUndefined();
      while (!existsSync(taken)) await new Promise((done) => setTimeout(done, 10));
      const seen: number[] = [];
      for (let f = ahead!.next(); f !== null; f = ahead!.next()) {
        expect(f.bytes).toBeUndefined();
        seen.push(f.index);
      }
      ahead!.stop();
      expect(seen).toEqual([...files.map((_, i) => i).slice(1), 0]);
    }, 30_000);
  });

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
