import type { Lang } from '../../model/issue';
import { count, money } from '../format';
import type { Gap } from './compare';

/** A value as the forms print it: "1 000", "80 %". */
export function shown(x: number | string | undefined, percent: boolean): string {
  if (x === undefined) return '';
  return percent ? `${money(x)}\u00a0%` : money(x);
}

/** "(фото)" / "(2-ші мән)": which component of a value like "3/1" falls short. */
export function component(gap: Pick<Gap, 'label' | 'index' | 'count'>, lang: Lang): string {
  if (gap.count < 2) return '';
  if (gap.label) return ` (${gap.label})`;
  const n = gap.index + 1;
  return { kk: ` (${n}-мән)`, ru: ` (${n}-е значение)`, en: ` (value ${n})` }[lang];
}

/** "3 × 20 events" when a per-event plan was multiplied by the activity's events. */
export function scaled(gap: Pick<Gap, 'scale' | 'expected'>, lang: Lang): string {
  if (gap.scale === 1) return '';
  const per = gap.expected / gap.scale;
  return {
    kk: ` (әр іс-шараға ${money(per)} × ${gap.scale} іс-шара)`,
    ru: ` (${money(per)} на мероприятие × ${count(gap.scale, 'ru', { one: 'мероприятие', few: 'мероприятия', many: 'мероприятий' })})`,
    en: ` (${money(per)} per event × ${count(gap.scale, 'en', { one: 'event', few: 'events', many: 'events' })})`,
  }[lang];
}

/** What to do about a fact short of its plan: correct it if mistyped, else explain it. */
export const SHORTFALL_ADVICE = {
  kk: 'Факт қате жазылса, түзетіңіз; дұрыс болса, себебін есепте түсіндіріңіз',
  ru: 'Если факт записан с ошибкой, исправьте его; если верен, объясните отставание в отчёте',
  en: 'If the fact is mistyped, correct it; if it is right, explain the shortfall in the report',
} as const;
