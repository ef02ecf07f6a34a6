import type { StructureProblem } from '../../model/estimate';
import { defineRule } from '../define';

type Problem = StructureProblem['problem'];

const TEXT: Record<Problem, { kk: string; ru: string; en: string }> = {
  'no-total-row': {
    kk: 'Сметаның «Барлығы» жолы табылмады, жалпы сома тексерілмеді: кестенің соңына «Барлығы» жолын қосыңыз',
    ru: 'Строка «Итого» сметы не найдена, общий итог не проверен: добавьте строку «Итого» в конец таблицы',
    en: 'The estimate\'s grand total row was not found, so the grand total was not checked: add an "Итого" / "Барлығы" row at the end of the table',
  },
  'unknown-section': {
    kk: 'Бөлімнің түрі анықталмады, 10\u00a0% шегі толық тексерілмеуі мүмкін: бөлімді ресми атауымен атаңыз — «Әкімшілік шығыстар», «Материалдық-техникалық қамтамасыз ету», «Институционалдық даму» немесе «Тікелей шығындар»',
    ru: 'Не удалось определить вид раздела, предел 10\u00a0% может быть проверен не полностью: назовите раздел официально — «Административные расходы», «Материально-техническое обеспечение», «Институциональное развитие» или «Прямые расходы»',
    en: 'Could not tell what this section is, so the 10\u00a0% cap may be incomplete: give it its official name — "Административные расходы", "Материально-техническое обеспечение", "Институциональное развитие" or "Прямые расходы" (or the Kazakh names)',
  },
  'no-sections': {
    kk: 'Сметада бөлімдер табылмады: жолдарды ресми бөлімдерге бөліңіз — «1 Әкімшілік шығыстар», «2 Материалдық-техникалық қамтамасыз ету», «3 Тікелей шығындар»',
    ru: 'В смете не найдены разделы: распределите строки по официальным разделам — «1 Административные расходы», «2 Материально-техническое обеспечение», «3 Прямые расходы»',
    en: 'No sections found in the estimate: group the lines under the official sections — "1 Административные расходы" (administrative), "2 Материально-техническое обеспечение" (material-technical support), "3 Прямые расходы" (direct costs)',
  },
  'charges-without-salaries': {
    kk: 'Жалақыдан аударымдар бар, бірақ жалақы жолдары табылмады, салықтар тексерілмеді: жалақы жолдарын «Жалақы, соның ішінде:» тобына жинаңыз',
    ru: 'Есть начисления на зарплату, но строки зарплаты не найдены, налоги не проверены: соберите строки зарплаты в группу «Заработная плата, в том числе:»',
    en: 'Payroll charges found but no salary lines, so payroll was not checked: put the salary lines under a "Заработная плата, в том числе:" / "Жалақы, соның ішінде:" group',
  },
};

/** The reader says what it could not make out instead of guessing. */
export const estimateStructure = defineRule<{ problem: Problem; detail: string }>({
  id: 'form.structure',
  severity: 'warning',
  forms: ['estimate'],
  summary: {
    kk: 'Кестенің бір бөлігі оқылмады (жалпы сома жолы, бөлім, жалақы тобы жоқ): Esep болжамайды, айтады.',
    ru: 'Часть таблицы не прочитана (нет итоговой строки, раздела, группы зарплаты): Esep не угадывает, а сообщает.',
    en: 'Part of the table could not be made out (no total row, an unknown section, no salary group): Esep says so instead of guessing.',
  },
  messages: {
    kk: (p) => TEXT[p.problem].kk + (p.detail ? `: «${p.detail}»` : ''),
    ru: (p) => TEXT[p.problem].ru + (p.detail ? `: «${p.detail}»` : ''),
    en: (p) => TEXT[p.problem].en + (p.detail ? `: "${p.detail}"` : ''),
  },
  check(hits, grant) {
    for (const est of grant.estimates) {
      for (const s of est.structure) {
        hits.push({ sheet: est.sheet, cell: s.cell, params: { problem: s.problem, detail: s.detail } });
      }
    }
  },
});
