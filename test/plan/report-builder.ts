import { checkWorkbook } from '../../engine/check';
import type { Issue } from '../../engine/model/issue';
import { loadBuiltInProfile } from '../../engine/profiles';
import { readXlsx } from '../../engine/xlsx/read-xlsx';
import type { ActivityRows, ImpactRowSpec, PlanHeaderTexts } from '../fixtures/plan-workbook';
import { PlanWorkbook } from '../fixtures/plan-workbook';

const profile = loadBuiltInProfile();

/** The official report headers as grantees paste them, in Kazakh and Russian. */
export const REPORT_HEADERS: Record<'kk' | 'ru', PlanHeaderTexts> = {
  kk: {
    activity: 'Іс-шаралар (іс-шараның қысқаша сипаттамасы)',
    place: 'Өткізу орны',
    measure: 'Сандық және сапалық көрсеткіштер (іс-шаралар бойынша)',
    plan: 'Жоспар',
    fact: 'Нақты',
    period: 'Өткізу мерзімі',
  },
  ru: {
    activity: 'Мероприятие (краткое описание мероприятия)',
    place: 'Место проведения',
    measure: 'Количественные и качественные показатели (по мероприятиям)',
    plan: 'Планируемые индикаторы',
    fact: 'Фактически',
    period: 'Сроки исполнения',
  },
};

export const IMPACT_HEADERS = {
  kk: { indicator: 'Көрсеткіш', unit: 'Өлшем бірлігі', plan: 'Жоспарлы деңгейі', fact: 'Нақты деңгейі' },
  ru: {
    indicator: 'Индикатор',
    unit: 'Единица измерения',
    plan: 'Плановый уровень',
    fact: 'Фактический уровень',
  },
};

/** A final report with one task of these activities (and an impact table when given), checked. */
export async function checkReport(
  lang: 'kk' | 'ru',
  activities: ActivityRows[],
  impact?: ImpactRowSpec[],
  title?: string[],
): Promise<{ issues: Issue[]; book: PlanWorkbook }> {
  const book = new PlanWorkbook().addSheet({
    name: lang === 'kk' ? 'Есеп' : 'Отчет',
    title,
    plan: {
      header: REPORT_HEADERS[lang],
      blocks: [
        { title: lang === 'kk' ? '1-міндет. Жастарды қолдау' : 'Задача 1. Поддержка молодежи', activities },
      ],
    },
    impact: impact && { header: IMPACT_HEADERS[lang], rows: impact },
  });
  const wb = await readXlsx(await book.xlsx(), 'report.xlsx');
  return { issues: checkWorkbook(wb, { profile, lang }).issues, book };
}

export const brief = (issues: Issue[]) => issues.map((i) => [i.cell, i.rule, i.severity]);
