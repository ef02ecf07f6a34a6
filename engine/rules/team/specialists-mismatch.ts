import { defineRule } from '../define';

interface Params {
  staff: number;
  specialists: number;
}

/**
 * Engaged specialists in block IV against the team of block II. Forms count them two ways: the
 * civil-contract specialists alone, or the whole team (Annex 3 of the documents: 4 = 3 staff + 1
 * consultant); a number that is neither is reported where block IV states it.
 */
export const teamSpecialistsMismatch = defineRule<Params>({
  id: 'team.specialists.mismatch',
  severity: 'warning',
  forms: ['impact'],
  summary: {
    kk: 'IV-блоктағы тартылған мамандар саны II-блоктағы командаға сәйкес келмейді.',
    ru: 'Число привлечённых специалистов в блоке IV не соответствует команде блока II.',
    en: 'The engaged specialists of block IV do not match the team of block II.',
  },
  messages: {
    kk: (p) =>
      `Тартылған мамандар саны ${p.actual}, ал II-блоктағы командада ${p.specialists} шарт бойынша маман және ${p.staff} штаттық қызметкер (барлығы ${p.staff + p.specialists}): сандарды сәйкестендіріңіз`,
    ru: (p) =>
      `Количество привлечённых специалистов ${p.actual}, а в команде блока II ${p.specialists} специалистов по договорам и ${p.staff} штатных сотрудников (всего ${p.staff + p.specialists}): приведите числа в соответствие`,
    en: (p) =>
      `${p.actual} engaged specialists are stated, while the block II team lists ${p.specialists} under civil contracts and ${p.staff} staff (${p.staff + p.specialists} in all): make them agree`,
  },
  check(hits, grant) {
    const team = grant.teams[0];
    if (!team) return;
    for (const impact of grant.impacts)
      for (const row of impact.rows) {
        if (
          row.kind !== 'specialists' ||
          row.plan.comparator === 'unreadable' ||
          row.plan.values.length !== 1
        )
          continue;
        const stated = row.plan.values[0]!;
        if (stated === team.specialists || stated === team.staff + team.specialists) continue;
        hits.push({
          sheet: impact.sheet,
          cell: row.planCell,
          expected: team.specialists,
          actual: stated,
          params: { staff: team.staff, specialists: team.specialists },
        });
      }
  },
});
