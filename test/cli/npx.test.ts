import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pkg from '../../package.json';

const root = join(__dirname, '..', '..');

/**
 * `npx esep` is how README and DESIGN tell users to run the CLI. Had the project's own
 * package.json a bin named esep, npm 11 would install the project into its npx cache and load the
 * whole dependency tree before every run (two seconds here); from the linked package in bin/ it
 * finds node_modules/.bin/esep and runs it at once.
 */
describe('npx esep', () => {
  const cache = mkdtempSync(join(tmpdir(), 'esep-npm-cache-'));
  afterAll(() => rmSync(cache, { recursive: true, force: true }));

  it.each([
    ['the project folder', root],
    ['a folder inside it', join(root, 'templates')],
  ])('runs the built CLI from %s without installing anything', (_where, cwd) => {
    const out = execFileSync('npx', ['--no-install', 'esep', '--version'], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, npm_config_cache: cache, npm_config_update_notifier: 'false' },
    });
    expect(out).toBe(`esep ${pkg.version}\n`);
    expect(existsSync(join(cache, '_npx'))).toBe(false);
  });
});
