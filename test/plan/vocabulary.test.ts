import { parseIndicator } from '../../engine/read/indicator';
import { isParticipantMeasure } from '../../engine/read/plan/participants';
import { EVENT_COUNT_MEASURE, PLAN_COLUMNS, TASK_ROW, TITLE_EVENTS } from '../../engine/read/plan/vocabulary';
import { norm } from '../../engine/read/text';

describe('task rows', () => {
  it.each([
    ['1-міндет. Біліктілікті арттыру', '1'],
    ['1 міндет. Біліктілікті арттыру', '1'],
    ['Міндет 2: хабардарлықты арттыру', '2'],
    ['Задача 3. Повысить осведомленность', '3'],
    ['Задача №4', '4'],
    ['Task 5', '5'],
  ])('%s is task %s', (text, n) => {
    const m = TASK_ROW.exec(norm(text));
    expect(m?.[1] ?? m?.[2]).toBe(n);
  });

  it.each(['Міндеттері', '1. Маңғыстау облысында жоспар әзірлеу', 'Задачи проекта'])(
    '%s is no task row',
    (text) => {
      expect(TASK_ROW.test(norm(text))).toBe(false);
    },
  );
});

describe('events of an activity', () => {
  const events = (title: string) => [...norm(title).matchAll(TITLE_EVENTS)].map((m) => Number(m[1]));

  it.each([
    ['2-іс шара: Грант иегерлеріне арналған 3 оқыту тренингтері', [3]],
    ['Кемінде 3 шеберлік сағат ұйымдастыру', [3]],
    ['Проведение 5 семинаров для волонтеров', [5]],
    ['«4D-профориентация» аясында 4 модульден тұратын blended learning оқыту', []],
    ['кем дегенде 30 қатысушыны арнаулы байқау арқылы іріктеу', []],
  ])('%s → %j', (title, n) => {
    expect(events(title)).toEqual(n);
  });

  it.each([
    ['Іс-шаралар саны', true],
    ['Мектептерде квест өткізу саны', true],
    ['Количество проведенных мероприятий', true],
    ['Тренингтер саны', true],
    ['Қатысушылар саны', false],
    ['Фото/видео', false],
  ])('"%s" counts events: %s', (label, yes) => {
    expect(EVENT_COUNT_MEASURE.test(norm(label))).toBe(yes);
  });
});

describe('participant measures', () => {
  it.each([
    ['Қатысушылар саны', '30', true],
    ['Онлайн профориентациялық тестілеуге қатысушылар саны', '1000', true],
    ['Іректеуден өткен адам саны', '30', true],
    ['Количество участников', 'не менее 40', true],
    ['Зертхана', 'кемінде 15 адам', true],
    ['Қатысушылар тізімі', '1', false],
    ['Қатысушылардың бағалау сауалнамасы', '4', false],
    ['Паблик арқылы қамтылған жастар саны', 'кемінде 10 000', false],
    ['Қамтылған адам саны', '50', false],
    ['Онлайн тестілеуге қатысушылардың кемінде 70%-ы пайдалы деп бағалайды', '70%', false],
    ['Тартылатын сарапшылар саны', '4 адам', false],
    ['Фото/видео', '3/1', false],
  ])('"%s" = %s: %s', (label, plan, yes) => {
    expect(isParticipantMeasure(label, parseIndicator(plan))).toBe(yes);
  });
});

describe('plan header columns', () => {
  const roleOf = (text: string) => PLAN_COLUMNS.find(([, p]) => p.test(norm(text)))?.[0];

  it.each([
    ['Іс-шара (Іс-шараның қысқаша сипаттамасы)', 'activity'],
    ['Міндет шеңберіндегі іс-шаралар', 'activity'],
    ['Наименование мероприятия', 'activity'],
    ['Сандық және сапалық көрсеткіштер (іс-шаралар бойынша)', 'measure'],
    ['Количественные и качественные показатели (по мероприятиям)', 'measure'],
    ['Жоспарланған индикаторлар', 'plan'],
    ['Планируемые индикаторы', 'plan'],
    ['Индикаторы (план)', 'plan'],
    ['Индикаторы (факт)', 'fact'],
    ['Нақты деңгейі', 'fact'],
    ['Орындалуы', 'fact'],
    ['Достигнутые значения', 'fact'],
    ['Орындалу мерзімі', 'period'],
    ['Сроки исполнения', 'period'],
    ['(Іс-шараларға) қол жеткізілген қысқа мерзімді нәтижелер', 'skip'],
    ['Ожидаемые результаты', 'skip'],
    ['Қатысушылардың саны', 'skip'],
    ['Өткізу орны', 'place'],
    ['Место проведения', 'place'],
    ['Коммуникация арнасы', 'place'],
    ['Индикаторлар', 'value'],
  ])('%s → %s', (text, role) => {
    expect(roleOf(text)).toBe(role);
  });
});
