import type { Lang } from '../engine/model/issue';

/** The commands `esep help` knows, in the order it lists them. */
export const COMMANDS = ['check', 'portfolio', 'indicator', 'templates', 'import', 'help'] as const;
export type Command = (typeof COMMANDS)[number];

export function isCommand(s: string | undefined): s is Command {
  return (COMMANDS as readonly string[]).includes(s ?? '');
}

interface CommandHelp {
  usage: string;
  what: string;
  options: [string, string][];
  examples: [string, string][];
}

interface HelpWords {
  intro: string;
  usage: string;
  commands: string;
  common: string;
  options: string;
  examples: string;
  exitCodes: string;
  more: string;
  commonOptions: [string, string][];
  help: Record<Command, CommandHelp>;
}

const LANG_OPTION: Record<Lang, [string, string]> = {
  kk: ['--lang kk|ru|en', 'шығыс тілі (әдепкісі LANG ортасынан, әйтпесе ағылшынша)'],
  ru: ['--lang kk|ru|en', 'язык вывода (по умолчанию из переменной LANG, иначе английский)'],
  en: ['--lang kk|ru|en', 'the language of the output (default: from LANG, else English)'],
};

const PROFILE_OPTION: Record<Lang, [string, string]> = {
  kk: [
    '--profile NAME|PATH',
    'ережелер профилі: кірістірілген kz-ngo-grants (әдепкі) немесе сол пішіндегі JSON файлы (мөлшерлемелер, шектер, АЕК)',
  ],
  ru: [
    '--profile NAME|PATH',
    'профиль правил: встроенный kz-ngo-grants (по умолчанию) или JSON-файл той же формы (ставки, пределы, МРП)',
  ],
  en: [
    '--profile NAME|PATH',
    'the rule profile: built-in kz-ngo-grants (default), or a JSON file of the same shape (rates, caps, МРП)',
  ],
};

const YEAR_OPTION: Record<Lang, [string, string]> = {
  kk: ['--year YYYY', 'жоба жылы (жалақы мөлшерлемелері үшін); әдепкісі — парақта көрсетілген кезеңнен'],
  ru: [
    '--year YYYY',
    'год проекта (для ставок налогов с зарплаты); по умолчанию — из срока, указанного на листе',
  ],
  en: ['--year YYYY', 'the project year (for payroll rates); by default the period stated on the sheet'],
};

