import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedXlsx } from '../fixtures/seed-estimate';
import { runCli } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'esep-explain-'));
const seed = join(dir, 'seed.xlsx');
beforeAll(async () => writeFileSync(seed, await seedXlsx()));

/** The explanation lines of one table: "row kind «label» — reason". */
const tableLines = (out: string) => out.split('\n').filter((l) => /^\s+\d+ {2}/.test(l));

describe('esep check --explain', () => {
  it('prints every row of the application estimate (read by its headers) with its kind and why', async () => {
    const r = await runCli(['check', seed, '--explain', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('estimate, read by its headers');
    const lines = tableLines(r.stdout);
    expect(lines.find((l) => l.includes('Жалақы, соның ішінде'))).toMatch(/group .*salary group/);
    expect(lines.find((l) => l.includes('Жоба директоры'))).toMatch(/item .*a line with/);
    expect(lines.find((l) => l.includes('Материалды-техникалық'))).toMatch(
      /section .*counts toward the 10 % cap: material-technical support section/,
    );
    expect(lines[lines.length - 1]).toMatch(/grand total/);
    // The normal report still follows.
    expect(r.stdout).toContain('no problems found');
  });

  it('reads the bundled grant workbook by its markers, plan rows included, in Kazakh', async () => {
    const r = await runCli(['check', 'templates/examples/grant-kk.xlsx', '--explain', '--lang', 'kk']);
    expect(r.stdout).toContain('смета, үлгінің белгісі бойынша оқылды');
    expect(r.stdout).toContain('мониторинг жоспары');
    const lines = tableLines(r.stdout);
    expect(lines.find((l) => l.includes('Ноутбук'))).toBeDefined();
    expect(lines.filter((l) => l.includes('көрсеткіш')).length).toBeGreaterThan(3);
  });

  it('marks lines counted by their content wherever they sit (Russian example)', async () => {
    const r = await runCli(['check', 'templates/examples/estimate-ru.xlsx', '--explain', '--lang', 'ru']);
    const lines = tableLines(r.stdout);
    expect(lines.find((l) => l.includes('Материально-техническ'))).toMatch(/учтена в пределе 10 %/);
  });

  it('adds the explanation to the JSON without changing the contract fields', async () => {
    const r = await runCli(['check', seed, '--explain', '--json']);
    const file = JSON.parse(r.stdout).files[0];
    expect(Object.keys(file)).toEqual(['file', 'forms', 'issues', 'explain']);
    expect(file.explain[0]).toMatchObject({ form: 'estimate', readBy: 'headers' });
    expect(file.explain[0].rows[0]).toMatchObject({ kind: 'section', reason: 'section-name' });
  });
});
