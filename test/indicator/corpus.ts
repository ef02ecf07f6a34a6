/**
 * Every planned / actual value string of the monitoring-plan and report tables in
 * shared/forms (annex 3: Prof Mangystau plan; annex 7: debate project final report), with the
 * reading we expect. Cells broken over lines by the PDF extraction are joined with spaces;
 * "\n" is kept where the cell lists separate items (prize lists, photo/video counts).
 * Repeated values ("1", "30", ...) are listed once.
 */
import type { IndicatorValue } from '../../engine/model/indicator';

export type Source = 'annex3' | 'annex7' | 'domain' | 'contract' | 'ru' | 'en' | 'edge';

export type Case = { source: Source; expected: IndicatorValue };

type Options = {
  labels?: (string | null)[];
  percent?: boolean;
  perEvent?: boolean;
  perUnit?: boolean;
  note?: string | null;
};

/** A readable value; labels default to null for each value, flags to false, note to null. */
function r(
  source: Source,
  text: string,
  comparator: 'atLeast' | 'atMost' | 'target',
  values: number[],
  o: Options = {},
): Case {
  return {
    source,
    expected: {
      text,
      comparator,
      values,
      labels: o.labels ?? values.map(() => null),
      percent: o.percent ?? false,
      perEvent: o.perEvent ?? false,
      perUnit: o.perUnit ?? false,
      note: o.note ?? null,
    },
  };
}

/** A value deliberately left unreadable, with the reason. */
function u(source: Source, text: string, reason: string, note: string | null = null): Case {
  return {
    source,
    expected: {
      text,
      comparator: 'unreadable',
      values: [],
      labels: [],
      percent: false,
      perEvent: false,
      perUnit: false,
      note,
      reason,
    },
  };
}

export const ANNEX3: Case[] = [
  r('annex3', '1', 'target', [1]),
  r('annex3', '50', 'target', [50]),
  r('annex3', '30', 'target', [30]),
  r('annex3', '3/1', 'target', [3, 1]),
  r('annex3', '4 (әр модуль 2 күннен тұрады)', 'target', [4], { note: 'әр модуль 2 күннен тұрады' }),
  r('annex3', '4 (әр модуль 2\nкүннен тұрады)', 'target', [4], { note: 'әр модуль 2 күннен тұрады' }),
  r('annex3', '4', 'target', [4]),
  r('annex3', 'кемінде 80%-ы', 'atLeast', [80], { percent: true }),
  r('annex3', 'кемінде 70%', 'atLeast', [70], { percent: true }),
  r('annex3', 'кемінде 15 адам', 'atLeast', [15], { labels: ['адам'] }),
  r('annex3', 'Кемінде 1', 'atLeast', [1]),
  r('annex3', '100', 'target', [100]),
  r('annex3', '1000', 'target', [1000]),
  r('annex3', '30%', 'target', [30], { percent: true }),
  r('annex3', '3/1 (әр іс-шара бойынша)', 'target', [3, 1], { perEvent: true, note: 'әр іс-шара бойынша' }),
  r('annex3', '3/1 (әр іс-шара\nбойынша)', 'target', [3, 1], { perEvent: true, note: 'әр іс-шара бойынша' }),
  r('annex3', '1 (әр іс-шара бойынша)', 'target', [1], { perEvent: true, note: 'әр іс-шара бойынша' }),
  r('annex3', '20', 'target', [20]),
  r('annex3', '3', 'target', [3]),
  r('annex3', '5', 'target', [5]),
  r('annex3', 'кемінде 50', 'atLeast', [50]),
  r('annex3', 'кемінде 10 000', 'atLeast', [10000]),
  r('annex3', 'кемінде 60%-ы', 'atLeast', [60], { percent: true }),
  r('annex3', 'кемінде 10', 'atLeast', [10]),
  r('annex3', 'Кемінде 50 000', 'atLeast', [50000]),
  r('annex3', 'Кемінде 100 000', 'atLeast', [100000]),
  r('annex3', 'Кемінде 5', 'atLeast', [5]),
  // "each banner and poster" is not "each event": it stays a note.
  r('annex3', 'Кемінде 1(әр баннер мен постер бойынша)', 'atLeast', [1], {
    note: 'әр баннер мен постер бойынша',
  }),
  r('annex3', 'Кемінде 1(әр баннер\nмен постер\nбойынша)', 'atLeast', [1], {
    note: 'әр баннер мен постер бойынша',
  }),
  // Inside an activity description.
  r('annex3', 'кем дегенде 30', 'atLeast', [30]),
  // Block IV (social impact), planned level.
  r('annex3', '1030', 'target', [1030]),
  r('annex3', '50 000', 'target', [50000]),
  r('annex3', '2', 'target', [2]),
];

