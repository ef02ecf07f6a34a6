import { type EstimateData, EstimateDataSchema, type EstimateInput } from '../forms/estimate';
import { type ImpactData, ImpactDataSchema } from '../forms/impact';
import { type PlanData, PlanDataSchema } from '../forms/plan';
import { type ProjectData, ProjectDataSchema } from '../forms/project';
import type { TemplateLang } from '../labels';

/**
 * Synthetic grant data shaped like the real documents in ../shared/forms (no names, phones or
 * organisations from them). Payroll: salaries of 530 000 a month reproduce the 2025 charges of
 * the real estimate (23 850, 27 454, 15 900, 13 250 a month).
 */

const T = {
  kk: {
    salaries: ['Жоба жетекшісі', 'Жоба үйлестірушісі', 'Бухгалтер'],
    bank: 'Банк қызметі',
    post: 'Пошта қызметі',
    office: 'Кеңсе тауарлары, соның ішінде:',
    paper: 'Қағаз',
    cartridge: 'Картридж',
    laptop: 'Ноутбук',
    training: 'Қызметкерлердің біліктілігін арттыру курсы',
    act1: 'Жастарға арналған тренингтер өткізу',
    trainer: 'Тренер қаламақысы',
    coffee: 'Кофе-брейк',
    handouts: 'Таратпа материалдар',
    act2: 'Қорытынды форум өткізу',
    hall: 'Зал жалдау',
    banner: 'Баннер',
    letters: 'Алғыс хат',
    units: { month: 'ай', person: 'адам', piece: 'дана', service: 'қызмет', day: 'күн' },
  },
  ru: {
    salaries: ['Руководитель проекта', 'Координатор проекта', 'Бухгалтер'],
    bank: 'Услуги банка',
    post: 'Почтовые услуги',
    office: 'Канцелярские товары, в том числе:',
    paper: 'Бумага',
    cartridge: 'Картридж',
    laptop: 'Ноутбук',
    training: 'Курс повышения квалификации сотрудников',
    act1: 'Проведение тренингов для молодежи',
    trainer: 'Гонорар тренера',
    coffee: 'Кофе-брейк',
    handouts: 'Раздаточные материалы',
    act2: 'Проведение итогового форума',
    hall: 'Аренда зала',
    banner: 'Баннер',
    letters: 'Благодарственное письмо',
    units: { month: 'месяц', person: 'человек', piece: 'штука', service: 'услуга', day: 'день' },
  },
} as const;

export const EXAMPLE_LABELS = T;

export function exampleEstimateInput(lang: TemplateLang): EstimateInput {
  const t = T[lang];
  const u = t.units;
  const monthly = (cost: number) => ({ unit: u.month, qty: 6, cost });
  return {
    start: '2025-06-01',
    end: '2025-11-30',
    salaries: [
      { label: t.salaries[0], ...monthly(190_000) },
      { label: t.salaries[1], ...monthly(180_000) },
      { label: t.salaries[2], ...monthly(160_000) },
    ],
    charges: {
      'social-contributions': monthly(23_850),
      'social-tax': monthly(27_454),
      medical: monthly(15_900),
      pension: monthly(13_250),
    },
    admin: [
      { label: t.bank, unit: u.service, qty: 1, cost: 18_000 },
      { label: t.post, unit: u.service, qty: 1, cost: 12_000 },
      {
        label: t.office,
        items: [
          { label: t.paper, unit: u.piece, qty: 10, cost: 2_500 },
          { label: t.cartridge, unit: u.piece, qty: 2, cost: 15_000 },
        ],
      },
    ],
    mtid: [
      { label: t.laptop, unit: u.piece, qty: 1, cost: 350_000 },
      { label: t.training, unit: u.service, qty: 1, cost: 150_000 },
    ],
    activities: [
      {
        title: t.act1,
        items: [
          { label: t.trainer, unit: u.service, qty: 4, cost: 200_000 },
          { label: t.coffee, unit: u.person, qty: 120, cost: 3_000, own: 60_000 },
          { label: t.handouts, unit: u.piece, qty: 120, cost: 1_000 },
        ],
      },
      {
        title: t.act2,
        items: [
          { label: t.hall, unit: u.day, qty: 1, cost: 250_000 },
          { label: t.banner, unit: u.piece, qty: 2, cost: 30_000 },
          { label: t.letters, unit: u.piece, qty: 50, cost: 2_000 },
        ],
      },
    ],
  };
}

