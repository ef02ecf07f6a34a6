import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../engine/cli/main';
import { IndicatorValueSchema } from '../../engine/model/indicator';
import { CheckReportSchema } from '../../engine/model/issue';
import {
  KK_BLOCKS_CORRECTED as KK_BLOCKS,
  KK_HEADER,
  KK_IMPACT_HEADER,
  KK_IMPACT_ROWS,
} from '../fixtures/annex3-plan';
import { PlanWorkbook } from '../fixtures/plan-workbook';
import { buildSeedWorkbook } from '../fixtures/seed-estimate';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s), isTTY: false, env: {} },
    out: () => out.join(''),
    err: () => err.join(''),
  };
}

describe('esep check: estimate, plan and impact in one workbook', () => {
  it('reports the three forms and the plan gaps together', async () => {
    const wb = buildSeedWorkbook();
    // One estimate error: quantity × unit cost ≠ total on the bank service line.
    wb.getWorksheet('Смета')!.getCell('F12').value = '19 000';
    const blocks = KK_BLOCKS.map((b) => ({ ...b, activities: b.activities.map((a) => ({ ...a })) }));
    const first = blocks[0]!.activities[1]!;
    first.measures = first.measures.map((m) => (m.label === 'Қатысушылар саны' ? { ...m, fact: 40 } : m));
    const book = new PlanWorkbook(wb)
      .addSheet({ name: 'Жоспар', plan: { header: { ...KK_HEADER, fact: 'Нақты' }, blocks } })
      .addSheet({
        name: 'Әсер',
        impact: { header: { ...KK_IMPACT_HEADER, fact: 'Нақты деңгейі' }, rows: KK_IMPACT_ROWS },
      });
    const file = join(mkdtempSync(join(tmpdir(), 'esep-')), 'grant.xlsx');
    writeFileSync(file, await book.xlsx());

    const c = capture();
    const code = await main(['check', file, '--json', '--lang', 'en'], c.io);
    const report = CheckReportSchema.parse(JSON.parse(c.out()));
    const result = report.files[0]!;
    expect(result.forms.map((f) => [f.form, f.sheet])).toEqual([
      ['estimate', 'Смета'],
      ['plan', 'Жоспар'],
      ['impact', 'Әсер'],
    ]);
    expect(result.issues.map((i) => [i.rule, i.sheet, i.cell])).toEqual([
      ['estimate.line.amount', 'Смета', 'F12'],
      ['plan.fact.below', 'Жоспар', book.measure('2. Облыстың', 'Қатысушылар саны').factCell],
    ]);
    expect(code).toBe(1);
  });
});

describe('esep indicator', () => {
  it('prints the IndicatorValue JSON', async () => {
    const c = capture();
    expect(await main(['indicator', '3/1 (әр іс-шара бойынша)', '--json'], c.io)).toBe(0);
    const v = IndicatorValueSchema.parse(JSON.parse(c.out()));
    expect(v).toMatchObject({ comparator: 'target', values: [3, 1], perEvent: true });
  });

  it('prints one readable line without --json', async () => {
    const c = capture();
    expect(await main(['indicator', 'кемінде 80%-ы'], c.io)).toBe(0);
    expect(c.out()).toBe('at least 80\u00a0%\n');
  });

  it('exits 0 for an unreadable text, and the JSON says why', async () => {
    const c = capture();
    expect(await main(['indicator', '--json', 'өткізілді'], c.io)).toBe(0);
    expect(JSON.parse(c.out())).toMatchObject({ comparator: 'unreadable', reason: 'no-number' });
  });

  it('reads a text that starts with a dash', async () => {
    const c = capture();
    expect(await main(['indicator', '-'], c.io)).toBe(0);
    expect(c.out()).toBe('unreadable: it is empty\n');
  });

  it.each([[[]], [['a', 'b']], [['--xml', '5']]])('exits 2 on bad usage %j', async (args) => {
    const c = capture();
    expect(await main(['indicator', ...args], c.io)).toBe(2);
    expect(c.err()).toContain('Usage:');
  });
});
