import type { FormKind, Lang, Severity } from './issue';

/** The forms by name, as the CLI, the portfolio report and the help page say them. */
export const FORM_NAMES: Record<Lang, Record<FormKind, string>> = {
  kk: {
    estimate: 'смета',
    plan: 'мониторинг жоспары',
    impact: 'әлеуметтік әсер',
    stats: 'қатысушылар статистикасы',
    project: 'жоба туралы мәлімет',
  },
  ru: {
    estimate: 'смета',
    plan: 'план мониторинга',
    impact: 'социальный эффект',
    stats: 'статистика участников',
    project: 'сведения о проекте',
  },
  en: {
    estimate: 'estimate',
    plan: 'monitoring plan',
    impact: 'social impact',
    stats: 'participant statistics',
    project: 'project card',
  },
};

/** The severities by name, as the CLI, the portfolio report and the help page say them. */
export const SEVERITY_NAMES: Record<Lang, Record<Severity, string>> = {
  kk: { error: 'қате', warning: 'ескерту', info: 'ақпарат' },
  ru: { error: 'ошибка', warning: 'замечание', info: 'примечание' },
  en: { error: 'error', warning: 'warning', info: 'note' },
};
