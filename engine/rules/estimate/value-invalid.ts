import { defineRule } from '../define';

type Reason = 'error-value' | 'not-a-number' | 'negative' | 'uncalculated' | 'too-large';

const REASONS: Record<Reason, { kk: string; ru: string; en: string }> = {
  'error-value': { kk: 'Excel қатесі', ru: 'ошибка Excel', en: 'an Excel error' },
  'not-a-number': { kk: 'сан емес', ru: 'не число', en: 'not a number' },
  negative: { kk: 'теріс сан', ru: 'отрицательное число', en: 'a negative number' },
  'too-large': {
    kk: 'грант үшін тым үлкен сан (триллион теңгеден асады)',
    ru: 'слишком большое для гранта число (больше триллиона тенге)',
    en: 'a number too large for a grant (over a trillion tenge)',
  },
  uncalculated: {
    kk: 'формула есептелмеген (файлды Excel-де ашып сақтаңыз)',
    ru: 'формула не вычислена (откройте и сохраните файл в Excel)',
    en: 'a formula with no calculated value (open and save the file in Excel)',
  },
};

export const valueInvalid = defineRule<{ reason: Reason }>({
  id: 'estimate.value.invalid',
  severity: 'error',
  forms: ['estimate'],
  messages: {
    kk: (p) => `Мұнда сан болуы керек, ал ұяшықта «${p.actual}» — ${REASONS[p.reason].kk}`,
    ru: (p) => `Здесь должно быть число, а в ячейке «${p.actual}» — ${REASONS[p.reason].ru}`,
    en: (p) => `This cell must hold a number; it holds "${p.actual}", ${REASONS[p.reason].en}`,
  },
  *check(grant) {
    for (const est of grant.estimates) {
      for (const bad of est.invalid) {
        yield { sheet: est.sheet, cell: bad.cell, actual: bad.text, params: { reason: bad.reason } };
      }
    }
  },
});
