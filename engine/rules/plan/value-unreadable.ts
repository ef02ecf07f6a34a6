import { defineRule } from '../define';
import { READABLE_EXAMPLE, reasonText } from './reasons';
import { measuresOf } from '../../calc/plan-walk';

/**
 * A planned value that could not be understood, or none at all: the form asks for a numeric value
 * for every measure, and without one the fact cannot be checked.
 */
export const planValueUnreadable = defineRule<{ label: string; empty: boolean; reason: string }>({
  id: 'plan.value.unreadable',
  severity: 'warning',
  forms: ['plan'],
  summary: {
    kk: 'Жоспарланған мән түсінілмеді немесе жоқ: факт тексерілмейді (ескерту).',
    ru: 'Плановое значение не понято или отсутствует: факт не проверить (замечание).',
    en: 'A planned value could not be understood or is missing, so its fact cannot be checked (warning).',
  },
  messages: {
    kk: (p) =>
      p.empty
        ? `«${p.label}»: жоспарланған мән көрсетілмеген, факт тексерілмейді: «Жоспарланған индикаторлар» бағанына мәнді жазыңыз`
        : `«${p.label}»: жоспарланған мән «${p.actual}» оқылмады (${reasonText(p.reason, 'kk')}), факт тексерілмеді: ${READABLE_EXAMPLE.kk}`,
    ru: (p) =>
      p.empty
        ? `«${p.label}»: планируемое значение не указано, факт не будет проверен: впишите значение в графу «Планируемые индикаторы»`
        : `«${p.label}»: планируемое значение «${p.actual}» не прочитано (${reasonText(p.reason, 'ru')}), факт не проверен: ${READABLE_EXAMPLE.ru}`,
    en: (p) =>
      p.empty
        ? `"${p.label}": no planned value, so no fact can be checked: type the value in the planned-indicators column`
        : `"${p.label}": the planned value "${p.actual}" could not be read (${reasonText(p.reason, 'en')}), so the fact was not checked: ${READABLE_EXAMPLE.en}`,
  },
  check(hits, grant) {
    for (const { plan, activity, measure } of measuresOf(grant)) {
      const v = measure.plan;
      if (v.comparator !== 'unreadable') continue;
      hits.push({
        sheet: plan.sheet,
        cell: measure.planCell,
        actual: v.text,
        params: {
          label: measure.label || activity.title,
          empty: v.reason === 'empty',
          reason: v.reason ?? '',
        },
      });
    }
  },
});
