import type { IndicatorValue } from '../../model/indicator';
import { norm } from '../text';

/**
 * Which measures count people taking part, for the check against declared direct beneficiaries.
 *
 * A participant measure names participants ("Қатысушылар саны", "Онлайн тестілеуге қатысушылар
 * саны", "Количество участников") or counts people ("Іріктеуден өткен адам саны", "кемінде 15 адам"),
 * and its plan is one count (not a share). Left out on purpose:
 * - documents about participants: lists, registrations sheets, surveys ("Қатысушылар тізімі" = 1);
 * - reach: "қамтылған", "охват", views, subscribers, readers — people reached through media are
 *   indirect beneficiaries;
 * - shares ("қатысушылардың кемінде 70%-ы");
 * - the people who run the activity (experts, speakers, trainers, staff, volunteers, judges).
 */
const PEOPLE =
  /қатысушы|қатысқан|участник|участвующ|participant|(?:адам|кісі|человек|людей)\s+саны|количеств\p{L}*\s+(?:человек|людей)|number\s+of\s+people/u;
const NOT_PEOPLE =
  /тізім|список|list|тірке|регистрац|сауалнама|анкет|survey|қамт|охват|reach|қаралым|просмотр|view|жазылушы|подписчик|subscriber|пайдаланушы|пользовател|оқырман|читател|көрермен|зрител|жанама|косвенн|indirect|баға|оцен|рейтинг|сарапшы|эксперт|спикер|тренер|маман|специалист|қызметкер|сотрудник|волонтер|ерікті|төреші|судь|жюри|модератор|ментор/u;
const PEOPLE_UNIT =
  /^(?:адам|кісі|қатысушы\p{L}*|человек|чел\.?|участник\p{L}*|people|persons?|participants?)$/u;

export function isParticipantMeasure(label: string, plan: IndicatorValue): boolean {
  if (plan.comparator === 'unreadable' || plan.percent || plan.values.length !== 1) return false;
  const t = norm(label);
  if (NOT_PEOPLE.test(t)) return false;
  const unit = plan.labels[0];
  return PEOPLE.test(t) || (unit != null && PEOPLE_UNIT.test(norm(unit)));
}
