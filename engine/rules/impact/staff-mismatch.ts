import type { Estimate } from '../../model/estimate';
import { defineRule } from '../define';
import { count } from '../format';

/** People the estimate pays salaries to: a monthly line is one person, a per-person line its quantity. */
function salaried(est: Estimate): number {
  let n = 0;
  for (const l of est.lines) {
    if (l.role !== 'salary') continue;
    n += l.unitKind === 'person' && l.qty?.value ? l.qty.value : 1;
  }
  return n;
}

/**
 * Staff on labour contracts in block IV should be the people on the estimate's salary lines
 * (DOMAIN: a cross-check that holds in the real documents). A warning: the team may change.
 */
export const staffMismatch = defineRule<Record<string, never>>({
  id: 'impact.staff.mismatch',
  severity: 'warning',
  forms: ['impact', 'estimate'],
  summary: {
    kk: 'IV блоктағы еңбек шарты бойынша қызметкерлер саны сметадағы жалақы алатындар санынан өзгеше (ескерту).',
    ru: 'Число работников по трудовым договорам в блоке IV отличается от числа получающих зарплату по смете (замечание).',
    en: 'Staff on labour contracts in block IV differ from the people the estimate pays salaries to (warning).',
  },
  messages: {
    kk: (p) =>
      `Еңбек шарты бойынша ${p.actual} қызметкер жоспарланған, ал сметада жалақы ${p.expected} адамға төленеді. IV блоктағы санды немесе сметаның жалақы жолдарын сәйкестендіріңіз`,
    ru: (p) =>
      `По трудовым договорам запланировано: ${count(Number(p.actual), 'ru', { one: 'сотрудник', few: 'сотрудника', many: 'сотрудников' })}, а в смете зарплата у ${count(Number(p.expected), 'ru', { one: 'сотрудника', few: 'сотрудников', many: 'сотрудников' })}. Приведите в соответствие число в блоке IV или строки зарплаты в смете`,
    en: (p) =>
      `${p.actual} staff on labour contracts are planned, but the estimate pays salaries to ${count(Number(p.expected), 'en', { one: 'person', few: 'people', many: 'people' })}. Make the count in block IV and the estimate's salary lines agree`,
  },
  check(hits, grant) {
    const est = grant.estimates[0];
    if (!est) return;
    const people = salaried(est);
    if (people === 0) return;
    for (const impact of grant.impacts) {
      for (const row of impact.rows) {
        const plan = row.plan;
        if (
          row.kind !== 'staff' ||
          plan.comparator === 'unreadable' ||
          plan.values.length !== 1 ||
          plan.percent
        )
          continue;
        const planned = plan.values[0]!;
        const fits =
          plan.comparator === 'atLeast'
            ? people >= planned
            : plan.comparator === 'atMost'
              ? people <= planned
              : people === planned;
        if (!fits)
          hits.push({
            sheet: impact.sheet,
            cell: row.planCell,
            expected: people,
            actual: planned,
            params: {},
          });
      }
    }
  },
});
