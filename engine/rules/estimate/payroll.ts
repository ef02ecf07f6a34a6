import { roundMoney } from '../../read/number';
import { isChargeLine } from '../../model/estimate';
import type { Lang } from '../../model/issue';
import type { RuleId } from '../../model/rule-id';
import { defineRule, type Rule } from '../define';
import { money } from '../format';
import { itemIntendedTotal, value } from '../../calc/estimate-figures';
import { type ChargeKind, expectedCharge, payrollScopes, rateVerified, ratesFor } from './payroll-calc';

const CHARGE_NAMES: Record<ChargeKind, Record<Lang, string>> = {
  'social-tax': { kk: 'Әлеуметтік салық', ru: 'Социальный налог', en: 'Social tax' },
  'social-contributions': {
    kk: 'Әлеуметтік аударымдар',
    ru: 'Социальные отчисления',
    en: 'Social contributions',
  },
  medical: {
    kk: 'Міндетті медициналық сақтандыруға аударымдар',
    ru: 'Отчисления на ОСМС',
    en: 'Employer medical insurance',
  },
  pension: {
    kk: 'Жұмыс берушінің міндетті зейнетақы жарналары',
    ru: 'Обязательные пенсионные взносы работодателя',
    en: 'Employer pension contributions',
  },
};

/** What each charge's rule checks (its summary): the name agrees with its verb. */
const CHARGE_SUMMARIES: Record<ChargeKind, Record<Lang, string>> = {
  'social-tax': {
    kk: 'Әлеуметтік салық жалақы мен жылдың мөлшерлемелерінен шығатын сомаға тең емес.',
    ru: 'Социальный налог не равен сумме, которую дают зарплата и ставки года.',
    en: "The social tax differs from what the salaries and the year's rates give.",
  },
  'social-contributions': {
    kk: 'Әлеуметтік аударымдар жалақы мен жылдың мөлшерлемелерінен шығатын сомаға тең емес.',
    ru: 'Социальные отчисления не равны сумме, которую дают зарплата и ставки года.',
    en: "Social contributions differ from what the salaries and the year's rates give.",
  },
  medical: {
    kk: 'Міндетті медициналық сақтандыруға аударымдар жалақы мен жылдың мөлшерлемелерінен шығатын сомаға тең емес.',
    ru: 'Отчисления на ОСМС не равны сумме, которую дают зарплата и ставки года.',
    en: "Employer medical insurance differs from what the salaries and the year's rates give.",
  },
  pension: {
    kk: 'Жұмыс берушінің зейнетақы жарналары жалақы мен жылдың мөлшерлемелерінен шығатын сомаға тең емес.',
    ru: 'Пенсионные взносы работодателя не равны сумме, которую дают зарплата и ставки года.',
    en: "Employer pension contributions differ from what the salaries and the year's rates give.",
  },
};

interface Params {
  year: number;
  salaries: number;
  unconfirmed: boolean;
  assumedYear: boolean;
  /** Months the charge lines run: the fix is then a monthly figure. */
  months: number;
}

/** "6 ай × 23 850": the monthly figure that gives the expected charge. */
const monthly = (p: Params & { expected?: number | string }, unit: string) =>
  p.months > 1 && typeof p.expected === 'number'
    ? ` (${p.months} ${unit} × ${money(p.expected / p.months)})`
    : '';