const HELP: Record<Lang, HelpWords> = {
  kk: {
    intro:
      'Esep ҮЕҰ-ға берілетін мемлекеттік гранттың сметасын, мониторинг жоспарын және әлеуметтік әсер кестесін тексереді және қатенің ұяшығын көрсетеді.',
    usage: 'Қолданылуы',
    commands: 'Командалар',
    common: 'Барлық командаларға ортақ параметрлер',
    options: 'Параметрлер',
    examples: 'Мысалдар',
    exitCodes: 'Шығу кодтары: 0 — қате жоқ, 1 — қате табылды, 2 — файл оқылмады немесе команда қате жазылды.',
    more: 'Команданың параметрлері мен мысалдары: esep help КОМАНДА',
    commonOptions: [['-h, --help', 'анықтама'], ['--version', 'нұсқасы'], LANG_OPTION.kk],
    help: {
      check: {
        usage:
          'esep check FILE.xlsx... [--json] [--verbose] [--explain] [--year YYYY] [--profile NAME|PATH] [--lang kk|ru|en] [--debug]',
        what: 'Кітаптарды тексереді: сомалар, жалақы салықтары, 10 % шегі, жоспар мен факт; әр мәселе ұяшығымен.',
        options: [
          ['--json', 'нәтижені JSON түрінде шығарады (ереже идентификаторларымен)'],
          ['--verbose', 'әр жолдың соңында ереже идентификаторын көрсетеді'],
          [
            '--explain',
            'кестенің әр жолы қалай оқылғанын және неге, 10 % шегіне есептелген жолдарды көрсетеді',
          ],
          ['--debug', 'ішкі қатенің толық ізін шығарады'],
          YEAR_OPTION.kk,
          PROFILE_OPTION.kk,
          LANG_OPTION.kk,
        ],
        examples: [
          ['esep check смета.xlsx', 'бір файлды тексеру'],
          ['esep check *.xlsx --lang kk --year 2025', 'бірнеше файл, 2025 жылдың мөлшерлемелері'],
          ['esep check смета.xlsx --json > нәтиже.json', 'бағдарлама үшін JSON'],
        ],
      },
      portfolio: {
        usage:
          'esep portfolio DIR|FILES... --out REPORT.xlsx [--json] [--csv] [--year YYYY] [--profile NAME|PATH] [--lang kk|ru|en] [--follow-links] [--debug]',
        what: 'Көп гранттық кітапты бір есепке салыстырады: бюджет құрылымы, бір бенефициарға шығын, топтардағы ауытқулар.',
        options: [
          ['--out, -o REPORT.xlsx', 'есеп кітабы (парақтары таңдалған тілде)'],
          ['--json', 'гранттар, топтар, ауытқулар JSON түрінде'],
          ['--csv', 'гранттар кестесі CSV түрінде (--json-мен бірге — ЕСЕП.csv файлына)'],
          ['--follow-links', 'қалтадан тыс апаратын символдық сілтемелерге де өтеді'],
          ['--debug', 'ішкі қатенің толық ізін шығарады'],
          YEAR_OPTION.kk,
          PROFILE_OPTION.kk,
          LANG_OPTION.kk,
        ],
        examples: [
          ['esep portfolio гранттар/ --out есеп.xlsx --lang kk', 'қалтадағы барлық .xlsx файлдары'],
          ['esep portfolio грант1.xlsx грант2.xlsx --csv > гранттар.csv', 'тек кесте'],
        ],
      },
      indicator: {
        usage: 'esep indicator "TEXT" [--json] [--lang kk|ru|en]',
        what: 'Жоспарланған немесе нақты бір мәннің қалай түсінілгенін көрсетеді.',
        options: [['--json', '{text, comparator, values, labels, percent, perEvent, note}'], LANG_OPTION.kk],
        examples: [
          ['esep indicator "кемінде 80%-ы"', '→ кемінде 80 %'],
          ['esep indicator "3/1 (әр іс-шара бойынша)" --json', 'толық талдау'],
        ],
      },
      templates: {
        usage: 'esep templates --out DIR [--lang kk|ru|en]',
        what: 'Ресми нысандарды (смета, мониторинг жоспары, әлеуметтік әсер, толық грант) қазақша және орысша Excel кітаптары ретінде жазады.',
        options: [['--out DIR', 'файлдар жазылатын қалта'], LANG_OPTION.kk],
        examples: [['esep templates --out нысандар', '']],
      },
      import: {
        usage: 'esep import FILE.docx --out FILE.xlsx [--lang kk|ru] [--year YYYY] [--profile NAME|PATH]',
        what: 'Word құжатын (.docx) тексереді де, одан толтырылған толық грант кітабын жазады: жолдар, саны, құны, жоспар мен факт жазылғандай, барлық жиынтықтар — үлгінің формулалары.',
        options: [
          ['--out FILE.xlsx', 'толтырылатын жаңа .xlsx кітабы'],
          ['--lang kk|ru', 'үлгі тілі (әдепкісі — құжаттың тілі)'],
          YEAR_OPTION.kk,
          PROFILE_OPTION.kk,
        ],
        examples: [['esep import өтінім.docx --out грант.xlsx', '']],
      },
      help: {
        usage: 'esep help [COMMAND]',
        what: 'Осы анықтама немесе бір команданың анықтамасы.',
        options: [LANG_OPTION.kk],
        examples: [['esep help check --lang kk', '']],
      },
    },
  },
  ru: {
    intro:
      'Esep проверяет смету, план мониторинга и таблицу социального эффекта государственного гранта НПО и указывает ячейку каждой ошибки.',
    usage: 'Использование',
    commands: 'Команды',
    common: 'Параметры всех команд',
    options: 'Параметры',
    examples: 'Примеры',
    exitCodes:
      'Коды выхода: 0 — ошибок нет, 1 — найдены ошибки, 2 — файл не прочитан или команда записана неверно.',
    more: 'Параметры и примеры команды: esep help КОМАНДА',
    commonOptions: [['-h, --help', 'справка'], ['--version', 'версия'], LANG_OPTION.ru],
    help: {
      check: {
        usage:
          'esep check FILE.xlsx... [--json] [--verbose] [--explain] [--year YYYY] [--profile NAME|PATH] [--lang kk|ru|en] [--debug]',
        what: 'Проверяет книги: суммы, налоги с зарплаты, предел 10 %, план и факт; каждая проблема — с ячейкой.',
        options: [
          ['--json', 'результат в JSON (с идентификаторами правил)'],
          ['--verbose', 'идентификатор правила в конце каждой строки'],
          ['--explain', 'как прочитана каждая строка таблиц и почему, какие строки учтены в пределе 10 %'],
          ['--debug', 'печатает полный стек внутренней ошибки'],
          YEAR_OPTION.ru,
          PROFILE_OPTION.ru,
          LANG_OPTION.ru,
        ],
        examples: [
          ['esep check смета.xlsx', 'проверить один файл'],
          ['esep check *.xlsx --lang ru --year 2025', 'несколько файлов, ставки 2025 года'],
          ['esep check смета.xlsx --json > результат.json', 'JSON для программ'],
        ],
      },
      portfolio: {
        usage:
          'esep portfolio DIR|FILES... --out REPORT.xlsx [--json] [--csv] [--year YYYY] [--profile NAME|PATH] [--lang kk|ru|en] [--follow-links] [--debug]',
        what: 'Сравнивает много книг грантов в одном отчёте: структура бюджета, стоимость на бенефициара, выбросы в группах.',
        options: [
          ['--out, -o REPORT.xlsx', 'книга отчёта (листы на выбранном языке)'],
          ['--json', 'гранты, группы, выбросы в JSON'],
          ['--csv', 'таблица грантов в CSV (вместе с --json — в файл ОТЧЁТ.csv)'],
          ['--follow-links', 'следовать и по символическим ссылкам за пределы папки'],
          ['--debug', 'печатает полный стек внутренней ошибки'],
          YEAR_OPTION.ru,
          PROFILE_OPTION.ru,
          LANG_OPTION.ru,
        ],
        examples: [
          ['esep portfolio гранты/ --out отчёт.xlsx --lang ru', 'все .xlsx в папке'],
          ['esep portfolio грант1.xlsx грант2.xlsx --csv > гранты.csv', 'только таблица'],
        ],
      },
      indicator: {
        usage: 'esep indicator "TEXT" [--json] [--lang kk|ru|en]',
        what: 'Показывает, как понято одно плановое или фактическое значение.',
        options: [['--json', '{text, comparator, values, labels, percent, perEvent, note}'], LANG_OPTION.ru],
        examples: [
          ['esep indicator "не менее 80 %"', '→ не менее 80 %'],
          ['esep indicator "3/1 (на каждое мероприятие)" --json', 'полный разбор'],
        ],
      },
      templates: {
        usage: 'esep templates --out DIR [--lang kk|ru|en]',
        what: 'Записывает официальные формы (смета, план мониторинга, социальный эффект, весь грант) книгами Excel на казахском и русском.',
        options: [['--out DIR', 'папка для файлов'], LANG_OPTION.ru],
        examples: [['esep templates --out формы', '']],
      },
      import: {
        usage: 'esep import FILE.docx --out FILE.xlsx [--lang kk|ru] [--year YYYY] [--profile NAME|PATH]',
        what: 'Проверяет документ Word (.docx) и записывает из него заполненную книгу всего гранта: строки, количества, стоимости, план и факт как написано, все итоги — формулы шаблона.',
        options: [
          ['--out FILE.xlsx', 'новая книга .xlsx для записи'],
          ['--lang kk|ru', 'язык шаблона (по умолчанию — язык документа)'],
          YEAR_OPTION.ru,
          PROFILE_OPTION.ru,
        ],
        examples: [['esep import заявка.docx --out грант.xlsx', '']],
      },
      help: {
        usage: 'esep help [COMMAND]',
        what: 'Эта справка или справка по одной команде.',
        options: [LANG_OPTION.ru],
        examples: [['esep help check --lang ru', '']],
      },
    },
  },
  en: {
    intro:
      "Esep checks a state grant's budget estimate, monitoring plan and social-impact table (Kazakhstan, grants to NGOs) and points at each mistake's cell.",
    usage: 'Usage',
    commands: 'Commands',
    common: 'Options of every command',
    options: 'Options',
    examples: 'Examples',
    exitCodes: 'Exit codes: 0 no errors, 1 errors found, 2 unreadable input or bad usage.',
    more: "A command's options and examples: esep help COMMAND",
    commonOptions: [['-h, --help', 'this help'], ['--version', 'the version'], LANG_OPTION.en],
    help: {
      check: {
        usage:
          'esep check FILE.xlsx... [--json] [--verbose] [--explain] [--year YYYY] [--profile NAME|PATH] [--lang kk|ru|en] [--debug]',
        what: 'Checks workbooks: totals, payroll charges, the 10 % cap, plan against fact; each problem with its cell.',
        options: [
          ['--json', 'the result as JSON (with rule ids)'],
          ['--verbose', "each line ends with its rule's id"],
          ['--explain', 'how each table row was read and why, and the lines counted toward the 10 % cap'],
          ['--debug', 'print the stack of an internal error'],
          YEAR_OPTION.en,
          PROFILE_OPTION.en,
          LANG_OPTION.en,
        ],
        examples: [
          ['esep check estimate.xlsx', 'check one file'],
          ['esep check *.xlsx --lang en --year 2025', 'several files, the 2025 rates'],
          ['esep check estimate.xlsx --json > result.json', 'JSON for programs'],
        ],
      },
      portfolio: {
        usage:
          'esep portfolio DIR|FILES... --out REPORT.xlsx [--json] [--csv] [--year YYYY] [--profile NAME|PATH] [--lang kk|ru|en] [--follow-links] [--debug]',
        what: 'Compares many grant workbooks in one report: budget structure, cost per beneficiary, outliers within groups.',
        options: [
          ['--out, -o REPORT.xlsx', 'the report workbook (its sheets in the chosen language)'],
          ['--json', 'grants, groups and outliers as JSON'],
          ['--csv', 'the grants table as CSV (with --json too, to REPORT.csv)'],
          ['--follow-links', 'also follow symbolic links that lead out of the folders given'],
          ['--debug', 'print the stack of an internal error'],
          YEAR_OPTION.en,
          PROFILE_OPTION.en,
          LANG_OPTION.en,
        ],
        examples: [
          ['esep portfolio grants/ --out report.xlsx', 'every .xlsx in the folder'],
          ['esep portfolio a.xlsx b.xlsx --csv > grants.csv', 'the table only'],
        ],
      },
      indicator: {
        usage: 'esep indicator "TEXT" [--json] [--lang kk|ru|en]',
        what: 'Shows how one planned or actual value is understood.',
        options: [['--json', '{text, comparator, values, labels, percent, perEvent, note}'], LANG_OPTION.en],
        examples: [
          ['esep indicator "кемінде 80%-ы"', '→ at least 80 %'],
          ['esep indicator "3/1 (әр іс-шара бойынша)" --json', 'the full reading'],
        ],
      },
      templates: {
        usage: 'esep templates --out DIR [--lang kk|ru|en]',
        what: 'Writes the official forms (estimate, monitoring plan, social impact, the whole grant) as Excel workbooks in Kazakh and Russian.',
        options: [['--out DIR', 'the folder to write them to'], LANG_OPTION.en],
        examples: [['esep templates --out forms', '']],
      },
      import: {
        usage: 'esep import FILE.docx --out FILE.xlsx [--lang kk|ru] [--year YYYY] [--profile NAME|PATH]',
        what: 'Checks a Word document (.docx), then writes the whole-grant workbook filled from it: lines, quantities, unit costs, plans and facts as written, every total the template’s formula.',
        options: [
          ['--out FILE.xlsx', 'the new .xlsx workbook to write'],
          ['--lang kk|ru', 'the template’s language (default: the document’s)'],
          YEAR_OPTION.en,
          PROFILE_OPTION.en,
        ],
        examples: [['esep import application.docx --out grant.xlsx', '']],
      },
      help: {
        usage: 'esep help [COMMAND]',
        what: 'This help, or the help of one command.',
        options: [LANG_OPTION.en],
        examples: [['esep help check --lang en', '']],
      },
    },
  },
};

