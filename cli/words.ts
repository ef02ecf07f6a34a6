import type { FormKind, Lang, Severity } from '../engine/model/issue';
import { FORM_NAMES, SEVERITY_NAMES } from '../engine/model/kind-names';
import type { ProfileProblem } from '../engine/profiles';
import { count } from '../engine/rules/format';

/** Every line the `esep` command prints, in Kazakh, Russian and English. */
export interface CliWords {
  severities: Record<Severity, string>;
  forms: Record<FormKind, string>;
  formsFound: string;
  noProblems: string;
  summary: (errors: number, warnings: number) => string;
  portfolioSummary: (grants: number, outliers: number, unreadable: number, out: string | undefined) => string;
  nothingReadable: (files: number) => string;
  cannotWrite: (file: string, why: string) => string;
  progress: (done: number, total: number) => string;
  written: (n: number) => string;
  usage: {
    unknownCommand: (c: string) => string;
    unknownOption: (o: string) => string;
    missingValue: (o: string) => string;
    filesNeeded: string;
    foldersNeeded: string;
    year: string;
    yearRange: string;
    lang: string;
    outNeeded: string;
    jsonAndCsv: string;
    templatesOut: string;
    indicatorText: string;
    indicatorOne: string;
    noProfile: (p: string, known: string) => string;
    badProfileJson: (p: string, why: string) => string;
    badProfile: (p: string, why: string) => string;
    /** What is wrong with one field of a profile file. */
    profileField: (problem: ProfileProblem) => string;
    profileNotFile: (p: string, known: string) => string;
    profileTooLarge: (p: string, size: number, limit: number) => string;
    outIsInput: (out: string) => string;
    outInFolder: (out: string) => string;
    threadsEnv: (value: string) => string;
    seeHelp: (command: string | null) => string;
  };
  internalError: string;
}

const kk: CliWords = {
  severities: SEVERITY_NAMES.kk,
  forms: FORM_NAMES.kk,
  formsFound: 'Табылған нысандар',
  noProblems: 'мәселе табылмады',
  summary: (e, w) => `${e} қате, ${w} ескерту`,
  portfolioSummary: (g, o, u, out) =>
    `${g} грант салыстырылды, ауытқулар: ${o}, оқылмаған файлдар: ${u}${out ? ` → ${out}` : ''}`,
  nothingReadable: (n) =>
    `${n} файлдың ішінде оқылатын грант кітабы жоқ; есеп жазылмады. Смета, жоспар немесе әсер кестесі бар .xlsx файлдарын беріңіз`,
  cannotWrite: (f, why) =>
    `${f} жазылмады (${why}): файл Excel-де ашық емес пе және қалта бар ма, тексеріңіз`,
  progress: (d, t) => `${d} / ${t} файл`,
  written: (n) => `Жазылған файлдар: ${n}`,
  usage: {
    unknownCommand: (c) => `«${c}» деген команда жоқ`,
    unknownOption: (o) => `белгісіз параметр ${o}`,
    missingValue: (o) => `${o} параметріне мән керек`,
    filesNeeded: 'кемінде бір .xlsx файлын көрсетіңіз',
    foldersNeeded: 'кемінде бір қалтаны немесе .xlsx файлын көрсетіңіз',
    year: '--year төрт таңбалы жылды алады, мысалы --year 2025',
    yearRange: '--year 2000 мен 2100 аралығындағы жылды алады',
    lang: '--lang мәні kk, ru немесе en',
    outNeeded: 'есеп қайда жазылатынын көрсетіңіз: --out ЕСЕП.xlsx, --json немесе --csv',
    jsonAndCsv:
      '--json мен --csv екеуі бірдей экранға шыға алмайды: --out ЕСЕП.xlsx қосыңыз (CSV сонда ЕСЕП.csv-ге жазылады)',
    templatesOut: 'templates командасына --out ҚАЛТА керек',
    indicatorText: 'indicator оқитын мәтінді алады, мысалы esep indicator "кемінде 30"',
    indicatorOne: 'indicator бір мәтін алады: оны тырнақшаға алыңыз',
    noProfile: (p, known) => `--profile ${p}: мұндай кірістірілген профиль (${known}) немесе файл жоқ`,
    badProfileJson: (p, why) => `--profile ${p}: JSON дұрыс емес (${why})`,
    badProfile: (p, why) =>
      `--profile ${p}: профиль дұрыс емес, kz-ngo-grants пішінімен салыстырыңыз (${why})`,
    profileField: (p) => {
      const types: Record<string, string> = {
        number: 'сан',
        string: 'мәтін',
        boolean: 'true/false',
        object: 'объект',
        array: 'тізім',
      };
      switch (p.kind) {
        case 'missing':
          return 'мәні жоқ';
        case 'type':
          return `${types[p.expected] ?? p.expected} күтіледі`;
        case 'small':
          return `кемінде ${p.limit} болуы керек`;
        case 'big':
          return `көп дегенде ${p.limit} болуы керек`;
        case 'format':
          return 'пішімі дұрыс емес';
        case 'value':
          return `мыналардың бірі болуы керек: ${p.allowed}`;
        default:
          return 'мәні дұрыс емес';
      }
    },
    profileNotFile: (p, known) =>
      `--profile ${p}: бұл кәдімгі файл емес (кірістірілген профильдер: ${known})`,
    profileTooLarge: (p, size, limit) =>
      `--profile ${p}: ${size} байт профиль үшін тым үлкен (шегі ${limit})`,
    outIsInput: (o) => `--out ${o} оқылатын кітаптардың бірі; басқа файлды таңдаңыз`,
    outInFolder: (o) => `--out ${o} оқылатын қалтаның ішінде; есепті басқа жерге жазыңыз`,
    threadsEnv: (v) => `ESEP_THREADS=${v}: 1-ден 64-ке дейінгі бүтін сан болуы керек`,
    seeHelp: (c) => `Анықтама: esep help${c ? ` ${c}` : ''}`,
  },
  internalError: 'ішкі қате (бұл Esep-тің қатесі, хабарласыңыз)',
};