export const exampleEstimate = (lang: TemplateLang): EstimateData =>
  EstimateDataSchema.parse(exampleEstimateInput(lang));

export function exampleProject(lang: TemplateLang): ProjectData {
  return ProjectDataSchema.parse(
    lang === 'kk'
      ? {
          grantee: '«Үлгі жастар орталығы» қоғамдық бірлестігі',
          direction: 'Жастардың азаматтық белсенділігін арттыру',
          topic: 'Белсенді жастар',
          region: 'Үлгі облысы',
          start: '2025-06-01',
          end: '2025-11-30',
        }
      : {
          grantee: 'Общественное объединение «Образцовый молодежный центр»',
          direction: 'Повышение гражданской активности молодежи',
          topic: 'Активная молодежь',
          region: 'Образцовая область',
          start: '2025-06-01',
          end: '2025-11-30',
        },
  );
}

export function examplePlan(lang: TemplateLang): PlanData {
  const kk = lang === 'kk';
  return PlanDataSchema.parse({
    tasks: [
      {
        title: kk ? 'Жастардың көшбасшылық дағдыларын дамыту' : 'Развитие лидерских навыков молодежи',
        activities: [
          {
            title: kk ? 'Жастарға арналған 4 тренинг өткізу' : 'Проведение 4 тренингов для молодежи',
            place: kk ? 'Үлгі облысы' : 'Образцовая область',
            period: kk ? 'Шілде-қыркүйек' : 'Июль-сентябрь',
            measures: [
              { name: kk ? 'Тренинг саны' : 'Количество тренингов', plan: 4, fact: 4 },
              { name: kk ? 'Қатысушылар саны' : 'Количество участников', plan: 120, fact: 126 },
              { name: kk ? 'Фото/видео' : 'Фото/видео', plan: '3/1', fact: '4/1' },
              {
                name: kk ? 'Оң баға берген қатысушылар' : 'Участники, давшие положительную оценку',
                plan: kk ? 'кемінде 80%' : 'не менее 80%',
                fact: '85%',
              },
            ],
          },
        ],
      },
      {
        title: kk ? 'Жастар бастамаларын кеңінен таныстыру' : 'Продвижение молодежных инициатив',
        activities: [
          {
            title: kk ? 'Қорытынды форум өткізу' : 'Проведение итогового форума',
            place: kk ? 'Үлгі қаласы' : 'город Образцовый',
            period: kk ? 'Қараша' : 'Ноябрь',
            measures: [
              { name: kk ? 'Форум' : 'Форум', plan: 1, fact: 1 },
              { name: kk ? 'Қатысушылар саны' : 'Количество участников', plan: 50, fact: 52 },
              {
                name: kk ? 'Әлеуметтік желідегі жарияланымдар' : 'Публикации в социальных сетях',
                plan: 10,
                fact: 12,
              },
            ],
          },
        ],
      },
    ],
  });
}

export function exampleImpact(): ImpactData {
  return ImpactDataSchema.parse({
    indicators: [
      { plan: 170, fact: 173 },
      { plan: 5_000, fact: 6_200 },
      { plan: 3, fact: 3 },
      { plan: 4, fact: 4 },
      { plan: 2, fact: 2 },
      { plan: 2, fact: 2 },
      { plan: 3_180_000, fact: 3_180_000 },
      { plan: 482_724, fact: 482_724 },
      { plan: 2_190_000, fact: 2_190_000 },
    ],
    participants: { total: 173, men: 80, women: 93, bands: [20, 95, 40, 10, 8, 0, 0] },
  });
}
