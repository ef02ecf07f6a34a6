import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { CheckReportSchema } from '../../engine/model/issue';
import { seedXlsx } from '../fixtures/seed-estimate';
import { mutate } from '../estimate/check-helpers';
import { runCli } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'esep-cli-'));
const clean = join(dir, 'clean.xlsx');
const wrong = join(dir, 'wrong.xlsx');
const notXlsx = join(dir, 'notes.xlsx');

beforeAll(async () => {
  writeFileSync(clean, await seedXlsx());
  writeFileSync(wrong, await seedXlsx({ rows: mutate('Жоба директоры', 5, '90 000') }));
  writeFileSync(notXlsx, 'just text, not a workbook');
});

describe('esep check', () => {
  it('exits 0 on a clean estimate and says so', async () => {
    const r = await runCli(['check', clean]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('estimate (Смета!A1:I31)');
    expect(r.stdout).toContain('no problems found');
  });

  it('--json follows the contract and exits 1 when errors are found', async () => {
    const r = await runCli(['check', wrong, '--json']);
    expect(r.code).toBe(1);
    const report = z.strictObject(CheckReportSchema.shape).parse(JSON.parse(r.stdout));
    expect(report.files[0]).toMatchObject({
      file: wrong,
      forms: [{ form: 'estimate', sheet: 'Смета', range: 'A1:I31' }],
      issues: [
        {
          rule: 'estimate.line.amount',
          severity: 'error',
          sheet: 'Смета',
          cell: 'F5',
          expected: 900000,
          actual: 90000,
        },
      ],
    });
    expect(z.string().check(z.minLength(10)).parse(report.files[0]!.issues[0]!.message)).toContain('900');
  });

  it.each([
    ['kk', 'Барлығы'],
    ['ru', 'Всего'],
    ['en', 'the total says'],
  ])('speaks %s with --lang', async (lang, word) => {
    const r = await runCli(['check', wrong, '--lang', lang]);
    expect(r.stdout).toContain(word);
  });

  it('takes the language from the environment', async () => {
    const r = await runCli(['check', wrong], { LANG: 'ru_KZ.UTF-8' });
    expect(r.stdout).toContain('1 ошибка, 0 замечаний');
  });

  it('exits 2 naming the file when it is not a workbook, and still checks the others', async () => {
    const r = await runCli(['check', notXlsx, clean, '--json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(notXlsx);
    const report = JSON.parse(r.stdout);
    expect(report.files[0].error).toContain('not an .xlsx workbook');
    expect(report.files[1].issues).toEqual([]);
  });

  it('exits 2 on a missing file', async () => {
    const r = await runCli(['check', join(dir, 'absent.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('no such file');
  });

  it.each([
    [['check'], 'at least one'],
    [['check', clean, '--year', '25'], 'four-digit'],
    [['check', clean, '--year', '1999'], '2000'],
    [['check', clean, '--year', '2101'], '2100'],
    [['check', clean, '--lang', 'de'], '--lang takes kk, ru or en'],
    [['check', clean, '--bogus'], 'bogus'],
    [['frobnicate'], 'unknown command'],
    [['check', clean, '--profile', 'nope'], 'no such built-in profile'],
  ])('exits 2 with a clear message on bad usage: %j', async (args, text) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr.toLowerCase()).toContain(text.toLowerCase());
  });

  it('warns that payroll is not checked for a year without rates', async () => {
    const r = await runCli(['check', clean, '--year', '2019', '--json']);
    expect(r.code).toBe(0);
    const issues = JSON.parse(r.stdout).files[0].issues;
    expect(issues).toEqual([expect.objectContaining({ rule: 'estimate.payroll.year', severity: 'warning' })]);
  });

  it('checks the 2026 rates as errors now they are confirmed (#10)', async () => {
    const r = await runCli(['check', clean, '--year', '2026', '--json']);
    const issues = JSON.parse(r.stdout).files[0].issues;
    expect(r.code).toBe(1);
    expect(issues.length).toBeGreaterThan(0);
    expect(
      issues.every(
        (i: { severity: string; rule: string }) =>
          i.severity === 'error' && i.rule.startsWith('estimate.payroll.'),
      ),
    ).toBe(true);
  });

  it('takes a rule profile from a file and says what is wrong with a bad one', async () => {
    const bad = join(dir, 'bad-profile.json');
    writeFileSync(bad, JSON.stringify({ id: 'x' }));
    const r = await runCli(['check', clean, '--profile', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bad-profile.json');
    expect(r.stderr).toContain('version: is missing');
  });

  it('names the wrong field of a profile in the chosen language', async () => {
    const bad = join(dir, 'bad-year.json');
    const profile = JSON.parse(readFileSync('engine/profiles/kz-ngo-grants.json', 'utf8')) as Record<
      string,
      unknown
    >;
    writeFileSync(bad, JSON.stringify({ ...profile, defaultYear: 'next' }));
    const said = await Promise.all(
      (['kk', 'ru', 'en'] as const).map(
        async (lang) => (await runCli(['check', clean, '--profile', bad, '--lang', lang])).stderr,
      ),
    );
    expect(said).toEqual([
      expect.stringContaining('defaultYear: сан күтіледі'),
      expect.stringContaining('defaultYear: ожидается число'),
      expect.stringContaining('defaultYear: expected a number'),
    ]);
  });
});
