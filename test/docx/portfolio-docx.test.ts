import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PortfolioJsonSchema } from '../../engine/model/portfolio';
import { runCli } from '../cli/run-cli';
import { grantDocx } from '../fixtures/grant-docx';
import { grantXlsx, syntheticSpec } from '../fixtures/grant-workbook';

describe('esep portfolio over a folder mixing .docx and .xlsx', () => {
  it('compares a grant the same whether it arrived as a Word document or a workbook; a .doc is listed as unreadable', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'esep-docx-portfolio-'));
    const specs = [0, 1, 2, 3, 4].map((i) => ({ ...syntheticSpec(i), year: 2025 }));
    for (const [i, spec] of specs.entries()) {
      writeFileSync(join(dir, `grant-${i}.xlsx`), await grantXlsx(spec));
      writeFileSync(join(dir, `grant-${i}.docx`), grantDocx(spec));
    }
    writeFileSync(join(dir, 'old.doc'), Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    writeFileSync(join(dir, '~$grant-0.docx'), 'Word lock file');
    const { code, stdout } = await runCli(['portfolio', dir, '--json']);
    expect(code).toBe(0);
    const report = PortfolioJsonSchema.parse(JSON.parse(stdout));
    expect(report.unreadable).toEqual([
      {
        file: join(dir, 'old.doc'),
        code: 'unsupported-format',
        params: { format: 'doc' },
        reason: expect.stringMatching(/save it as \.docx/),
      },
    ]);
    expect(report.grants).toHaveLength(10);
    const byFile = new Map(report.grants.map((g) => [g.file, g]));
    for (let i = 0; i < specs.length; i++) {
      const { file: _x, ...xlsx } = byFile.get(join(dir, `grant-${i}.xlsx`))!;
      const { file: _d, ...docx } = byFile.get(join(dir, `grant-${i}.docx`))!;
      expect(docx).toEqual(xlsx);
      expect(docx.grantee).toBe(specs[i]!.grantee);
    }
  });
});
