import { defineRule } from '../define';

type Reason = 'error-value' | 'not-a-number' | 'negative' | 'uncalculated' | 'too-large';

/** What the cell holds, and what to do about it. */
const REASONS: Record<Reason, { kk: string; ru: string; en: string }> = {
  'error-value': {
    kk: 'Excel қатесі: формуланың сілтемелерін түзетіңіз',
    ru: 'ошибка Excel: исправьте ссылки формулы',
    en: "an Excel error: fix the formula's references",
  },
  'not-a-number': {
    kk: 'сан емес: санды ғана жазыңыз, мысалы 180 000',
    ru: 'не число: впишите только число, например 180 000',
    en: 'not a number: type the number only, e.g. 180 000',
  },
  negative: {
    kk: 'теріс сан: сомасын минуссыз жазыңыз',
    ru: 'отрицательное число: впишите сумму без минуса',
    en: 'a negative number: type the amount without the minus',
  },
  'too-large': {
    kk: 'грант үшін тым үлкен сан (триллион теңгеден асады): санды тексеріңіз',
    ru: 'слишком большое для гранта число (больше триллиона тенге): проверьте число',
    en: 'a number too large for a grant (over a trillion tenge): check the figure',
  },
  uncalculated: {
    kk: 'формула есептелмеген: файлды Excel-де ашып, сақтаңыз',
    ru: 'формула не вычислена: откройте файл в Excel и сохраните',
    en: 'a formula with no calculated value: open the file in Excel and save it',
  },
};

export const valueInvalid = defineRule<{ reason: Reason }>({
  id: 'estimate.value.invalid',
  severity: 'error',
  forms: ['estimate'],
  summary: {
    kk: 'Сан тұруы керек ұяшықта мәтін, теріс сан немесе Excel қатесі тұр.',
    ru: 'В ячейке, где должно быть число, — текст, отрицательное число или ошибка Excel.',
    en: 'A cell that must hold a number holds text, a negative number or an Excel error.',
  },
  messages: {
    kk: (p) => `Мұнда сан болуы керек, ал ұяшықта «${p.actual}» — ${REASONS[p.reason].kk}`,
    ru: (p) => `Здесь должно быть число, а в ячейке «${p.actual}» — ${REASONS[p.reason].ru}`,
    en: (p) => `This cell must hold a number; it holds "${p.actual}", ${REASONS[p.reason].en}`,
  },
  check(hits, grant) {
    for (const est of grant.estimates) {
      for (const bad of est.invalid) {
        hits.push({ sheet: est.sheet, cell: bad.cell, actual: bad.text, params: { reason: bad.reason } });
      }
    }
  },
});
