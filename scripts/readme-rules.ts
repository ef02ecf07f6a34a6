import { readFileSync, writeFileSync } from 'node:fs';
import type { Rule } from '../engine/rules/define';
import { RULES } from '../engine/rules/registry';

/**
 * The README's rule tables, generated from the registry: `npm run readme:rules` rewrites the blocks
 * between `<!-- rules:NAME -->` and `<!-- /rules -->`; test/rules/registry.test.ts fails when the
 * README differs from what this makes.
 */

export const BLOCKS: Record<string, (r: Rule) => boolean> = {
  estimate: (r) => r.id.startsWith('estimate.') || r.id.startsWith('form.'),
  reports: (r) => /^(plan|impact|stats|team)\./.test(r.id),
};

/** The rows of a block's table as the registry gives them. */
export function ruleRows(block: string): string[][] {
  const pick = BLOCKS[block];
  if (!pick) throw new Error(`README: unknown rules block "${block}"`);
  return RULES.filter(pick).map((r) => [`\`${r.id}\``, r.severity, r.forms.join(', '), r.summary.en]);
}

/** The rows of a block's table as the README has them (cells trimmed: formatting may pad them). */
export function readmeRuleRows(readme: string, block: string): string[][] | null {
  const m = new RegExp(`<!-- rules:${block} -->([\\s\\S]*?)<!-- /rules -->`).exec(readme);
  if (!m) return null;
  const lines = m[1]!.split('\n').filter((l) => l.startsWith('|'));
  return lines.slice(2).map((l) =>
    l
      .slice(1, -1)
      .split(' | ')
      .map((c) => c.trim()),
  );
}

function table(block: string): string {
  const rows = ruleRows(block);
  const head = ['rule', 'severity', 'forms', 'fires when'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function readmeWithRules(readme: string): string {
  return readme.replace(
    /(<!-- rules:(\w+) -->\n)[\s\S]*?(<!-- \/rules -->)/g,
    (_, open: string, name: string, close: string) => `${open}\n${table(name)}\n\n${close}`,
  );
}

if (process.argv[1]?.endsWith('readme-rules.ts')) {
  const readme = readFileSync('README.md', 'utf8');
  writeFileSync('README.md', readmeWithRules(readme));
}
