import type { Grant } from '../../model/grant';
import { defineRule } from '../define';
import { money } from '../format';
import { measuresOf } from '../../calc/plan-walk';

type Params = { bound: 'max' | 'sum'; label: string; measures: number };

interface Participants {
  /** The largest single participant measure and its label. */
  max: number;
  maxLabel: string;
  sum: number;
  count: number;
  /** A per-event participant count whose activity states no events: the sum is only a lower bound. */
  sumIsLowerBound: boolean;
}

function participants(grant: Grant): Participants | null {
  const p: Participants = { max: 0, maxLabel: '', sum: 0, count: 0, sumIsLowerBound: false };
  for (const { activity, measure } of measuresOf(grant)) {
    if (!measure.participants) continue;
    const perEvent = measure.plan.perEvent;
    // Per school, per survey…: the number of units is not known, so neither is the sum.
    if ((perEvent && activity.events === null) || measure.plan.perUnit) p.sumIsLowerBound = true;
    const n = measure.plan.values[0]! * (perEvent && activity.events ? activity.events : 1);
    p.sum += n;
    p.count++;
    if (n > p.max) {
      p.max = n;
      p.maxLabel = `${activity.title ? `${activity.title}: ` : ''}${measure.label}`;
    }
  }
  return p.count > 0 ? p : null;
}

/**
 * Declared direct beneficiaries against the plan's participant measures (which measures count:
 * engine/read/plan/participants.ts). The same people take part in several activities (Annex 3 of
 * the seed: 1030 declared = 30 specialists + 1000 pupils, while the participant measures add up to
 * more), so the sum is an upper bound and the largest single measure a lower one. Only a
 * declaration outside those bounds is reported, as a warning.
 */
export const beneficiariesMismatch = defineRule<Params>({
  id: 'impact.beneficiaries.mismatch',
  severity: 'warning',
  forms: ['impact', 'plan'],
  summary: {
    kk: 'Тікелей бенефициарлар жоспардағы ең үлкен қатысушылар көрсеткішінен аз немесе олардың қосындысынан көп (ескерту).',
    ru: 'Прямых бенефициаров меньше наибольшего показателя участников плана или больше их суммы (замечание).',
    en: "Direct beneficiaries are below the plan's largest participant measure or above their sum (warning).",
  },
  messages: {
    kk: (p) =>
      p.bound === 'max'
        ? `Тікелей бенефициарлар ${money(p.actual)}, бірақ жоспардағы бір көрсеткіштің өзінде ${money(p.expected)} қатысушы: «${p.label}». Бенефициарлар санын кемінде ${money(p.expected)} деп жазыңыз немесе жоспарды тексеріңіз`
        : `Тікелей бенефициарлар ${money(p.actual)}, ал жоспардағы қатысушылар көрсеткіштерінің (${p.measures}) қосындысы ${money(p.expected)}. Бенефициарлар санын ${money(p.expected)}-ден асырмаңыз немесе жоспарға қатысушыларды қосыңыз`,
    ru: (p) =>
      p.bound === 'max'
        ? `Прямых бенефициаров ${money(p.actual)}, но один показатель плана уже даёт ${money(p.expected)} участников: «${p.label}». Укажите не менее ${money(p.expected)} бенефициаров или проверьте план`
        : `Прямых бенефициаров ${money(p.actual)}, а сумма показателей участников в плане (${p.measures}) — ${money(p.expected)}. Укажите не больше ${money(p.expected)} бенефициаров или добавьте участников в план`,
    en: (p) =>
      p.bound === 'max'
        ? `Direct beneficiaries are ${money(p.actual)}, but one measure of the plan alone has ${money(p.expected)} participants: "${p.label}". State at least ${money(p.expected)} beneficiaries, or check the plan`
        : `Direct beneficiaries are ${money(p.actual)}, while the plan's participant measures (${p.measures}) add up to ${money(p.expected)}. State at most ${money(p.expected)} beneficiaries, or add the participants to the plan`,
  },
  check(hits, grant) {
    const people = participants(grant);
    if (!people) return;
    for (const impact of grant.impacts) {
      for (const row of impact.rows) {
        const v = row.plan;
        if (row.kind !== 'direct' || v.comparator === 'unreadable' || v.percent || v.values.length !== 1)
          continue;
        const declared = v.values[0]!;
        const where = { sheet: impact.sheet, cell: row.planCell, actual: declared };
        if (declared < people.max) {
          hits.push({
            ...where,
            expected: people.max,
            params: { bound: 'max', label: people.maxLabel, measures: people.count },
          });
        } else if (declared > people.sum && !people.sumIsLowerBound) {
          hits.push({
            ...where,
            expected: people.sum,
            params: { bound: 'sum', label: '', measures: people.count },
          });
        }
      }
    }
  },
});