const ru: CliWords = {
  severities: SEVERITY_NAMES.ru,
  forms: FORM_NAMES.ru,
  formsFound: 'Найденные формы',
  noProblems: 'проблем не найдено',
  summary: (e, w) =>
    `${count(e, 'ru', { one: 'ошибка', few: 'ошибки', many: 'ошибок' })}, ${count(w, 'ru', { one: 'замечание', few: 'замечания', many: 'замечаний' })}`,
  portfolioSummary: (g, o, u, out) =>
    `Сравнено ${count(g, 'ru', { one: 'грант', few: 'гранта', many: 'грантов' })}, выбросов: ${o}, не прочитано файлов: ${u}${out ? ` → ${out}` : ''}`,
  nothingReadable: (n) =>
    `Среди файлов (${n}) нет ни одной читаемой книги гранта; отчёт не записан. Укажите .xlsx со сметой, планом или таблицей эффекта`,
  cannotWrite: (f, why) =>
    `Не удалось записать ${f} (${why}): проверьте, что файл не открыт в Excel и папка существует`,
  progress: (d, t) => `${d} / ${t} файлов`,
  written: (n) => `Записано файлов: ${n}`,
  usage: {
    unknownCommand: (c) => `нет команды «${c}»`,
    unknownOption: (o) => `неизвестный параметр ${o}`,
    missingValue: (o) => `параметру ${o} нужно значение`,
    filesNeeded: 'укажите хотя бы один файл .xlsx',
    foldersNeeded: 'укажите хотя бы одну папку или файл .xlsx',
    year: '--year принимает год из четырёх цифр, например --year 2025',
    yearRange: '--year принимает год от 2000 до 2100',
    lang: '--lang принимает kk, ru или en',
    outNeeded: 'укажите, куда писать отчёт: --out ОТЧЁТ.xlsx, --json или --csv',
    jsonAndCsv:
      '--json и --csv не могут оба выводиться на экран: добавьте --out ОТЧЁТ.xlsx (CSV тогда пойдёт в ОТЧЁТ.csv)',
    templatesOut: 'команде templates нужен --out ПАПКА',
    indicatorText: 'indicator принимает текст для разбора, например esep indicator "не менее 30"',
    indicatorOne: 'indicator принимает один текст: возьмите его в кавычки',
    noProfile: (p, known) => `--profile ${p}: нет такого встроенного профиля (${known}) или файла`,
    badProfileJson: (p, why) => `--profile ${p}: неверный JSON (${why})`,
    badProfile: (p, why) => `--profile ${p}: профиль неверен, сверьте его с формой kz-ngo-grants (${why})`,
    profileField: (p) => {
      const types: Record<string, string> = {
        number: 'число',
        string: 'текст',
        boolean: 'true/false',
        object: 'объект',
        array: 'список',
      };
      switch (p.kind) {
        case 'missing':
          return 'значение отсутствует';
        case 'type':
          return `ожидается ${types[p.expected] ?? p.expected}`;
        case 'small':
          return `должно быть не меньше ${p.limit}`;
        case 'big':
          return `должно быть не больше ${p.limit}`;
        case 'format':
          return 'неверный формат';
        case 'value':
          return `должно быть одним из: ${p.allowed}`;
        default:
          return 'неверное значение';
      }
    },
    profileNotFile: (p, known) => `--profile ${p}: это не обычный файл (встроенные профили: ${known})`,
    profileTooLarge: (p, size, limit) =>
      `--profile ${p}: ${size} байт — слишком много для профиля (предел ${limit})`,
    outIsInput: (o) => `--out ${o} — одна из читаемых книг; выберите другой файл`,
    outInFolder: (o) => `--out ${o} лежит в читаемой папке; запишите отчёт в другое место`,
    threadsEnv: (v) => `ESEP_THREADS=${v}: нужно целое число от 1 до 64`,
    seeHelp: (c) => `Справка: esep help${c ? ` ${c}` : ''}`,
  },
  internalError: 'внутренняя ошибка (это ошибка Esep, сообщите о ней)',
};

