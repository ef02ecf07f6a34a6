import type { Lang } from '../model/issue';

/**
 * What each rule checks, in a sentence per language: the help page's rule list is made from the
 * registry and these (a test keeps one for every rule).
 */
export const RULE_ABOUT: Record<string, Record<Lang, string>> = {
  'form.structure': {
    kk: 'Кестенің бір бөлігі оқылмады (жалпы сома жолы, бөлім, жалақы тобы жоқ): Esep болжамайды, айтады.',
    ru: 'Часть таблицы не прочитана (нет итоговой строки, раздела, группы зарплаты): Esep не угадывает, а сообщает.',
    en: 'Part of the table could not be made out (no total row, an unknown section, no salary group): Esep says so instead of guessing.',
  },
  'estimate.value.invalid': {
    kk: 'Сан тұруы керек ұяшықта мәтін, теріс сан немесе Excel қатесі тұр.',
    ru: 'В ячейке, где должно быть число, — текст, отрицательное число или ошибка Excel.',
    en: 'A cell that must hold a number holds text, a negative number or an Excel error.',
  },
  'estimate.line.amount': {
    kk: 'Саны × құны жолдың «Барлығы» сомасына тең емес.',
    ru: 'Количество × стоимость не равно «Всего» строки.',
    en: "Quantity × unit cost differs from the line's total.",
  },
  'estimate.line.funding': {
    kk: 'Жеке салым + грант қаражаты жолдың «Барлығы» сомасына тең емес.',
    ru: 'Собственный вклад + средства гранта не равны «Всего» строки.',
    en: "Own contribution + grant funds differ from the line's total.",
  },
  'estimate.group.sum': {
    kk: 'Топтың немесе бөлімнің сомасы ішіндегі жолдардың қосындысына тең емес (әр ақша бағаны).',
    ru: 'Итог группы или раздела не равен сумме входящих строк (каждый денежный столбец).',
    en: 'A group or section total differs from the sum of its rows (each money column).',
  },
  'estimate.total.sum': {
    kk: '«Барлығы» жолы бөлімдердің қосындысына тең емес.',
    ru: 'Строка «Итого» не равна сумме разделов.',
    en: 'The grand total differs from the sum of the sections.',
  },
  'estimate.cap.mtid': {
    kk: 'Материалдық-техникалық қамтамасыз ету мен институционалдық даму шығыстары (бөлімі бойынша да, мазмұны бойынша да) қысқа және орта мерзімді гранттың грант қаражатының 10\u00a0%-ынан асады (Заңның 6-1-бабының 5-тармағы).',
    ru: 'Расходы на МТО и институциональное развитие (по разделу и по содержанию) превышают 10\u00a0% средств краткосрочного или среднесрочного гранта (п. 5 ст. 6-1 Закона).',
    en: 'Material-technical support and institutional development (by section and by content) exceed 10\u00a0% of the grant funds of a short- or medium-term grant (art. 6-1 p. 5 of the Law).',
  },
  'estimate.payroll.social-tax': {
    kk: 'Әлеуметтік салық жалақы мен жылдың мөлшерлемелерінен шығатын сомаға тең емес.',
    ru: 'Социальный налог не равен сумме, которую дают зарплата и ставки года.',
    en: "The social tax differs from what the salaries and the year's rates give.",
  },
  'estimate.payroll.social-contributions': {
    kk: 'Әлеуметтік аударымдар жалақы мен жылдың мөлшерлемелерінен шығатын сомаға тең емес.',
    ru: 'Социальные отчисления не равны сумме, которую дают зарплата и ставки года.',
    en: "Social contributions differ from what the salaries and the year's rates give.",
  },
  'estimate.payroll.medical': {
    kk: 'Міндетті медициналық сақтандыруға аударымдар жалақы мен жылдың мөлшерлемелерінен шығатын сомаға тең емес.',
    ru: 'Отчисления на ОСМС не равны сумме, которую дают зарплата и ставки года.',
    en: "Employer medical insurance differs from what the salaries and the year's rates give.",
  },
  'estimate.payroll.pension': {
    kk: 'Жұмыс берушінің зейнетақы жарналары жалақы мен жылдың мөлшерлемелерінен шығатын сомаға тең емес.',
    ru: 'Пенсионные взносы работодателя не равны сумме, которую дают зарплата и ставки года.',
    en: "Employer pension contributions differ from what the salaries and the year's rates give.",
  },
  'estimate.payroll.year': {
    kk: 'Профильде жоба жылының мөлшерлемелері жоқ: жалақы салықтары тексерілмеді (ескерту).',
    ru: 'В профиле нет ставок года проекта: налоги с зарплаты не проверены (замечание).',
    en: 'The profile has no rates for the project year: payroll was not checked (warning).',
  },
  'estimate.months.period': {
    kk: 'Жолда жоба мерзімінен көп ай есептелген.',
    ru: 'В строке начислено больше месяцев, чем длится проект.',
    en: 'A line charges more months than the project lasts.',
  },
  'estimate.grant.size': {
    kk: 'Грант сомасы оның түріне Заңда белгіленген мөлшерге (АЕК-пен) сәйкес емес (ескерту).',
    ru: 'Сумма гранта не в пределах, установленных Законом для его вида (в МРП) (замечание).',
    en: 'The grant is outside the size the law sets for its type, in МРП (warning).',
  },
  'plan.value.unreadable': {
    kk: 'Жоспарланған мән түсінілмеді немесе жоқ: факт тексерілмейді (ескерту).',
    ru: 'Плановое значение не понято или отсутствует: факт не проверить (замечание).',
    en: 'A planned value could not be understood or is missing, so its fact cannot be checked (warning).',
  },
  'plan.fact.below': {
    kk: 'Факт «кемінде» немесе нақты жоспардан төмен (әр іс-шараға берілген мән іс-шаралар санына көбейтіледі).',
    ru: 'Факт ниже плана «не менее» или точного плана (значение на мероприятие умножается на число мероприятий).',
    en: 'A fact is below an "at least" or exact plan (per-event values are multiplied by the number of events).',
  },
  'plan.fact.missing': {
    kk: 'Есепте жоспарланған көрсеткіштің фактісі жоқ (ескерту).',
    ru: 'В отчёте нет факта по плановому показателю (замечание).',
    en: 'A planned measure has no fact in a report (warning).',
  },
  'plan.fact.unreadable': {
    kk: 'Фактіні жоспармен салыстыру мүмкін емес: сан мен пайыз, мәндер саны әртүрлі (ескерту).',
    ru: 'Факт нельзя сравнить с планом: число против процента, разное число значений (замечание).',
    en: 'A fact cannot be compared with its plan: a count against a share, a different number of values (warning).',
  },
  'impact.fact.below': {
    kk: 'Әлеуметтік әсер көрсеткішінің нақты деңгейі жоспардан төмен.',
    ru: 'Фактический уровень показателя социального эффекта ниже планового.',
    en: 'A social-impact fact is below plan.',
  },
  'impact.fact.missing': {
    kk: 'Есепте әлеуметтік әсер көрсеткішінің нақты деңгейі жоқ (ескерту).',
    ru: 'В отчёте нет фактического уровня показателя социального эффекта (замечание).',
    en: 'A social-impact indicator has no fact in a report (warning).',
  },
  'impact.beneficiaries.mismatch': {
    kk: 'Тікелей бенефициарлар жоспардағы ең үлкен қатысушылар көрсеткішінен аз немесе олардың қосындысынан көп (ескерту).',
    ru: 'Прямых бенефициаров меньше наибольшего показателя участников плана или больше их суммы (замечание).',
    en: "Direct beneficiaries are below the plan's largest participant measure or above their sum (warning).",
  },
  'impact.payroll.whole-grant': {
    kk: 'Есептегі еңбекақы төлеу қоры гранттың бүкіл сомасына тең немесе одан көп.',
    ru: 'Фонд оплаты труда в отчёте равен всей сумме гранта или больше неё.',
    en: 'The payroll fund reported equals or exceeds the whole grant.',
  },
  'impact.staff.mismatch': {
    kk: 'IV блоктағы еңбек шарты бойынша қызметкерлер саны сметадағы жалақы алатындар санынан өзгеше (ескерту).',
    ru: 'Число работников по трудовым договорам в блоке IV отличается от числа получающих зарплату по смете (замечание).',
    en: 'Staff on labour contracts in block IV differ from the people the estimate pays salaries to (warning).',
  },
  'plan.period.reversed': {
    kk: 'Іс-шараның мерзімі басталуынан бұрын аяқталады немесе жобаның іске асыру кезеңінен тыс.',
    ru: 'Срок мероприятия заканчивается раньше начала или выходит за период реализации проекта.',
    en: "An activity's period ends before it starts, or falls outside the project period.",
  },
  'plan.fact.copied': {
    kk: 'Факт бағанында қол жеткізілген мән емес, жоспардың сөзі тұр («кемінде 20»).',
    ru: 'В графе факта повторена формулировка плана («не менее 20»), а не достигнутое значение.',
    en: 'A fact cell repeats the plan wording ("at least 20") instead of the value achieved.',
  },
  'plan.deviation.unexplained': {
    kk: 'Қорытынды есепте факт жоспардан 10\u00a0%-дан артық ауытқыған, ал себебі жазылмаған.',
    ru: 'В итоговом отчёте факт отклоняется от плана более чем на 10\u00a0%, а причина не указана.',
    en: 'In a final report, a fact differs from plan by more than 10\u00a0% and no reason is given.',
  },
  'plan.measure.duplicate': {
    kk: 'Бір іс-шарада бір көрсеткіш екі рет, әр түрлі жоспармен.',
    ru: 'Один показатель дважды в одном мероприятии с разными планами.',
    en: 'The same measure twice in one activity with different targets.',
  },
  'impact.indicator.duplicate': {
    kk: 'Әлеуметтік әсердің бір көрсеткіші екі рет берілген.',
    ru: 'Один показатель социального эффекта указан дважды.',
    en: 'The same social-impact indicator is listed twice.',
  },
  'team.specialists.mismatch': {
    kk: 'IV-блоктағы тартылған мамандар саны II-блоктағы командаға сәйкес келмейді.',
    ru: 'Число привлечённых специалистов в блоке IV не соответствует команде блока II.',
    en: 'The engaged specialists of block IV do not match the team of block II.',
  },
  'stats.breakdown.sum': {
    kk: 'Жыныс, жас немесе әлеуметтік санат бойынша бөлініс жалпы санға тең емес (санаттар үшін ескерту).',
    ru: 'Разбивка по полу, возрасту или социальным категориям не сходится с общим числом (для категорий — замечание).',
    en: 'A gender, age or social-category breakdown does not add up to its total (a warning for categories).',
  },
};