const PRIZES_SMALL = '1 орын - 2 (80 000тг)\n2 орын - 2 (60 000тг)\n3 орын - 2 (40 000тг)';
const PRIZES_LEAGUE = `${PRIZES_SMALL}\nҮздік спикер - 2 (30 000тг)`;
const PRIZES_OPEN =
  '1 орын - 3 (200 000тг)\n2 орын - 3 (150 000тг)\n3 орын - 3 (100 000тг)\nҮздік спикер - 3 (50 000тг)';
const AWARDS =
  '1 орын - 4, 2 орын - 4, 3 орын - 4. үздік спикер - 2. Үздік төреші – 2. (естелік сыйлық) \\ 3-кубок, 6-диплом, (естелік сыйлықтар)';

export const ANNEX7: Case[] = [
  r('annex7', '1 жоспар', 'target', [1], { labels: ['жоспар'] }),
  r('annex7', '2 байланыс тетігі', 'target', [2], { labels: ['байланыс тетігі'] }),
  r('annex7', 'Кемінде 500', 'atLeast', [500]),
  r('annex7', 'Кемінде\n500', 'atLeast', [500]),
  r('annex7', '35', 'target', [35]),
  r('annex7', '175', 'target', [175]),
  r('annex7', '7 (5-аудан, 2-қала)', 'target', [7], { note: '5-аудан, 2-қала' }),
  r('annex7', '7', 'target', [7]),
  r('annex7', '21 фото (әр аумақтан -3)\n7 видео (әр аумақтан -1)', 'target', [21, 7], {
    labels: ['фото', 'видео'],
    note: 'әр аумақтан -3; әр аумақтан -1',
  }),
  r('annex7', '2 (1-баст / 1 -қорытынд.)', 'target', [2], { note: '1-баст / 1 -қорытынд.' }),
  r('annex7', 'кемінде 20', 'atLeast', [20]),
  r('annex7', 'Диплом – 7, Сертификат – 175.', 'target', [7, 175], { labels: ['Диплом', 'Сертификат'] }),
  r('annex7', '80 %', 'target', [80], { percent: true }),
  r('annex7', '80%', 'target', [80], { percent: true }),
  r('annex7', PRIZES_SMALL, 'target', [2, 2, 2], {
    labels: ['1 орын', '2 орын', '3 орын'],
    note: '80 000тг; 60 000тг; 40 000тг',
  }),
  r('annex7', PRIZES_LEAGUE, 'target', [2, 2, 2, 2], {
    labels: ['1 орын', '2 орын', '3 орын', 'Үздік спикер'],
    note: '80 000тг; 60 000тг; 40 000тг; 30 000тг',
  }),
  r('annex7', 'Үздік спикер - 2 (30 000тг)"', 'target', [2], { labels: ['Үздік спикер'], note: '30 000тг' }),
  r('annex7', '7 фото / 1 видео', 'target', [7, 1], { labels: ['фото', 'видео'] }),
  r('annex7', '2 (1-баст, 1-қорытынд.)', 'target', [2], { note: '1-баст, 1-қорытынд.' }),
  r('annex7', '6 (4-аудан, 2-қала)', 'target', [6], { note: '4-аудан, 2-қала' }),
  r('annex7', '6', 'target', [6]),
  r('annex7', '19 фото / 6 видео', 'target', [19, 6], { labels: ['фото', 'видео'] }),
  r('annex7', 'кемінде 1', 'atLeast', [1]),
  r('annex7', '2 (1-басталу, 1 - қорытындысы)', 'target', [2], { note: '1-басталу, 1 - қорытындысы' }),
  r('annex7', 'кемінде 20 команда', 'atLeast', [20], { labels: ['команда'] }),
  r('annex7', AWARDS, 'target', [4, 4, 4, 2, 2, 3, 6], {
    labels: ['1 орын', '2 орын', '3 орын', 'үздік спикер', 'Үздік төреші', 'кубок', 'диплом'],
    note: 'естелік сыйлық; естелік сыйлықтар',
  }),
  r('annex7', '2 күн', 'target', [2], { labels: ['күн'] }),
  r('annex7', 'Кемінде 5', 'atLeast', [5]),
  r(
    'annex7',
    '25 (мемлекеттік орган басшылары мен өкілдерін, БАҚ, жастар ұйымдарының жетекшілерін қоса алғанда)',
    'target',
    [25],
    { note: 'мемлекеттік орган басшылары мен өкілдерін, БАҚ, жастар ұйымдарының жетекшілерін қоса алғанда' },
  ),
  r('annex7', 'Кемінде 50 жас маман және 100 жастар', 'atLeast', [50, 100], {
    labels: ['жас маман', 'жастар'],
  }),
  r('annex7', PRIZES_OPEN, 'target', [3, 3, 3, 3], {
    labels: ['1 орын', '2 орын', '3 орын', 'Үздік спикер'],
    note: '200 000тг; 150 000тг; 100 000тг; 50 000тг',
  }),
  r('annex7', '15 фото / 1 видео', 'target', [15, 1], { labels: ['фото', 'видео'] }),
  r('annex7', '2 (1-басталуы, 1-қорыт.)', 'target', [2], { note: '1-басталуы, 1-қорыт.' }),
  r('annex7', 'Кемінде 10', 'atLeast', [10]),
  r('annex7', 'кемінде 2', 'atLeast', [2]),
  r('annex7', '100 пайыз (1 - есебі)', 'target', [100], { percent: true, note: '1 - есебі' }),
  r('annex7', 'кемінде 100', 'atLeast', [100]),
  r('annex7', '6 фото / 3 видео', 'target', [6, 3], { labels: ['фото', 'видео'] }),
  r('annex7', '11', 'target', [11]),
  r('annex7', 'кемінде 30 клуб', 'atLeast', [30], { labels: ['клуб'] }),
  r('annex7', '2 видео', 'target', [2], { labels: ['видео'] }),
  r('annex7', '1 эфир', 'target', [1], { labels: ['эфир'] }),
  r('annex7', '80 пайыз', 'target', [80], { percent: true }),
  r('annex7', '1 медиа жоспар', 'target', [1], { labels: ['медиа жоспар'] }),
  r('annex7', '1 есеп', 'target', [1], { labels: ['есеп'] }),
  // Inside measure descriptions.
  r('annex7', 'кемінде 5 хат', 'atLeast', [5], { labels: ['хат'] }),
  r('annex7', 'кемінде 3', 'atLeast', [3]),
  // Social impact table, planned and actual levels; "-" is an empty cell.
  r('annex7', '560', 'target', [560]),
  r('annex7', '647', 'target', [647]),
  r('annex7', '1 000', 'target', [1000]),
  r('annex7', '10 125 000', 'target', [10125000]),
  u('annex7', '-', 'empty'),
];

