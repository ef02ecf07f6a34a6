import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pkg from '../../package.json';
import { main } from '../../engine/cli/main';
import { seedXlsx } from '../fixtures/seed-estimate';
import { mutate } from '../estimate/check-helpers';
import { runCli } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'esep-help-'));
const wrong = join(dir, 'wrong.xlsx');

beforeAll(async () => {
  writeFileSync(wrong, await seedXlsx({ rows: mutate('Жоба директоры', 5, '90 000') }));
});

describe('esep help', () => {
  it('--version prints the package version and exits 0', async () => {
    const r = await runCli(['--version']);
    expect(r).toEqual({ code: 0, stdout: `esep ${pkg.version}\n`, stderr: '' });
  });

  it('--help lists every command with what it does, and exits 0', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['check', 'portfolio', 'indicator', 'templates', 'help'])
      expect(r.stdout).toMatch(new RegExp(`^  esep ${c}`, 'm'));
    expect(r.stdout).toContain('--lang kk|ru|en');
    expect(r.stdout).toContain('Exit codes');
  });

  it.each([[['check', '--help']], [['help', 'check']], [['check', 'a.xlsx', '-h']]])(
    '%j describes check: each option and an example',
    async (args) => {
      const r = await runCli(args);
      expect(r.code).toBe(0);
      for (const option of ['--json', '--verbose', '--year YYYY', '--profile NAME|PATH', '--lang kk|ru|en'])
        expect(r.stdout).toContain(option);
      expect(r.stdout).toContain('kz-ngo-grants');
      expect(r.stdout).toMatch(/Examples:\n  esep check /);
    },
  );

  it('speaks the language asked for, before or after the command', async () => {
    expect((await runCli(['help', 'portfolio', '--lang', 'kk'])).stdout).toContain('Мысалдар:');
    expect((await runCli(['--lang', 'ru', 'help'])).stdout).toContain('Команды:');
    expect((await runCli(['templates', '--help'], { LANG: 'ru_RU.UTF-8' })).stdout).toContain('Примеры:');
  });

  it('names an unknown command in the user language and exits 2', async () => {
    const r = await runCli(['frobnicate', '--lang', 'kk']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('«frobnicate» деген команда жоқ');
    expect(r.stderr).toContain('esep help');
  });
});

describe('every line in the chosen language', () => {
  it('check in Kazakh: form names, the summary, file errors', async () => {
    const r = await runCli(['check', wrong, join(dir, 'absent.xlsx'), '--lang', 'kk']);
    expect(r.stdout).toContain('Табылған нысандар: смета (Смета!A1:I31)');
    expect(r.stdout).toContain('1 қате, 0 ескерту');
    expect(r.stdout).toContain('мұндай файл жоқ');
    expect(r.stdout).not.toMatch(/estimate|error|no such file/);
  });

  it('check in Russian agrees the counts', async () => {
    const r = await runCli(['check', wrong, '--lang', 'ru']);
    expect(r.stdout).toContain('Найденные формы: смета');
    expect(r.stdout).toContain('1 ошибка, 0 замечаний');
  });

  it('shows rule ids with --verbose, dimmed on a terminal, and not otherwise', async () => {
    expect((await runCli(['check', wrong])).stdout).not.toContain('[estimate.line.amount]');
    expect((await runCli(['check', wrong, '--verbose'])).stdout).toContain('  [estimate.line.amount]');
    let out = '';
    await main(['check', wrong], { stdout: (s) => (out += s), stderr: () => {}, isTTY: true, env: {} });
    expect(out).toContain('\x1b[2m[estimate.line.amount]\x1b[0m');
  });

  it.each([
    ['kk', 'кемінде 30', 'кемінде 30'],
    ['ru', 'кемінде 30', 'не менее 30'],
    ['en', '3/1 (әр іс-шара бойынша)', '3 / 1 per event'],
    ['kk', '01.03.2025', 'оқылмады: бұл күнге ұқсайды'],
    ['ru', '01.03.2025', 'не прочитано: похоже на дату'],
  ])('indicator --lang %s "%s" → %s', async (lang, text, said) => {
    const r = await runCli(['indicator', text, '--lang', lang]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toContain(said);
  });

  it('indicator follows the environment and mixes no languages', async () => {
    const r = await runCli(['indicator', '3/1 (әр іс-шара бойынша)'], { LANG: 'kk_KZ.UTF-8' });
    expect(r.stdout).toBe('3 / 1 (әр іс-шараға)\n');
  });
});
