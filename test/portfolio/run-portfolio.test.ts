import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPortfolio } from '../../addin/portfolio/run-portfolio';
import type { PortfolioFile } from '../../addin/portfolio/protocol';
import { PortfolioJsonSchema } from '../../engine/model/portfolio';
import { analyseFile } from '../../engine/portfolio/analyse-file';
import { buildPortfolio } from '../../engine/portfolio/portfolio';
import { DEFAULT_PROFILE_ID, loadBuiltInProfile } from '../../engine/profiles';
import { grantXlsx, syntheticSpec } from '../fixtures/grant-workbook';
import { seedXlsx } from '../fixtures/seed-estimate';

/** The add-in's workers' body, in one thread, against the CLI's path on the same files. */
describe('runPortfolio (the Web Worker body)', () => {
  let files: PortfolioFile[];
  let dir: string;

  beforeAll(async () => {
    files = [];
    for (let i = 0; i < 8; i++) files.push({ name: `g${i}.xlsx`, bytes: await grantXlsx(syntheticSpec(i)) });
    files.push({ name: 'seed.xlsx', bytes: await seedXlsx() });
    files.push({ name: 'bad.xlsx', bytes: new TextEncoder().encode('not a workbook') });
    // An ArrayBuffer, as the pane transfers it, of an empty zip-looking file.
    files.push({ name: 'truncated.xlsx', bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]).buffer });
    dir = mkdtempSync(join(tmpdir(), 'esep-run-portfolio-'));
    for (const f of files) writeFileSync(join(dir, f.name), new Uint8Array(f.bytes));
  }, 60000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the same comparison as the CLI', () => {
    const report = runPortfolio(files, { lang: 'en', profileId: DEFAULT_PROFILE_ID });
    expect(PortfolioJsonSchema.parse(report)).toEqual(report);
    expect(report.grants).toHaveLength(9);
    expect(report.grants.find((g) => g.file === 'seed.xlsx')?.costPerBeneficiary).toBeNull();
    expect(report.unreadable.map((u) => u.file)).toEqual(['bad.xlsx', 'truncated.xlsx']);
    expect(report.unreadable[0]?.reason).toMatch(/not an \.xlsx workbook/);

    const options = { profile: loadBuiltInProfile(), lang: 'en' as const };
    const cli = buildPortfolio(
      files.map((f) => analyseFile(join(dir, f.name), options)),
      [],
      'en',
    );
    const byName = (file: string) => file.slice(file.lastIndexOf('/') + 1);
    expect(report.grants).toEqual(cli.grants.map((g) => ({ ...g, file: byName(g.file) })));
    expect(report.groups).toEqual(cli.groups);
  });

  it('gives an empty portfolio for no files', () => {
    const report = runPortfolio([], { lang: 'kk', profileId: DEFAULT_PROFILE_ID });
    expect(report).toEqual({ grants: [], groups: [], outliers: [], unreadable: [] });
  });
});