/** The forms listed in DOMAIN.md section 2 that the documents above do not already cover. */
export const DOMAIN: Case[] = [
  r('domain', 'не менее 30', 'atLeast', [30]),
  r('domain', '2-ден кем емес', 'atLeast', [2]),
  r('domain', '300-ден кем емес', 'atLeast', [300]),
  r('domain', '80%-дан кем емес', 'atLeast', [80], { percent: true }),
  r('domain', '70%', 'target', [70], { percent: true }),
  r('domain', '4/1', 'target', [4, 1]),
  r('domain', '1 әр шарадан', 'target', [1], { perEvent: true }),
  r('domain', '1 орын - 2 (80 000тг)', 'target', [2], { labels: ['1 орын'], note: '80 000тг' }),
  r('domain', 'Диплом – 7, Сертификат – 175', 'target', [7, 175], { labels: ['Диплом', 'Сертификат'] }),
];

export const CONTRACT: Case[] = [
  r('contract', 'Әр шарадан 4/1-тен кем емес', 'atLeast', [4, 1], { perEvent: true }),
  r('contract', 'не более 10%', 'atMost', [10], { percent: true }),
];

export const RUSSIAN: Case[] = [
  r('ru', 'не меньше 5', 'atLeast', [5]),
  r('ru', 'минимум 3', 'atLeast', [3]),
  r('ru', 'как минимум 3 мероприятия', 'atLeast', [3], { labels: ['мероприятия'] }),
  r('ru', '100 и более', 'atLeast', [100]),
  r('ru', 'не более 10', 'atMost', [10]),
  r('ru', 'максимум 2', 'atMost', [2]),
  r('ru', 'до 10', 'atMost', [10]),
  r('ru', 'до 10 человек', 'atMost', [10], { labels: ['человек'] }),
  r('ru', '3 на каждое мероприятие', 'target', [3], { perEvent: true }),
  r('ru', 'по 2 на каждое мероприятие', 'target', [2], { perEvent: true }),
  // The bracket carries its own per-event count: 3 is the total.
  r('ru', '3 (по 1 на каждое мероприятие)', 'target', [3], { note: 'по 1 на каждое мероприятие' }),
  r('ru', 'по 2', 'target', [2], { perEvent: true }),
  // Per unit other than an event (#10): the phrase is the label, nothing is multiplied.
  r('annex7', 'Әр сауалнамадан 3-тен кем емес', 'atLeast', [3], {
    labels: ['Әр сауалнамадан'],
    perUnit: true,
  }),
  r('annex3', 'Әр мектептен кемінде 2', 'atLeast', [2], { labels: ['Әр мектептен'], perUnit: true }),
  r('ru', 'не менее 3 с каждой школы', 'atLeast', [3], { labels: ['с каждой школы'], perUnit: true }),
  r('ru', 'не менее 5 на каждого участника', 'atLeast', [5], {
    labels: ['на каждого участника'],
    perUnit: true,
  }),
  r('ru', 'по 2 на каждую школу', 'target', [2], { labels: ['на каждую школу'], perUnit: true }),
  r('ru', 'с каждого мероприятия не менее 2', 'atLeast', [2], { perEvent: true }),
  r('ru', 'не менее 5 фото и 1 видео', 'atLeast', [5, 1], { labels: ['фото', 'видео'] }),
  r('ru', '30 процентов', 'target', [30], { percent: true }),
  r('ru', 'не менее 80 процентов', 'atLeast', [80], { percent: true }),
  r('ru', 'от 10 до 15', 'atLeast', [10], { note: '10-15' }),
  u('ru', 'более 10', 'strict-comparison'),
  u('ru', 'не менее 10 и не более 15', 'conflicting-comparators'),
  u('ru', 'высокий уровень', 'no-number'),
];

