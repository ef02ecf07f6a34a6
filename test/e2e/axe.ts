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

/**
 * Words in the elements `selector` finds that are broken across lines or run out of their
 * element: each run of letters and digits must sit on one line box (a range over it has one
 * rectangle top), and no element may be wider inside than it shows.
 */
export function brokenWords(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const found: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(sel)) {
      if (el.scrollWidth > el.clientWidth) found.push(`${el.textContent ?? ''} (runs out of its box)`);
      const texts = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = texts.nextNode(); node; node = texts.nextNode()) {
        for (const word of (node.textContent ?? '').matchAll(/[\p{L}\p{N}]+/gu)) {
          const range = document.createRange();
          range.setStart(node, word.index);
          range.setEnd(node, word.index + word[0].length);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (lines.size > 1) found.push(word[0]);
        }
      }
    }
    return found;
  }, selector);
}