function payrollRule(id: RuleId, kind: ChargeKind): Rule {
  const name = CHARGE_NAMES[kind];
  const tail = {
    kk: (p: Params) =>
      (p.unconfirmed ? ` (${p.year} жылдың мөлшерлемелері расталмаған)` : '') +
      (p.assumedYear ? ` (жыл көрсетілмеген, ${p.year} жыл алынды: жоба кезеңін парақта көрсетіңіз)` : ''),
    ru: (p: Params) =>
      (p.unconfirmed ? ` (ставки ${p.year} года не подтверждены)` : '') +
      (p.assumedYear ? ` (год не указан, принят ${p.year}: укажите срок проекта на листе)` : ''),
    en: (p: Params) =>
      (p.unconfirmed ? ` (the ${p.year} rates are unconfirmed)` : '') +
      (p.assumedYear ? ` (no year stated, ${p.year} assumed: state the project period on the sheet)` : ''),
  };
  return defineRule<Params>({
    id,
    severity: 'error',
    forms: ['estimate'],
    summary: CHARGE_SUMMARIES[kind],
    messages: {
      kk: (p) =>
        `${name.kk}: ${money(p.salaries)} жалақыдан ${p.year} жылдың мөлшерлемелері бойынша ${money(p.expected)} болуы керек, сметада ${money(p.actual)}. Жолды сомасы ${money(p.expected)} болатындай түзетіңіз${monthly(p, 'ай')}${tail.kk(p)}`,
      ru: (p) =>
        `${name.ru}: с зарплаты ${money(p.salaries)} по ставкам ${p.year} года должно быть ${money(p.expected)}, в смете ${money(p.actual)}. Исправьте строку, чтобы она давала ${money(p.expected)}${monthly(p, 'мес.')}${tail.ru(p)}`,
      en: (p) =>
        `${name.en}: salaries of ${money(p.salaries)} at the ${p.year} rates give ${money(p.expected)}, the estimate says ${money(p.actual)}. Correct the line to total ${money(p.expected)}${monthly(p, 'months')}${tail.en(p)}`,
    },
    check(hits, grant, ctx) {
      const yearRates = ctx.profile.payroll[String(ctx.year)];
      if (!yearRates) return;
      const unconfirmed = !rateVerified(kind, yearRates);
      for (const est of grant.estimates) {
        const rates = ratesFor(est, ctx)!;
        // A sheet in thousands rounds each figure to its own unit: half a unit per charged month.
        const perMonth = est.scale === 1 ? ctx.profile.money.payrollRoundingPerMonth : 0.5;
        for (const scope of payrollScopes(est)) {
          const lines = scope.charges.get(kind);
          if (!lines || lines.length === 0 || scope.salaries.length === 0) continue;
          if (lines.some((l) => l.total.invalid) || scope.salaries.some((l) => l.total.invalid)) continue;
          const written = lines.reduce((s, l) => s + (value(l.total) ?? 0), 0);
          const intended = lines.reduce((s, l) => s + (itemIntendedTotal(l) ?? 0), 0);
          const fromWritten = expectedCharge(kind, scope.salaries, 'written', rates);
          const fromIntended = expectedCharge(kind, scope.salaries, 'intended', rates);
          if (fromWritten === null || fromIntended === null) continue;
          const months = Math.max(1, ...lines.map((l) => (l.unitKind === 'month' ? (l.qty?.value ?? 1) : 1)));
          const tolerance = perMonth * months + ctx.profile.money.tolerance / est.scale;
          const close = (a: number, b: number) => Math.abs(a - b) <= tolerance;
          if ([fromWritten, fromIntended].some((e) => close(e, written) || close(e, intended))) continue;
          const salaries = scope.salaries.reduce((s, l) => s + (itemIntendedTotal(l) ?? 0), 0);
          hits.push({
            sheet: est.sheet,
            cell: lines[0]!.total.cell,
            expected: Math.round(fromIntended * est.scale) / est.scale,
            actual: roundMoney(written),
            severity: unconfirmed ? 'warning' : undefined,
            params: {
              year: ctx.year,
              salaries,
              unconfirmed,
              assumedYear: ctx.yearSource === 'default',
              months: lines.length === 1 ? months : 1,
            },
          });
        }
      }
    },
  });
}

export const payrollSocialTax = payrollRule('estimate.payroll.social-tax', 'social-tax');
export const payrollSocialContributions = payrollRule(
  'estimate.payroll.social-contributions',
  'social-contributions',
);
export const payrollMedical = payrollRule('estimate.payroll.medical', 'medical');
export const payrollPension = payrollRule('estimate.payroll.pension', 'pension');

/** A year with no rates in the profile: say so once rather than check against a guess. */
export const payrollYear = defineRule<{ year: number }>({
  id: 'estimate.payroll.year',
  severity: 'warning',
  forms: ['estimate'],
  summary: {
    kk: 'Профильде жоба жылының мөлшерлемелері жоқ: жалақы салықтары тексерілмеді (ескерту).',
    ru: 'В профиле нет ставок года проекта: налоги с зарплаты не проверены (замечание).',
    en: 'The profile has no rates for the project year: payroll was not checked (warning).',
  },
  messages: {
    kk: (p) =>
      `${p.year} жылға мөлшерлемелер профильде жоқ: жалақы салықтары тексерілмеді. Жоба жылын тексеріңіз немесе сол жылдың мөлшерлемелері бар профильді таңдаңыз`,
    ru: (p) =>
      `Для ${p.year} года в профиле нет ставок: налоги с зарплаты не проверены. Проверьте год проекта или выберите профиль со ставками этого года`,
    en: (p) =>
      `Payroll not checked for ${p.year}: the rule profile has no rates for that year. Check the project year, or choose a profile with that year's rates`,
  },
  check(hits, grant, ctx) {
    if (ctx.profile.payroll[String(ctx.year)]) return;
    for (const est of grant.estimates) {
      const charge = est.lines.find(isChargeLine);
      if (charge) hits.push({ sheet: est.sheet, cell: charge.total.cell, params: { year: ctx.year } });
    }
  },
});
