import type { FileResult, Issue, Lang, RenderedFileResult, RenderedIssue } from '../model/issue';
import type { RuleId } from '../model/rule-id';
import type { Rule } from './define';
import { RULES } from './registry';

const BY_ID = new Map<RuleId, Rule>(RULES.map((r) => [r.id, r]));

/** The rule an id names (every RuleId has one: test/rules/registry.test.ts). */
function ruleById(id: RuleId): Rule {
  const rule = BY_ID.get(id);
  if (!rule) throw new Error(`unknown rule ${id}`);
  return rule;
}

/** An issue's message in a language: made when shown, never stored with the issue. */
export function renderIssue(issue: Issue, lang: Lang): string {
  return ruleById(issue.rule).message(lang, {
    ...issue.params,
    expected: issue.expected,
    actual: issue.actual,
  });
}

/** An issue as the JSON contract shows it: its message in place of its parameters. */
function renderedIssue(issue: Issue, lang: Lang): RenderedIssue {
  const out: RenderedIssue = {
    rule: issue.rule,
    severity: issue.severity,
    sheet: issue.sheet,
    cell: issue.cell,
    message: renderIssue(issue, lang),
  };
  if (issue.expected !== undefined) out.expected = issue.expected;
  if (issue.actual !== undefined) out.actual = issue.actual;
  return out;
}

/** A file's result with rendered issues; an `error` (unreadable file) is kept as it is. */
export function renderedFileResult(result: FileResult & { error?: string }, lang: Lang): RenderedFileResult {
  return { ...result, issues: result.issues.map((i) => renderedIssue(i, lang)) };
}
