import type { Lang, Severity } from '../model/issue';
import type { CheckedFile } from './check-command';
import { terminalSafe } from './terminal';

const WORDS = {
  kk: {
    error: 'қате',
    warning: 'ескерту',
    info: 'ақпарат',
    none: 'қате табылмады',
    forms: 'Табылған нысандар',
    noForm: 'нысан табылмады',
    summary: (e: number, w: number) => `${e} қате, ${w} ескерту`,
  },
  ru: {
    error: 'ошибка',
    warning: 'предупреждение',
    info: 'сведение',
    none: 'ошибок не найдено',
    forms: 'Найденные формы',
    noForm: 'формы не найдены',
    summary: (e: number, w: number) => `ошибок: ${e}, предупреждений: ${w}`,
  },
  en: {
    error: 'error',
    warning: 'warning',
    info: 'info',
    none: 'no problems found',
    forms: 'Forms found',
    noForm: 'no form found',
    summary: (e: number, w: number) => `${e} errors, ${w} warnings`,
  },
} as const;

const COLOURS: Record<Severity, string> = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m' };
const RESET = '\x1b[0m';
const BOLD = '\x1b[1m';

/** The human-readable report: one block per file, one line per issue, colour on a terminal. */
export function renderCheckReport(files: CheckedFile[], lang: Lang, colour: boolean): string {
  const w = WORDS[lang];
  const paint = (code: string, s: string) => (colour ? `${code}${s}${RESET}` : s);
  const out: string[] = [];
  for (const f of files) {
    out.push(paint(BOLD, terminalSafe(f.file)));
    if (f.error) {
      out.push(`  ${paint(COLOURS.error, terminalSafe(f.error))}`, '');
      continue;
    }
    const forms = f.forms.map((x) => `${x.form} (${terminalSafe(x.sheet)}!${x.range})`).join(', ');
    out.push(`  ${w.forms}: ${forms || w.noForm}`);
    const where = (i: (typeof f.issues)[number]) => `${terminalSafe(i.sheet)}!${i.cell}`;
    const width = Math.max(0, ...f.issues.map((i) => where(i).length));
    for (const i of f.issues) {
      const at = where(i).padEnd(width);
      const sev = paint(COLOURS[i.severity], w[i.severity].padEnd(14));
      out.push(`  ${at}  ${sev} ${terminalSafe(i.message)}  [${i.rule}]`);
    }
    const errors = f.issues.filter((i) => i.severity === 'error').length;
    const warnings = f.issues.filter((i) => i.severity === 'warning').length;
    out.push(`  ${f.issues.length === 0 ? paint('\x1b[32m', w.none) : w.summary(errors, warnings)}`, '');
  }
  return out.join('\n') + '\n';
}
