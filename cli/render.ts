import type { Lang, Severity } from '../engine/model/issue';
import type { CheckedFile } from './check-command';
import { terminalSafe } from './terminal';
import { CLI_WORDS } from './words';
import { renderIssue } from '../engine/rules/render-issue';

const COLOURS: Record<Severity, string> = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m' };
const RESET = '\x1b[0m';
const BOLD = '\x1b[1m';
const DIM = '\x1b[2m';
const GREEN = '\x1b[32m';

export interface RenderOptions {
  /** A terminal: colours, and the rule id dimmed at the end of each line. */
  colour: boolean;
  /** --verbose: the rule id at the end of each line, also when not on a terminal. */
  ruleIds: boolean;
}

/**
 * The human-readable report: one block per file, one line per issue. The rule id, which people
 * need only to look a rule up, ends the line dimmed on a terminal, and plainly with --verbose.
 */
export function renderCheckReport(files: CheckedFile[], lang: Lang, options: RenderOptions): string {
  const w = CLI_WORDS[lang];
  const paint = (code: string, s: string) => (options.colour ? `${code}${s}${RESET}` : s);
  const sevWidth = Math.max(...Object.values(w.severities).map((s) => s.length)) + 1;
  const out: string[] = [];
  for (const f of files) {
    out.push(paint(BOLD, terminalSafe(f.file)));
    if (f.error) {
      out.push(`  ${paint(COLOURS.error, terminalSafe(f.error))}`, '');
      continue;
    }
    const forms = f.forms.map((x) => `${w.forms[x.form]} (${terminalSafe(x.sheet)}!${x.range})`).join(', ');
    out.push(`  ${w.formsFound}: ${forms}`);
    // Sheet names and messages come from the workbook: control characters are shown, not obeyed.
    const at = (i: (typeof f.issues)[number]) => `${terminalSafe(i.sheet)}!${i.cell}`;
    const width = Math.max(0, ...f.issues.map((i) => at(i).length));
    for (const i of f.issues) {
      const where = at(i).padEnd(width);
      const sev = paint(COLOURS[i.severity], w.severities[i.severity].padEnd(sevWidth));
      const id = options.ruleIds ? `  [${i.rule}]` : options.colour ? `  ${paint(DIM, `[${i.rule}]`)}` : '';
      out.push(`  ${where}  ${sev} ${terminalSafe(renderIssue(i, lang))}${id}`);
    }
    const errors = f.issues.filter((i) => i.severity === 'error').length;
    const warnings = f.issues.filter((i) => i.severity === 'warning').length;
    out.push(`  ${f.issues.length === 0 ? paint(GREEN, w.noProblems) : w.summary(errors, warnings)}`, '');
  }
  return out.join('\n') + '\n';
}
