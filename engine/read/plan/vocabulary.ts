/**
 * Words of the monitoring plan (Annex 3 block III and the plan/fact table of the final report)
 * in Kazakh, Russian and English. Patterns run on norm()-ed text.
 */

export type PlanRole =
  | 'skip'
  | 'note'
  | 'period'
  | 'fact'
  | 'plan'
  | 'value'
  | 'measure'
  | 'place'
  | 'activity'
  | 'task'
  | 'number';

export const ACTIVITY_HEADER = /іс[\s-]*шара|мероприяти|activit|events?$/u;

/**
 * Checked in this order; a column takes the first role it matches that is still free. The order
 * matters: "Сандық және сапалық көрсеткіштер (іс-шаралар бойынша)" is the measure column although
 * it names events, "Орындалу мерзімі" is the period and not a fact ("Орындалуы"), and the report's
 * "қысқа мерзімді нәтижелер" (short-term results) is neither.
 */
export const PLAN_COLUMNS: ReadonlyArray<readonly [PlanRole, RegExp]> = [
  ['skip', /нәтиже|результат|result|қатысушы\p{L}* саны|количеств\p{L}* участник|participants/u],
  // Before "plan": "Жоспардан ауытқу себебі" / "Причины отклонения от плана" explain a deviation.
  [
    'note',
    /ауытқу|себеб|түсініктеме|отклонени|пояснени|примечани|комментари|explanation|deviation|remarks?$/u,
  ],
  ['period', /мерзім|срок|период|кезең|уақыт|өткізіл\p{L}* күні|дата|period|date|timing|deadline/u],
  [
    'fact',
    /(?<!\p{L})факт|нақты|орындалуы|фактическ|достигнут|қол жеткізілген|исполнени\p{L}* индикатор|выполнени\p{L}* индикатор|(?<!\p{L})actual|achieved/u,
  ],
  ['plan', /жоспар|план|planned|(?<!\p{L})target/u],
  // A bare "Индикаторлар" / "Значение": the values beside the measures, or the measures themselves.
  ['value', /^(?:индикатор\p{L}*|мәні|мәндері|значени\p{L}*|values?)$/u],
  ['measure', /көрсеткіш|индикатор|показател|measure|indicator/u],
  ['place', /өткізу орны|өткізілу орны|орны$|место|коммуникация арна|канал|place|venue|channel/u],
  ['activity', ACTIVITY_HEADER],
  ['task', /^міндет|^задач|^task/u],
  ['number', /^№|^n$|^#$|^п\/п/u],
];

/** "1-міндет.", "1 міндет", "Міндет 1", "Задача №2:", "Task 3". */
export const TASK_ROW =
  /^(?:(\d+)\s*[-.)]?\s*(?:міндет|задача)|(?:міндет|задача|task)\s*№?\s*(\d+))(?!\p{L})/u;

/** An activity number in front of its title: "1.", "2)", "1-іс-шара.", "Мероприятие 3.". */
export const ACTIVITY_NUMBER =
  /^(?:(\d+)\s*[-.)]?\s*(?:(?:іс[\s-]*шара|мероприятие)\p{L}*\s*[.:]?)?|(?:іс[\s-]*шара|мероприятие)\s*№?\s*(\d+)\s*[.:]?)(?=\s|$|\p{L}|«|")/u;

const EVENT_WORDS =
  'тренинг|семинар|вебинар|кездесу|кездесі|турнир|квест|форум|конференц|мастер[\\s-]*класс|шеберлік\\s+сағат|' +
  'дөңгелек\\s+үстел|фокус[\\s-]*топ|іс[\\s-]*шара|шара|встреч|мероприяти|круглы\\p{L}*\\s+стол|workshop|training|seminar|event';

/**
 * A count of events in an activity's title: "3 тренинг", "кемінде 3 шеберлік сағат", "5 семинаров",
 * with at most one word between ("3 оқыту тренингтері"). "4 модульден тұратын оқыту" is not events.
 */
export const TITLE_EVENTS = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\d{1,3})\\s+(?:[\\p{L}-]+\\s+)?(?:${EVENT_WORDS})`,
  'gu',
);

/**
 * A measure that counts the activity's events: "Іс-шаралар саны", "Мектептерде квест өткізу саны",
 * "Тренингтер саны", "Количество проведённых мероприятий".
 */
export const EVENT_COUNT_MEASURE = new RegExp(
  `(?:(?:${EVENT_WORDS})\\p{L}*|өткізу|өткізілген)\\s+саны|количеств\\p{L}*\\s+(?:проведенн\\p{L}*\\s+)?(?:${EVENT_WORDS})|number\\s+of\\s+(?:${EVENT_WORDS})`,
  'u',
);
