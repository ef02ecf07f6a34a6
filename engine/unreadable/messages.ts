import type { Lang } from '../model/issue';
import type { UnreadableCode, UnreadableParams, UnreadableReason } from '../model/unreadable';
import { groupThousands } from '../rules/format';

/** Bytes as people read sizes: "12.5 MB". */
function mb(bytes: string | number | undefined): string {
  const n = Number(bytes ?? 0);
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB` : `${n} B`;
}

/** A count as the README states limits: "3 000 000". */
function grouped(n: string | number | undefined): string {
  const text = String(n ?? 0);
  const digits = /^\d*/.exec(text)![0];
  return groupThousands(digits, ' ') + text.slice(digits.length);
}

const KIND: Record<Lang, Record<string, string>> = {
  kk: {
    ods: 'OpenDocument кестесі (.ods)',
    docx: 'Word құжаты (.docx)',
    pptx: 'PowerPoint (.pptx)',
    zip: 'zip мұрағаты',
  },
  ru: {
    ods: 'таблица OpenDocument (.ods)',
    docx: 'документ Word (.docx)',
    pptx: 'презентация PowerPoint (.pptx)',
    zip: 'zip-архив',
  },
  en: {
    ods: 'an OpenDocument spreadsheet (.ods)',
    docx: 'a Word document (.docx)',
    pptx: 'a PowerPoint file (.pptx)',
    zip: 'a zip archive',
  },
};

/** What the system's refusal to open a file means, for the refusals people meet; the code stays beside it. */
const OPEN_FAILURES: Record<Lang, Record<string, string>> = {
  kk: {
    EACCES: 'оны оқуға рұқсат жоқ',
    EPERM: 'оны оқуға рұқсат жоқ',
    ELOOP: 'символдық сілтемелер бір-біріне тұйықталған',
    ENAMETOOLONG: 'жолы тым ұзын',
    EMFILE: 'бір уақытта тым көп файл ашық',
    ENFILE: 'бір уақытта тым көп файл ашық',
    EIO: 'дискіден оқу қатесі',
    EBUSY: 'файлды басқа бағдарлама бұғаттаған',
  },
  ru: {
    EACCES: 'нет прав на его чтение',
    EPERM: 'нет прав на его чтение',
    ELOOP: 'символические ссылки замкнуты друг на друга',
    ENAMETOOLONG: 'слишком длинный путь',
    EMFILE: 'открыто слишком много файлов сразу',
    ENFILE: 'открыто слишком много файлов сразу',
    EIO: 'ошибка чтения с диска',
    EBUSY: 'файл занят другой программой',
  },
  en: {
    EACCES: 'no permission to read it',
    EPERM: 'no permission to read it',
    ELOOP: 'its symbolic links point at each other in a loop',
    ENAMETOOLONG: 'the path is too long',
    EMFILE: 'too many files are open at once',
    ENFILE: 'too many files are open at once',
    EIO: 'the disk could not be read',
    EBUSY: 'another program holds the file',
  },
};

/** ": no permission to read it (EACCES)", or " (ECODE)" for a refusal without words here. */
function why(detail: string | number | undefined, lang: Lang): string {
  const code = String(detail ?? '');
  if (!code) return '';
  const words = Object.hasOwn(OPEN_FAILURES[lang], code) ? OPEN_FAILURES[lang][code] : undefined;
  return words ? `: ${words} (${code})` : ` (${code})`;
}

type Render = (p: UnreadableParams, lang: Lang) => string;

const SAVE_AS: Record<Lang, string> = {
  kk: 'оны .docx ретінде (Word: Файл → Басқаша сақтау → Word құжаты) немесе .xlsx ретінде сақтап, Esep-ті сол файлмен іске қосыңыз',
  ru: 'сохраните его как .docx (Word: Файл → Сохранить как → Документ Word) или как .xlsx и запустите Esep на этом файле',
  en: 'save it as .docx (Word: File → Save As → Word Document) or as .xlsx and run Esep on that file',
};

const FORMAT: Record<Lang, Record<string, string>> = {
  kk: {
    pdf: 'PDF файлы: Esep нысандарды Word немесе Excel файлдарынан оқиды; түпнұсқа құжатты ашып,',
    rtf: 'RTF файлы:',
    doc: 'Word 97–2003 құжаты (.doc):',
    opendocument: 'OpenDocument файлы (.odt/.ods):',
    'not-docx': '.docx құжаты емес:',
  },
  ru: {
    pdf: 'файл PDF: Esep читает формы из файлов Word или Excel; откройте исходный документ и',
    rtf: 'файл RTF:',
    doc: 'документ Word 97–2003 (.doc):',
    opendocument: 'файл OpenDocument (.odt/.ods):',
    'not-docx': 'это не документ .docx:',
  },
  en: {
    pdf: 'a PDF file: Esep reads the forms from Word or Excel files; open the original document and',
    rtf: 'an RTF file:',
    doc: 'a Word 97–2003 document (.doc):',
    opendocument: 'an OpenDocument file (.odt/.ods):',
    'not-docx': 'not a .docx document:',
  },
};
const format: Render = (p, lang) =>
  `${FORMAT[lang][String(p.format)] ?? FORMAT[lang]['not-docx']!} ${SAVE_AS[lang]}`;
const kind: Render = (p, lang) => KIND[lang][String(p.kind)] ?? KIND[lang].zip!;

/** One text per code and language; parameters are filled in, never parsed back out. */
const MESSAGES: Record<UnreadableCode, Record<Lang, Render>> = {
  'no-such-file': {
    kk: () => 'мұндай файл жоқ',
    ru: () => 'файл не найден',
    en: () => 'no such file',
  },
  // A folder given to `esep check` most often means "check these": say which command does.
  'not-a-file': {
    kk: (p) =>
      p.kind === 'folder'
        ? 'бұл файл емес, қалта: ондағы жұмыс кітаптарын тексеру үшін esep portfolio ҚАЛТА командасын қолданыңыз'
        : 'бұл файл емес (қалта немесе құрылғы)',
    ru: (p) =>
      p.kind === 'folder'
        ? 'это папка, а не файл: чтобы проверить книги в ней, используйте esep portfolio ПАПКА'
        : 'это не файл (папка или устройство)',
    en: (p) =>
      p.kind === 'folder'
        ? 'a folder, not a file: use esep portfolio FOLDER to check the workbooks in it'
        : 'not a file (a folder or a device)',
  },
  'cannot-open': {
    kk: (p) => `файлды ашу мүмкін емес${why(p.detail, 'kk')}`,
    ru: (p) => `файл не открывается${why(p.detail, 'ru')}`,
    en: (p) => `cannot be opened${why(p.detail, 'en')}`,
  },
  'too-large': {
    kk: (p) => `файл тым үлкен: ${mb(p.size)} (шегі ${mb(p.limit)})`,
    ru: (p) => `файл слишком большой: ${mb(p.size)} (предел ${mb(p.limit)})`,
    en: (p) => `the file is too large: ${mb(p.size)} (limit ${mb(p.limit)})`,
  },
  'not-a-zip': {
    kk: () => '.xlsx жұмыс кітабы емес (zip файлы емес); оны Excel-де .xlsx ретінде сақтаңыз',
    ru: () => 'это не книга .xlsx (не zip-файл); сохраните её в Excel как .xlsx',
    en: () => 'not an .xlsx workbook (it is not a zip file); save it from Excel as .xlsx',
  },
  'legacy-xls': {
    kk: () => 'бұл ескі .xls пішімі; оны Excel-де .xlsx ретінде сақтаңыз',
    ru: () => 'это старый формат .xls; сохраните книгу в Excel как .xlsx',
    en: () => 'an old .xls workbook; save it from Excel as .xlsx',
  },
  encrypted: {
    kk: () => 'жұмыс кітабы құпиясөзбен қорғалған; құпиясөзді алып тастап, қайта сақтаңыз',
    ru: () => 'книга защищена паролем; снимите пароль и сохраните её снова',
    en: () => 'the workbook is password-protected; remove the password and save it again',
  },
  'not-xlsx': {
    kk: (p, l) => `бұл .xlsx жұмыс кітабы емес, ${kind(p, l)}; оны Excel-де .xlsx ретінде сақтаңыз`,
    ru: (p, l) => `это не книга .xlsx, а ${kind(p, l)}; сохраните её в Excel как .xlsx`,
    en: (p, l) => `not an .xlsx workbook but ${kind(p, l)}; save it from Excel as .xlsx`,
  },
  'unsupported-format': { kk: format, ru: format, en: format },
  'corrupt-document': {
    kk: (p) => `құжатты .docx ретінде оқу мүмкін емес (${p.detail})`,
    ru: (p) => `документ не читается как .docx (${p.detail})`,
    en: (p) => `cannot be read as .docx (${p.detail})`,
  },
  'missing-part': {
    kk: (p) => `файл толық емес: ${p.part} бөлігі жоқ; оны Excel-де қайта сақтаңыз`,
    ru: (p) => `файл неполон: нет части ${p.part}; сохраните его в Excel заново`,
    en: (p) => `the file is incomplete: its part ${p.part} is missing; save it again from Excel`,
  },
  'corrupt-zip': {
    kk: (p) => `файл бүлінген (${p.detail})`,
    ru: (p) => `файл повреждён (${p.detail})`,
    en: (p) => `the file is damaged (${p.detail})`,
  },
  'unsupported-zip': {
    kk: (p) => `файл қолдау көрсетілмейтін түрде сығылған (${p.detail}); оны Excel-де қайта сақтаңыз`,
    ru: (p) => `файл сжат неподдерживаемым способом (${p.detail}); сохраните его в Excel заново`,
    en: (p) => `the file is compressed in an unsupported way (${p.detail}); save it again from Excel`,
  },
  'zip-bomb': {
    kk: (p) =>
      p.declared !== undefined
        ? `zip бомбасы ретінде қабылданбады: ${p.entry} жарияланған ${mb(p.declared)} көлемінен асып ашылады`
        : `zip бомбасы ретінде қабылданбады: ${p.entry} ашқанда ${mb(p.limit)} шегінен асады`,
    ru: (p) =>
      p.declared !== undefined
        ? `отклонён как zip-бомба: ${p.entry} распаковывается больше заявленных ${mb(p.declared)}`
        : `отклонён как zip-бомба: ${p.entry} при распаковке превышает предел ${mb(p.limit)}`,
    en: (p) =>
      p.declared !== undefined
        ? `refused as a zip bomb: ${p.entry} inflates beyond its declared ${mb(p.declared)}`
        : `refused as a zip bomb: ${p.entry} inflates beyond the limit of ${mb(p.limit)}`,
  },
  'too-many-cells': {
    kk: (p) =>
      `оқуға тым үлкен: «${p.sheet}» парағының соңына дейін ${grouped(p.count)} ұяшық (бір кітапқа шегі ${grouped(p.limit)})`,
    ru: (p) =>
      `слишком велика для чтения: ${grouped(p.count)} ячеек к концу листа «${p.sheet}» (предел ${grouped(p.limit)} на книгу)`,
    en: (p) =>
      `too large to read: ${grouped(p.count)} cells up to the end of sheet "${p.sheet}" (limit ${grouped(p.limit)} per workbook)`,
  },
  'too-much-text': {
    kk: (p) =>
      `мәтін тым көп: «${p.sheet}» кітаптағы мәтінді ${grouped(p.limit)} таңбадан асырады (бір кітапқа шегі)`,
    ru: (p) =>
      `слишком много текста: с «${p.sheet}» текст книги превышает ${grouped(p.limit)} символов (предел на книгу)`,
    en: (p) =>
      `too much text to read: "${p.sheet}" takes the workbook past ${grouped(p.limit)} characters (the limit per workbook)`,
  },
  'cell-too-large': {
    kk: (p) => `«${p.sheet}» ішіндегі бір ұяшықта тым көп мәтін бар (шегі ${p.limit} таңба)`,
    ru: (p) => `в «${p.sheet}» одна ячейка содержит слишком много текста (предел ${p.limit} символов)`,
    en: (p) => `one cell in "${p.sheet}" holds too much text (limit ${p.limit} characters)`,
  },
  'no-form': {
    kk: () => 'нысан табылмады (смета, мониторинг жоспары немесе әлеуметтік әсер кестесі жоқ)',
    ru: () => 'формы не найдены (нет сметы, плана мониторинга или таблицы социального эффекта)',
    en: () => 'no form recognised (no budget estimate, monitoring plan or social-impact table was found)',
  },
  'reader-failed': {
    kk: (p) => `ішкі қате, файл оқылмады (${p.detail}); толығырақ: --debug`,
    ru: (p) => `внутренняя ошибка, файл не прочитан (${p.detail}); подробнее: --debug`,
    en: (p) => `internal error, the file could not be read (${p.detail}); rerun with --debug for details`,
  },
};

/** The reason in a language, e.g. "the file is damaged (no central directory)". */
export function unreadableText(reason: UnreadableReason, lang: Lang): string {
  return MESSAGES[reason.code][lang](reason.params, lang);
}