export const ENGLISH: Case[] = [
  r('en', 'at least 30', 'atLeast', [30]),
  r('en', 'no more than 5', 'atMost', [5]),
  r('en', 'at least 80 percent', 'atLeast', [80], { percent: true }),
  r('en', '2 per event', 'target', [2], { perEvent: true }),
];

export const EDGE: Case[] = [
  r('edge', '0,5', 'target', [0.5]),
  r('edge', '1.5', 'target', [1.5]),
  r('edge', '50\u00a0000', 'target', [50000]),
  r('edge', 'Кемінде\u202f50\u00a0000', 'atLeast', [50000]),
  r('edge', '10-15', 'atLeast', [10], { note: '10-15' }),
  r('edge', '10 - 15 адам', 'atLeast', [10], { labels: ['адам'], note: '10-15' }),
  u('edge', '15-10', 'range'),
  u('edge', '10-15 / 3', 'range'),
  r('edge', '10-ға дейін', 'atMost', [10]),
  r('edge', '2 және одан да көп', 'atLeast', [2]),
  r('edge', '≥ 5', 'atLeast', [5]),
  r('edge', 'Диплом: 7', 'target', [7], { labels: ['Диплом'] }),
  r('edge', 'Диплом –\n7', 'target', [7], { labels: ['Диплом'] }),
  r('edge', '«30»', 'target', [30]),
  u('edge', '', 'empty'),
  u('edge', '   ', 'empty'),
  u('edge', '—', 'empty'),
  u('edge', '–', 'empty'),
  u('edge', 'жоғары деңгейде', 'no-number'),
  u('edge', 'сапалы өткізу', 'no-number'),
  u('edge', 'кемінде', 'no-number'),
  u('edge', '(әр іс-шара бойынша)', 'no-number', 'әр іс-шара бойынша'),
  u('edge', '2025 жылдың қазан айы', 'date'),
  u('edge', '16.11.24', 'date'),
  u('edge', '2-3.11.24', 'date'),
  u('edge', '1 Маусым', 'date'),
  u('edge', '100-ден астам', 'strict-comparison'),
  u('edge', '1 1', 'several-numbers'),
  u('edge', '1 000 1 000', 'several-numbers'),
  u('edge', '10-нан 15-ке', 'several-numbers'),
  u('edge', 'Оған 175 оқушы қатысты', 'prose'),
  u('edge', 'Фото/видео 3/1', 'text-without-number'),
  u('edge', '80/20%', 'mixed-percent'),
  u('edge', '30+', 'unexpected-symbol'),
  u('edge', '9'.repeat(400), 'number-too-large'),
  u('edge', 'x'.repeat(501), 'too-long'),
];

export const CORPUS: Case[] = [...ANNEX3, ...ANNEX7, ...DOMAIN, ...CONTRACT, ...RUSSIAN, ...ENGLISH, ...EDGE];
