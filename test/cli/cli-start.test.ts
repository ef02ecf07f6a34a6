import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../../cli/main';

/**
 * How the shipped CLI starts (cli/start.ts). The build leaves V8 code caches beside its bundles
 * (cli/code-cache.ts): V8 must take them, and a cache that is missing, from another build or
 * damaged must change nothing but time. V8's helper threads are put behind the JavaScript one.
 */
describe('the CLI at its start', () => {
  const dist = resolve('test-output', 'code-cache-bundle');
  const example = join('templates', 'examples', 'with-mistakes.xlsx');
  const examples = join('templates', 'examples');
  // Reports, for each bundle compiled through vm.Script, whether V8 took the cache it was given.
  const probe = join(dist, 'probe.cjs');

  const cli = (args: string[], preload: string[] = [], env: NodeJS.ProcessEnv = {}) =>
    spawnSync(process.execPath, [...preload, join(dist, 'esep.cjs'), ...args], {
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });

  async function inProcess(args: string[]): Promise<string> {
    let out = '';
    await main(args, { stdout: (s) => void (out += s), stderr: () => undefined, isTTY: false, env: {} });
    return out;
  }

  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build-cli.mjs', '--outdir', dist]);
    writeFileSync(
      probe,
      `const vm = require('node:vm'); const S = vm.Script;
       vm.Script = class extends S { constructor(src, o) { super(src, o);
         process.stderr.write('cache ' + require('node:path').basename(o.filename) + ' ' +
           (o.cachedData ? (this.cachedDataRejected ? 'refused' : 'taken') : 'none') + '\\n'); } };`,
    );
  }, 60_000);

  const caches = ['main.cjs', 'arquero.cjs'];
  const buildLine = (bundle: string) => readFileSync(join(dist, bundle), 'latin1').split('\n', 1)[0]!;
  const buildId = (bundle: string) => buildLine(bundle).split(' ')[1]!;

  it('has code caches made for the build they sit beside, and V8 takes them', () => {
    for (const bundle of caches) {
      expect(buildLine(bundle)).toMatch(/^\/\/esep-build [0-9a-f]{16}$/);
      expect(readFileSync(join(dist, `${bundle}.v8cache`), 'latin1').split('\n', 1)[0]).toBe(buildId(bundle));
    }
    const run = cli(['portfolio', examples, '--json'], ['--require', probe]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('cache main.cjs taken');
    expect(run.stderr).toContain('cache arquero.cjs taken');
  });

  it('gives the same answers when a code cache is missing, from another build or damaged', async () => {
    const check = await inProcess(['check', example, '--json']);
    const portfolio = await inProcess(['portfolio', examples, '--json']);
    const saved = caches.map((b) => readFileSync(join(dist, `${b}.v8cache`)));
    const damage: Array<[string, (id: string, cache: Buffer) => Buffer | null, string]> = [
      ['missing', () => null, 'cache main.cjs none'],
      [
        'another build',
        (_id, cache) => Buffer.concat([Buffer.from('0123456789abcdef\n'), cache.subarray(17)]),
        'cache main.cjs none',
      ],
      ['damaged', (id) => Buffer.from(`${id}\n${'x'.repeat(5000)}`), 'cache main.cjs refused'],
    ];
    try {
      for (const [, spoil, seen] of damage) {
        caches.forEach((b, i) => {
          const file = join(dist, `${b}.v8cache`);
          const spoilt = spoil(buildId(b), saved[i]!);
          if (spoilt) writeFileSync(file, spoilt);
          else rmSync(file, { force: true });
        });
        const checked = cli(['check', example, '--json'], ['--require', probe]);
        expect(checked.stderr).toContain(seen);
        expect([checked.status, checked.stdout]).toEqual([1, check]);
        const compared = cli(['portfolio', examples, '--json']);
        expect([compared.status, compared.stdout]).toEqual([0, portfolio]);
      }
    } finally {
      caches.forEach((b, i) => writeFileSync(join(dist, `${b}.v8cache`), saved[i]!));
    }
  }, 60_000);

  // Linux with two cores or more, as CI and this machine (cli/thread-priority.ts changes nothing elsewhere).
  const helpersBehind = process.platform === 'linux' && availableParallelism() >= 2 ? it : it.skip;
  helpersBehind('runs V8 helper threads behind one reading thread, beside several', () => {
    const niceness = join(dist, 'niceness.cjs');
    writeFileSync(
      niceness,
      `process.on('exit', () => { const fs = require('node:fs'), os = require('node:os');
         for (const t of fs.readdirSync('/proc/self/task'))
           process.stderr.write('nice ' + (Number(t) === process.pid ? 'main' : 'helper') + ' ' + os.getPriority(Number(t)) + '\\n'); });`,
    );
    const niceValues = (run: { stderr: string }) =>
      [...run.stderr.matchAll(/^nice (main|helper) (-?\d+)$/gm)].map((m) => `${m[1]} ${m[2]}`);
    const alone = niceValues(
      cli(['portfolio', examples, '--json'], ['--require', niceness], { ESEP_THREADS: '1' }),
    );
    expect(alone.filter((s) => s === 'main 0')).toHaveLength(1);
    expect(alone.filter((s) => s === 'helper 10').length).toBeGreaterThanOrEqual(4);
    // With a worker reading too, V8's helpers serve both as their equals.
    const compared = niceValues(
      cli(['portfolio', examples, '--json'], ['--require', niceness], { ESEP_THREADS: '2' }),
    );
    expect(compared).toContain('main 0');
    expect(compared.filter((s) => s.startsWith('helper')).length).toBeGreaterThanOrEqual(4);
    expect(compared.filter((s) => s === 'helper 10')).toEqual([]);
  });

  it('keeps the young generation as loading left it while one thread reads', () => {
    // 360 workbooks: enough that V8 would grow it from 4 to 16 MB a half (cli/v8-settings.ts).
    const many = mkdtempSync(join(tmpdir(), 'esep-young-'));
    const young = join(dist, 'young.cjs');
    try {
      const workbooks = readdirSync(examples).filter((f) => f.endsWith('.xlsx'));
      for (let copy = 0; copy < Math.ceil(360 / workbooks.length); copy++)
        for (const f of workbooks) copyFileSync(join(examples, f), join(many, `${copy}-${f}`));
      writeFileSync(
        young,
        `const fs = require('node:fs'), v8 = require('node:v8'); const open = fs.openSync; let first = null;
         const size = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size;
         fs.openSync = function (p, ...rest) { if (first === null && String(p).endsWith('.xlsx')) first = size(); return open.call(this, p, ...rest); };
         process.on('exit', () => process.stderr.write('young ' + first + ' ' + size() + '\\n'));`,
      );
      const run = cli(['portfolio', many, '--json'], ['--require', young]);
      expect(run.status).toBe(0);
      const [, atFirstFile, atEnd] = /^young (\d+) (\d+)$/m.exec(run.stderr)!.map(Number);
      expect(atFirstFile).toBeGreaterThan(0);
      expect(atEnd).toBe(atFirstFile);
    } finally {
      rmSync(many, { recursive: true, force: true });
    }
  }, 30_000);
});
