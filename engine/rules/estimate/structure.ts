import type { StructureProblem } from '../../model/estimate';
import { defineRule } from '../define';

type Problem = StructureProblem['problem'];

const TEXT: Record<Problem, { kk: string; ru: string; en: string }> = {
  'no-total-row': {
    kk: 'Сметаның «Барлығы / Итого» жолы табылмады: жалпы сома тексерілмеді',
    ru: 'Строка «Итого / Барлығы» сметы не найдена: общий итог не проверен',
    en: 'The estimate\'s "Итого / Барлығы" (grand total) row was not found: the grand total was not checked',
  },
  'unknown-section': {
    kk: 'Бөлімнің түрі анықталмады (әкімшілік, материалдық-техникалық, институционалдық даму немесе тікелей шығындар): 10 % шегі толық тексерілмеуі мүмкін',
    ru: 'Не удалось определить вид раздела (административные, МТО, институциональное развитие или прямые расходы): предел 10 % может быть проверен не полностью',
    en: 'Could not tell what this section is (administrative, material-technical, institutional development or direct costs): the 10 % cap may be incomplete',
  },
  'no-sections': {
    kk: 'Сметада бөлімдер табылмады (1 Әкімшілік шығыстар, 2 Материалдық-техникалық..., 3 Тікелей шығындар)',
    ru: 'В смете не найдены разделы (1 Административные расходы, 2 МТО..., 3 Прямые расходы)',
    en: 'No sections found in the estimate (1 Administrative, 2 Material-technical..., 3 Direct costs)',
  },
  'charges-without-salaries': {
    kk: 'Жалақыдан аударымдар бар, бірақ жалақы жолдары («Жалақы, соның ішінде») табылмады: салықтар тексерілмеді',
    ru: 'Есть начисления на зарплату, но строки зарплаты («Заработная плата, в том числе») не найдены: налоги не проверены',
    en: 'Payroll charges found but no salary lines ("Жалақы, соның ішінде" group): payroll not checked',
  },
};

/** The reader says what it could not make out instead of guessing. */
export const estimateStructure = defineRule<{ problem: Problem; detail: string }>({
  id: 'form.structure',
  severity: 'warning',
  forms: ['estimate'],
  summary: {
    kk: 'кестенің бір бөлігі оқылмады (қорытынды жол жоқ, белгісіз бөлім…)',
    ru: 'часть таблицы не удалось разобрать (нет строки итога, неизвестный раздел…)',
    en: 'the reader could not make out part of the table (no total row, unknown section…)',
  },
  messages: {
    kk: (p) => TEXT[p.problem].kk + (p.detail ? `: «${p.detail}»` : ''),
    ru: (p) => TEXT[p.problem].ru + (p.detail ? `: «${p.detail}»` : ''),
    en: (p) => TEXT[p.problem].en + (p.detail ? `: "${p.detail}"` : ''),
  },
  *check(grant) {
    for (const est of grant.estimates) {
      for (const s of est.structure) {
        yield { sheet: est.sheet, cell: s.cell, params: { problem: s.problem, detail: s.detail } };
      }
    }
  },
});
