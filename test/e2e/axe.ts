import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

const AXE = readFileSync(join(__dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/**
 * Third-party markup left out of the audit, each with its reason:
 * - Fluent's tabster focus-trap dummies: zero-size focusable spans that keep Tab inside Fluent's
 *   components (they are not ours to label, and screen readers skip them).
 */
const EXCLUDED = ['[data-tabster-dummy]'];

export interface Finding {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Serious and critical axe violations on the page as it is now (every rule axe runs by default, plus one). */
export async function seriousViolations(page: Page): Promise<Finding[]> {
  // Evaluated through the debugger, so the page's content security policy stays as shipped.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const results = await page.evaluate(
    (exclude) =>
      (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<AxeResults> } }).axe.run(
        { exclude: exclude.map((s) => [s]) },
        // Voice control users say what they see: the experimental name-matches-label rule runs too.
        { resultTypes: ['violations'], rules: { 'label-content-name-mismatch': { enabled: true } } },
      ),
    EXCLUDED,
  );
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      rule: v.id,
      impact: v.impact ?? '',
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
}

/** How far the page scrolls sideways, in CSS px (0: it reflows). */
export function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
