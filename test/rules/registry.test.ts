import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_IDS } from '../../engine/model/rule-id';
import { RULES } from '../../engine/rules/registry';
import { BLOCKS, readmeRuleRows, ruleRows } from '../../scripts/readme-rules';

const root = join(__dirname, '..', '..');

function filesUnder(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name));
}

describe('the rule registry describes itself', () => {
  it('holds every rule id once, in the order of the id list', () => {
    expect(RULES.map((r) => r.id)).toEqual([...RULE_IDS]);
  });

  it.each(RULES.map((r) => [r.id, r] as const))(
    '%s has forms and a one-line summary in kk, ru and en',
    (_, rule) => {
      expect(rule.forms.length).toBeGreaterThan(0);
      for (const lang of ['kk', 'ru', 'en'] as const) {
        expect(rule.summary[lang].trim()).not.toBe('');
        expect(rule.summary[lang]).not.toContain('\n');
      }
      expect(new Set(Object.values(rule.summary)).size).toBe(3);
    },
  );

  it('finds each rule by its id in one file of engine/rules', () => {
    const sources = filesUnder('engine/rules').map((f) => readFileSync(f, 'utf8'));
    for (const id of RULE_IDS)
      expect([id, sources.filter((s) => s.includes(`'${id}'`)).length]).toEqual([id, 1]);
  });

  it.each(Object.keys(BLOCKS))(
    "README lists the registry's %s rules (npm run readme:rules rewrites it)",
    (block) => {
      const readme = readFileSync(join(root, 'README.md'), 'utf8');
      expect(readmeRuleRows(readme, block)).toEqual(ruleRows(block));
    },
  );

  it('has a test file named after each rule (test/rules/<id>.test.ts)', () => {
    const tests = readdirSync(join(root, 'test', 'rules')).filter((f) => f.endsWith('.test.ts'));
    const named = tests.map((f) => f.replace(/\.test\.ts$/, '')).filter((f) => f !== 'registry');
    expect(named.sort()).toEqual([...RULE_IDS].sort());
  });

  it('covers every registry rule in some README block', () => {
    const listed = Object.keys(BLOCKS).flatMap((b) => ruleRows(b).map((row) => row[0]));
    expect(listed.sort()).toEqual(RULE_IDS.map((id) => `\`${id}\``).sort());
  });
});
