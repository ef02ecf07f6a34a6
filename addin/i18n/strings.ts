import type { FormKind, Lang } from '../../engine/model/issue';

/** Every text the add-in shows, in the three languages of its users. English is the reference. */
const en = {
  appTitle: 'Esep',
  tabs: 'Esep sections',
  tabForms: 'Forms',
  tabCheck: 'Check',
  tabPortfolio: 'Portfolio',
  tabSettings: 'Settings',
  checking: 'Checking…',
  checkNow: 'Check now',
  noForms: 'No form found in this workbook. Insert one from Forms, or open a filled estimate.',
  allGood: 'No problems found. The estimate is safe to submit.',
  issuesFound: (n: number) => `${n} problem${n === 1 ? '' : 's'} found`,
  checkFailed: 'The check failed:',
  checkedIn: (ms: number) => `Checked in ${ms < 1 ? '<1' : Math.round(ms)} ms`,
  error: 'Errors',
  warning: 'Warnings',
  info: 'Notes',
  formNames: {
    estimate: 'Budget estimate',
    plan: 'Monitoring plan',
    impact: 'Social impact',
    stats: 'Statistics',
    project: 'Project',
  } as Record<FormKind, string>,
  goToCell: (sheet: string, cell: string) => `Go to ${sheet}!${cell}`,
  expected: 'expected',
  actual: 'found',
  formsIntro:
    'Official forms as ready sheets. Totals are formulas, so the sheet works without the add-in too.',
  insert: 'Insert',
  inserting: 'Inserting…',
  inserted: (names: string) => `Inserted: ${names}`,
  loadingForms: 'Loading the list of forms…',
  excelTooOld:
    'This version of Excel cannot insert sheets from a file (it needs Excel API 1.13: Microsoft 365, Excel 2021 or Excel on the web). Checking still works.',
  excelTooOldForCheck:
    'This version of Excel is too old for Esep (it needs Excel API 1.7: Excel 2019, 2021, Microsoft 365 or Excel on the web). Open the file in the Esep preview instead.',
  portfolioIntro:
    'Choose grant workbooks (.xlsx) to check and compare. Files are read on this computer only.',
  chooseFiles: 'Choose workbooks',
  reading: (done: number, total: number) => `Reading ${done} of ${total}…`,
  file: 'File',
  forms: 'Forms',
  errors: 'Errors',
  warnings: 'Warnings',
  language: 'Language',
  year: 'Project year',
  yearAuto: 'From the sheet',
  profile: 'Rule profile',
  previewTitle: 'Esep preview',
  previewIntro: 'Open an .xlsx to check it without Excel. Nothing is uploaded.',
  openFile: 'Open .xlsx',
  loadingFile: 'Reading the workbook…',
  sheets: 'Sheets',
  editCell: 'Edit cell',
  cellValue: (cell: string) => `Value of ${cell}`,
  apply: 'Apply',
  noWorkbook: 'No workbook open.',
};

export type Strings = typeof en;

const ru: Strings = {
  appTitle: 'Esep',
  tabs: 'Разделы Esep',
  tabForms: 'Формы',
  tabCheck: 'Проверка',
  tabPortfolio: 'Портфель',
  tabSettings: 'Настройки',
  checking: 'Проверяем…',
  checkNow: 'Проверить',
  noForms:
    'В книге не найдено ни одной формы. Вставьте форму на вкладке «Формы» или откройте заполненную смету.',
  allGood: 'Ошибок не найдено. Смету можно подавать.',
  issuesFound: (n) => `Найдено замечаний: ${n}`,
  checkFailed: 'Проверка не удалась:',
  checkedIn: (ms) => `Проверено за ${ms < 1 ? '<1' : Math.round(ms)} мс`,
  error: 'Ошибки',
  warning: 'Предупреждения',
  info: 'Замечания',
  formNames: {
    estimate: 'Смета расходов',
    plan: 'План мониторинга',
    impact: 'Социальный эффект',
    stats: 'Статистика',
    project: 'Проект',
  },
  goToCell: (sheet, cell) => `Перейти к ${sheet}!${cell}`,
  expected: 'ожидалось',
  actual: 'указано',
  formsIntro:
    'Официальные формы готовыми листами. Итоги считаются формулами, поэтому лист работает и без надстройки.',
  insert: 'Вставить',
  inserting: 'Вставляем…',
  inserted: (names) => `Вставлено: ${names}`,
  loadingForms: 'Загружаем список форм…',
  excelTooOld:
    'Эта версия Excel не умеет вставлять листы из файла (нужен Excel API 1.13: Microsoft 365, Excel 2021 или Excel в браузере). Проверка работает.',
  excelTooOldForCheck:
    'Эта версия Excel слишком старая для Esep (нужен Excel API 1.7: Excel 2019, 2021, Microsoft 365 или Excel в браузере). Откройте файл в просмотрщике Esep.',
  portfolioIntro:
    'Выберите книги грантов (.xlsx), чтобы проверить и сравнить их. Файлы читаются только на этом компьютере.',
  chooseFiles: 'Выбрать книги',
  reading: (done, total) => `Читаем ${done} из ${total}…`,
  file: 'Файл',
  forms: 'Формы',
  errors: 'Ошибки',
  warnings: 'Предупр.',
  language: 'Язык',
  year: 'Год проекта',
  yearAuto: 'Из листа',
  profile: 'Профиль правил',
  previewTitle: 'Просмотр Esep',
  previewIntro: 'Откройте .xlsx, чтобы проверить его без Excel. Ничего не загружается в сеть.',
  openFile: 'Открыть .xlsx',
  loadingFile: 'Читаем книгу…',
  sheets: 'Листы',
  editCell: 'Изменить ячейку',
  cellValue: (cell) => `Значение ${cell}`,
  apply: 'Применить',
  noWorkbook: 'Книга не открыта.',
};