function table(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...rows.map(([a]) => a.length));
  return rows.map(([a, b]) => (b ? `  ${a.padEnd(width)}  ${b}` : `  ${a}`));
}

/** `esep help`: what Esep does, each command in a line, the common options. */
export function generalHelp(lang: Lang): string {
  const h = HELP[lang];
  return [
    h.intro,
    '',
    `${h.usage}: esep COMMAND [OPTIONS]`,
    '',
    `${h.commands}:`,
    ...table(COMMANDS.map((c) => [h.help[c].usage.split(' [')[0]!, h.help[c].what])),
    '',
    `${h.common}:`,
    ...table(h.commonOptions),
    '',
    h.exitCodes,
    h.more,
    '',
  ].join('\n');
}

/** `esep help COMMAND` / `esep COMMAND --help`: usage, what it does, each option, examples. */
export function commandHelp(command: Command, lang: Lang): string {
  const h = HELP[lang];
  const c = h.help[command];
  return [
    `${h.usage}: ${c.usage}`,
    '',
    c.what,
    '',
    `${h.options}:`,
    ...table(c.options),
    '',
    `${h.examples}:`,
    ...table(c.examples),
    '',
    h.exitCodes,
    '',
  ].join('\n');
}

/** The short usage printed after a usage error. */
export function usageLine(command: Command | null, lang: Lang): string {
  const h = HELP[lang];
  return command ? `${h.usage}: ${h.help[command].usage}` : `${h.usage}: esep COMMAND [OPTIONS]`;
}
