import type { Lang } from '../../model/issue';
import { money } from '../format';
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
    ru: ` (${money(per)} на мероприятие × ${gap.scale} мероприятий)`,
    en: ` (${money(per)} per event × ${gap.scale} events)`,
  }[lang];
}