const kk: Strings = {
  appTitle: 'Esep',
  tabs: 'Esep бөлімдері',
  tabForms: 'Нысандар',
  tabCheck: 'Тексеру',
  tabPortfolio: 'Портфель',
  tabSettings: 'Баптаулар',
  checking: 'Тексеріп жатырмыз…',
  checkNow: 'Тексеру',
  noForms:
    'Бұл кітапта нысан табылмады. «Нысандар» бөлімінен нысан қосыңыз немесе толтырылған сметаны ашыңыз.',
  allGood: 'Қате табылмады. Сметаны тапсыруға болады.',
  issuesFound: (n) => `Табылған ескертулер: ${n}`,
  checkFailed: 'Тексеру сәтсіз аяқталды:',
  checkedIn: (ms) => `${ms < 1 ? '<1' : Math.round(ms)} мс ішінде тексерілді`,
  error: 'Қателер',
  warning: 'Ескертулер',
  info: 'Ескертпелер',
  formNames: {
    estimate: 'Шығыстар сметасы',
    plan: 'Мониторинг жоспары',
    impact: 'Әлеуметтік әсер',
    stats: 'Статистика',
    project: 'Жоба',
  },
  goToCell: (sheet, cell) => `${sheet}!${cell} ұяшығына өту`,
  expected: 'күтілген',
  actual: 'көрсетілген',
  formsIntro:
    'Ресми нысандар дайын парақ түрінде. Жиындар формуламен есептеледі, сондықтан парақ қондырмасыз да жұмыс істейді.',
  insert: 'Қосу',
  inserting: 'Қосып жатырмыз…',
  inserted: (names) => `Қосылды: ${names}`,
  loadingForms: 'Нысандар тізімін жүктеп жатырмыз…',
  excelTooOld:
    'Excel-дің бұл нұсқасы файлдан парақ қоса алмайды (Excel API 1.13 қажет: Microsoft 365, Excel 2021 немесе браузердегі Excel). Тексеру жұмыс істейді.',
  excelTooOldForCheck:
    'Excel-дің бұл нұсқасы Esep үшін тым ескі (Excel API 1.7 қажет: Excel 2019, 2021, Microsoft 365 немесе браузердегі Excel). Файлды Esep қарау бетінде ашыңыз.',
  portfolioIntro:
    'Тексеру және салыстыру үшін грант кітаптарын (.xlsx) таңдаңыз. Файлдар тек осы компьютерде оқылады.',
  chooseFiles: 'Кітаптарды таңдау',
  reading: (done, total) => `${total} файлдың ${done}-і оқылуда…`,
  file: 'Файл',
  forms: 'Нысандар',
  errors: 'Қателер',
  warnings: 'Ескерту',
  language: 'Тіл',
  year: 'Жоба жылы',
  yearAuto: 'Парақтан',
  profile: 'Ережелер профилі',
  previewTitle: 'Esep қарау беті',
  previewIntro: 'Excel-сіз тексеру үшін .xlsx файлын ашыңыз. Ештеңе желіге жіберілмейді.',
  openFile: '.xlsx ашу',
  loadingFile: 'Кітапты оқып жатырмыз…',
  sheets: 'Парақтар',
  editCell: 'Ұяшықты өзгерту',
  cellValue: (cell) => `${cell} мәні`,
  apply: 'Қолдану',
  noWorkbook: 'Кітап ашылмаған.',
};

export const STRINGS: Record<Lang, Strings> = { en, ru, kk };

/** Office's display language ("kk-KZ", "ru-RU", "en-US"…) → ours; anything else → English. */
export function langFromLocale(locale: string | undefined): Lang {
  const base = (locale ?? '').toLowerCase().split('-')[0];
  return base === 'kk' || base === 'ru' ? base : 'en';
}