const en: CliWords = {
  severities: SEVERITY_NAMES.en,
  forms: FORM_NAMES.en,
  formsFound: 'Forms found',
  noProblems: 'no problems found',
  summary: (e, w) =>
    `${count(e, 'en', { one: 'error', few: 'errors', many: 'errors' })}, ${count(w, 'en', { one: 'warning', few: 'warnings', many: 'warnings' })}`,
  portfolioSummary: (g, o, u, out) =>
    `${count(g, 'en', { one: 'grant', few: 'grants', many: 'grants' })} compared, ${o} outliers, ${u} unreadable${out ? ` → ${out}` : ''}`,
  nothingReadable: (n) =>
    `no readable grant workbook among ${n} file(s); no report written. Give .xlsx files with an estimate, a plan or an impact table`,
  cannotWrite: (f, why) =>
    `cannot write ${f} (${why}): check that the file is not open in Excel and the folder exists`,
  progress: (d, t) => `${d}/${t} files`,
  written: (n) => `Files written: ${n}`,
  usage: {
    unknownCommand: (c) => `unknown command "${c}"`,
    unknownOption: (o) => `unknown option ${o}`,
    missingValue: (o) => `option ${o} needs a value`,
    filesNeeded: 'name at least one .xlsx file',
    foldersNeeded: 'name at least one folder or .xlsx file',
    year: '--year takes a four-digit year, e.g. --year 2025',
    yearRange: '--year takes a year from 2000 to 2100',
    lang: '--lang takes kk, ru or en',
    outNeeded: 'say where the report goes: --out REPORT.xlsx, --json or --csv',
    jsonAndCsv:
      '--json and --csv cannot both use stdout: add --out REPORT.xlsx (the CSV then goes to REPORT.csv)',
    templatesOut: 'templates needs --out DIR',
    indicatorText: 'indicator takes the text to read, e.g. esep indicator "кемінде 30"',
    indicatorOne: 'indicator takes one text: put it in quotes',
    noProfile: (p, known) => `--profile ${p}: no such built-in profile (${known}) or file`,
    badProfileJson: (p, why) => `--profile ${p}: not valid JSON (${why})`,
    badProfile: (p, why) =>
      `--profile ${p}: the profile is not valid; compare it with kz-ngo-grants (${why})`,
    profileField: (p) => {
      switch (p.kind) {
        case 'missing':
          return 'is missing';
        case 'type':
          return `expected ${p.expected === 'array' ? 'a list' : `a ${p.expected}`}`;
        case 'small':
          return `must be at least ${p.limit}`;
        case 'big':
          return `must be at most ${p.limit}`;
        case 'format':
          return 'has the wrong format';
        case 'value':
          return `must be one of: ${p.allowed}`;
        default:
          return 'is not valid';
      }
    },
    profileNotFile: (p, known) => `--profile ${p}: not a regular file (built-in profiles: ${known})`,
    profileTooLarge: (p, size, limit) =>
      `--profile ${p}: ${size} bytes is too large for a rule profile (limit ${limit})`,
    outIsInput: (o) => `--out ${o} is one of the workbooks being read; choose another file`,
    outInFolder: (o) => `--out ${o} is inside a folder being read; write the report elsewhere`,
    threadsEnv: (v) => `ESEP_THREADS=${v}: expected a whole number from 1 to 64`,
    seeHelp: (c) => `Help: esep help${c ? ` ${c}` : ''}`,
  },
  internalError: 'internal error (a bug in Esep: please report it)',
};

export const CLI_WORDS: Record<Lang, CliWords> = { kk, ru, en };
