import type { FormKind, Lang } from '../../engine/model/issue';
import type { ComparedMetric, Dimension } from '../../engine/model/portfolio';

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
  errors: 'Errors',
  warnings: 'Warnings',
  costPerBeneficiary: 'Cost per direct beneficiary, tenge',
  currency: 'tenge',
  portfolioSummary: (grants: number, unreadable: number) =>
    `${grants} grant${grants === 1 ? '' : 's'} compared${unreadable ? `, ${unreadable} file${unreadable === 1 ? '' : 's'} unreadable` : ''}`,
  outliersFound: (n: number) =>
    `${n} outlier${n === 1 ? '' : 's'} within groups (all of them on the "Esep Outliers" sheet)`,
  metricNames: {
    costPerBeneficiary: 'cost per direct beneficiary',
    adminShare: 'administrative share',
    payrollShare: 'payroll share',
    mtidShare: 'material-technical and institutional share',
    directShare: 'direct costs share',
    planMetShare: 'share of plan measures met',
  } as Record<ComparedMetric, string>,
  dimensionNames: { priority: 'priority direction', region: 'region', year: 'year' } as Record<
    Dimension,
    string
  >,
  notStated: 'not stated',
  outlier: (who: string, metric: string, value: string, high: boolean, group: string) =>
    `${who}: ${metric} ${value} is ${high ? 'high' : 'low'} for ${group}`,
  moreOutliers: (n: number) => `…and ${n} more on the "Esep Outliers" sheet`,
  unreadableFiles: 'Files that could not be read',
  portfolioFailed: 'The comparison failed:',
  writeToWorkbook: 'Write to workbook',
  cancel: 'Cancel',
  writing: 'Writing…',
  written: (names: string) => `Added sheets: ${names}`,
  writeFailed: 'Writing the sheets failed:',
  noChartsHere: 'The preview adds the tables only; in Excel the sheets also get charts.',
  chartBudget: 'Budget structure by priority direction (median shares)',
  chartCost: 'Cost per direct beneficiary, tenge',
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
  workbookRegion: 'Workbook',
  paneRegion: 'Esep task pane',
  rowHeader: 'Row',
  gridHelp:
    'Arrow keys, Home, End, Page Up and Page Down move between cells; Enter edits the cell, Escape returns to the grid.',
  noWorkbook: 'No workbook open.',
  importWord: {
    title: 'Import from Word',
    intro:
      'Choose an application, an Annex 3 or a final report saved as .docx: Esep finds its forms, checks them as written and inserts them as filled template sheets, every total a formula. The document stays on this computer.',
    choose: 'Import from Word…',
    reading: 'Reading the document…',
    found: (forms: string, lines: number, measures: number, indicators: number) =>
      `Found: ${forms}. ${lines} estimate lines, ${measures} plan measures, ${indicators} impact indicators.`,
    problems: (errors: number, warnings: number) =>
      `The document as written: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}. The inserted sheets compute every total by formula, so note these before inserting:`,
    noProblems: 'The document as written has no problem.',
    noForm: 'No budget estimate, monitoring plan or social-impact table was found in this document.',
    insert: 'Insert the filled sheets',
    totalOnly: (label: string, total: string) =>
      `"${label}" states only its total: inserted as 1 × ${total}.`,
    unplaced: (label: string) => `"${label}" is not in a known section of the estimate: not inserted.`,
    extraForm: (sheet: string) => `${sheet}: a second table of the same form, not inserted.`,
    legacy: (format: string) =>
      `This is ${format}. Open it in Word, save it as .docx (File → Save As → Word Document) and import that file.`,
    formats: {
      doc: 'a Word 97–2003 document (.doc)',
      xls: 'an Excel 97–2003 workbook (.xls)',
      pdf: 'a PDF file',
      rtf: 'an RTF file',
      opendocument: 'an OpenDocument file (.odt)',
    } as Record<string, string>,
    unreadable: (reason: string) => `The document cannot be read: ${reason}`,
  },
  markStatus: 'Mark status column',
  marked: (n: number) => `Status column marked (${n} cell${n === 1 ? '' : 's'} changed).`,
  markSkipped: (n: number) =>
    `${n} row${n === 1 ? '' : 's'} left unmarked: the status cell is locked, merged or holds your own value.`,
  markFailed:
    'Excel did not let Esep write the status column; the problems listed here are complete. Excel said:',
  markAsYouType: 'Mark as I type',
  markAsYouTypeHint:
    'Writes the status column after every edit. On Excel 2019, 2021 and 2024 each write empties Undo (Ctrl+Z); on Microsoft 365 the writes fill the Undo list. When off, the list here still follows every edit and the column is written only by "Mark status column".',
  commandFailed: 'The ribbon command could not check the workbook:',
  insertNotOnThisPlatform:
    'Excel on this device cannot insert sheets from a file (iPad and phones). Insert the forms in Excel on Windows, Mac or the web. Checking works here.',
  bootOutsideOffice:
    'This is the Esep task pane; it works inside Excel. To check a workbook without Excel, open the preview.',
  bootNoOfficeJs:
    'Office (office.js) could not be loaded, so Esep cannot reach Excel. Check the internet connection, then close and reopen the pane. Without Excel, use the preview.',
  bootFailed: 'Esep could not start in this workbook. Close the pane and open it again. Excel said:',
  openPreview: 'Open the preview',
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
  issuesFound: (n) => `Найдено проблем: ${n}`,
  checkFailed: 'Проверка не удалась:',
  checkedIn: (ms) => `Проверено за ${ms < 1 ? '<1' : Math.round(ms)} мс`,
  error: 'Ошибки',
  warning: 'Замечания',
  info: 'Примечания',
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
  errors: 'Ошибки',
  warnings: 'Замечания',
  costPerBeneficiary: 'Стоимость на прямого бенефициара, тенге',
  currency: 'тенге',
  portfolioSummary: (grants, unreadable) =>
    `Сравнено грантов: ${grants}${unreadable ? `; не прочитано файлов: ${unreadable}` : ''}`,
  outliersFound: (n) => `Выбросов в группах: ${n} (все — на листе «Esep Выбросы»)`,
  metricNames: {
    costPerBeneficiary: 'стоимость на прямого бенефициара',
    adminShare: 'доля административных расходов',
    payrollShare: 'доля оплаты труда',
    mtidShare: 'доля МТО и институционального развития',
    directShare: 'доля прямых расходов',
    planMetShare: 'доля выполненных показателей',
  },
  dimensionNames: { priority: 'приоритетное направление', region: 'регион', year: 'год' },
  notStated: 'не указано',
  outlier: (who, metric, value, high, group) =>
    `${who}: ${metric} ${value} — ${high ? 'выше' : 'ниже'} обычного (${group})`,
  moreOutliers: (n) => `…и ещё ${n} на листе «Esep Выбросы»`,
  unreadableFiles: 'Файлы, которые не удалось прочитать',
  portfolioFailed: 'Сравнение не удалось:',
  writeToWorkbook: 'Записать в книгу',
  cancel: 'Отменить',
  writing: 'Записываем…',
  written: (names) => `Добавлены листы: ${names}`,
  writeFailed: 'Не удалось записать листы:',
  noChartsHere: 'В просмотрщике добавляются только таблицы; в Excel на листах будут и диаграммы.',
  chartBudget: 'Структура бюджета по приоритетным направлениям (медианы долей)',
  chartCost: 'Стоимость на прямого бенефициара, тенге',
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
  workbookRegion: 'Книга',
  paneRegion: 'Панель Esep',
  rowHeader: 'Строка',
  gridHelp:
    'Стрелки, Home, End, Page Up и Page Down переходят между ячейками; Enter изменяет ячейку, Escape возвращает в таблицу.',
  noWorkbook: 'Книга не открыта.',
  importWord: {
    title: 'Импорт из Word',
    intro:
      'Выберите заявку, приложение 3 или итоговый отчёт в формате .docx: Esep найдёт формы, проверит их как написано и вставит заполненными листами шаблона, все итоги — формулами. Документ остаётся на этом компьютере.',
    choose: 'Импорт из Word…',
    reading: 'Читаем документ…',
    found: (forms, lines, measures, indicators) =>
      `Найдено: ${forms}. Строк сметы: ${lines}, показателей плана: ${measures}, индикаторов эффекта: ${indicators}.`,
    problems: (errors, warnings) =>
      `В документе как написано: ошибок ${errors}, предупреждений ${warnings}. Во вставленных листах итоги считаются формулами, поэтому учтите их до вставки:`,
    noProblems: 'В документе как написано проблем нет.',
    noForm: 'В документе не найдены смета, план мониторинга или таблица социального эффекта.',
    insert: 'Вставить заполненные листы',
    totalOnly: (label, total) => `«${label}»: указан только итог, вставлено как 1 × ${total}.`,
    unplaced: (label) => `«${label}» не относится к известному разделу сметы: не вставлено.`,
    extraForm: (sheet) => `${sheet}: вторая таблица той же формы, не вставлена.`,
    legacy: (format) =>
      `Это ${format}. Откройте его в Word, сохраните как .docx (Файл → Сохранить как → Документ Word) и импортируйте этот файл.`,
    formats: {
      doc: 'документ Word 97–2003 (.doc)',
      xls: 'книга Excel 97–2003 (.xls)',
      pdf: 'файл PDF',
      rtf: 'файл RTF',
      opendocument: 'файл OpenDocument (.odt)',
    },
    unreadable: (reason) => `Документ не читается: ${reason}`,
  },
  markStatus: 'Отметить столбец статуса',
  marked: (n) => `Столбец статуса отмечен (изменено ячеек: ${n}).`,
  markSkipped: (n) =>
    `Строк без отметки: ${n} — ячейка статуса защищена, объединена или содержит ваше значение.`,
  markFailed: 'Excel не дал Esep записать столбец статуса; список замечаний здесь полный. Ответ Excel:',
  markAsYouType: 'Отмечать при вводе',
  markAsYouTypeHint:
    'Записывает столбец статуса после каждой правки. В Excel 2019, 2021 и 2024 каждая запись очищает список отмены; в Microsoft 365 записи заполняют список отмены. Если выключено, список здесь всё равно обновляется при каждой правке, а столбец пишется только кнопкой «Отметить столбец статуса».',
  commandFailed: 'Команда ленты не смогла проверить книгу:',
  insertNotOnThisPlatform:
    'Excel на этом устройстве не умеет вставлять листы из файла (планшеты и телефоны). Вставьте формы в Excel на компьютере или в браузере. Проверка здесь работает.',
  bootOutsideOffice:
    'Это область задач Esep, она работает внутри Excel. Чтобы проверить книгу без Excel, откройте просмотрщик.',
  bootNoOfficeJs:
    'Не удалось загрузить библиотеку связи с Excel, поэтому Esep не может связаться с Excel. Проверьте подключение к интернету, затем закройте и снова откройте область. Без Excel используйте просмотрщик.',
  bootFailed: 'Esep не удалось запустить в этой книге. Закройте область и откройте её снова. Ответ Excel:',
  openPreview: 'Открыть просмотрщик',
};

const kk: Strings = {
  appTitle: 'Esep',
  tabs: 'Esep бөлімдері',
  tabForms: 'Нысандар',
  tabCheck: 'Тексеру',
  tabPortfolio: 'Портфель',
  tabSettings: 'Баптаулар',
  checking: 'Тексерілуде…',
  checkNow: 'Тексеру',
  noForms:
    'Бұл кітапта нысан табылмады. «Нысандар» бөлімінен нысан қосыңыз немесе толтырылған сметаны ашыңыз.',
  allGood: 'Қате табылмады. Сметаны тапсыруға болады.',
  issuesFound: (n) => `Мәселелер: ${n}`,
  checkFailed: 'Тексеру сәтсіз аяқталды:',
  checkedIn: (ms) => `${ms < 1 ? '<1' : Math.round(ms)} мс ішінде тексерілді`,
  error: 'Қателер',
  warning: 'Ескертулер',
  info: 'Ақпарат',
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
  inserting: 'Қосылуда…',
  inserted: (names) => `Қосылды: ${names}`,
  loadingForms: 'Нысандар тізімі жүктелуде…',
  excelTooOld:
    'Excel-дің бұл нұсқасы файлдан парақ қоса алмайды (Excel API 1.13 қажет: Microsoft 365, Excel 2021 немесе браузердегі Excel). Тексеру жұмыс істейді.',
  excelTooOldForCheck:
    'Excel-дің бұл нұсқасы Esep үшін тым ескі (Excel API 1.7 қажет: Excel 2019, 2021, Microsoft 365 немесе браузердегі Excel). Файлды Esep қарау бетінде ашыңыз.',
  portfolioIntro:
    'Тексеру және салыстыру үшін грант кітаптарын (.xlsx) таңдаңыз. Файлдар тек осы компьютерде оқылады.',
  chooseFiles: 'Кітаптарды таңдау',
  reading: (done, total) => `Оқылуда: ${done} / ${total}`,
  file: 'Файл',
  errors: 'Қателер',
  warnings: 'Ескертулер',
  costPerBeneficiary: 'Бір тікелей бенефициарға шығын, теңге',
  currency: 'теңге',
  portfolioSummary: (grants, unreadable) =>
    `Салыстырылған гранттар: ${grants}${unreadable ? `; оқылмаған файлдар: ${unreadable}` : ''}`,
  outliersFound: (n) => `Топтардағы ауытқулар: ${n} (барлығы «Esep Ауытқулар» парағында)`,
  metricNames: {
    costPerBeneficiary: 'бір тікелей бенефициарға шығын',
    adminShare: 'әкімшілік шығыстар үлесі',
    payrollShare: 'еңбекақы үлесі',
    mtidShare: 'материалдық-техникалық қамтамасыз ету және институционалдық даму үлесі',
    directShare: 'тікелей шығындар үлесі',
    planMetShare: 'орындалған көрсеткіштер үлесі',
  },
  dimensionNames: { priority: 'басым бағыт', region: 'өңір', year: 'жыл' },
  notStated: 'көрсетілмеген',
  outlier: (who, metric, value, high, group) =>
    `${who}: ${metric} ${value} — ${high ? 'әдеттегіден жоғары' : 'әдеттегіден төмен'} (${group})`,
  moreOutliers: (n) => `…тағы ${n} — «Esep Ауытқулар» парағында`,
  unreadableFiles: 'Оқылмаған файлдар',
  portfolioFailed: 'Салыстыру сәтсіз аяқталды:',
  writeToWorkbook: 'Кітапқа жазу',
  cancel: 'Болдырмау',
  writing: 'Жазылуда…',
  written: (names) => `Қосылған парақтар: ${names}`,
  writeFailed: 'Парақтарды жазу сәтсіз аяқталды:',
  noChartsHere: 'Қарау бетінде тек кестелер қосылады; Excel-де парақтарда диаграммалар да болады.',
  chartBudget: 'Басым бағыттар бойынша бюджет құрылымы (үлестердің медианасы)',
  chartCost: 'Бір тікелей бенефициарға шығын, теңге',
  language: 'Тіл',
  year: 'Жоба жылы',
  yearAuto: 'Парақтан',
  profile: 'Ережелер профилі',
  previewTitle: 'Esep қарау беті',
  previewIntro: 'Excel-сіз тексеру үшін .xlsx файлын ашыңыз. Ештеңе желіге жіберілмейді.',
  openFile: '.xlsx ашу',
  loadingFile: 'Кітап оқылуда…',
  sheets: 'Парақтар',
  editCell: 'Ұяшықты өзгерту',
  cellValue: (cell) => `${cell} мәні`,
  apply: 'Қолдану',
  workbookRegion: 'Кітап',
  paneRegion: 'Esep панелі',
  rowHeader: 'Жол',
  gridHelp:
    'Көрсеткі пернелер, Home, End, Page Up және Page Down ұяшықтар арасында жылжытады; Enter ұяшықты өзгертеді, Escape кестеге қайтарады.',
  noWorkbook: 'Кітап ашылмаған.',
  importWord: {
    title: 'Word-тан импорттау',
    intro:
      'Өтінімді, 3-қосымшаны немесе қорытынды есепті .docx түрінде таңдаңыз: Esep нысандарды тауып, жазылғандай тексереді де, үлгінің толтырылған парақтары ретінде қояды, барлық жиынтықтар — формулалар. Құжат осы компьютерде қалады.',
    choose: 'Word-тан импорттау…',
    reading: 'Құжатты оқып жатырмыз…',
    found: (forms, lines, measures, indicators) =>
      `Табылды: ${forms}. Смета жолдары: ${lines}, жоспар көрсеткіштері: ${measures}, әсер индикаторлары: ${indicators}.`,
    problems: (errors, warnings) =>
      `Құжатта жазылғандай: ${errors} қате, ${warnings} ескерту. Қойылған парақтарда жиынтықтар формуламен есептеледі, сондықтан қоймас бұрын оларды ескеріңіз:`,
    noProblems: 'Құжатта жазылғандай ешбір мәселе жоқ.',
    noForm: 'Құжатта смета, мониторинг жоспары немесе әлеуметтік әсер кестесі табылмады.',
    insert: 'Толтырылған парақтарды қою',
    totalOnly: (label, total) => `«${label}»: тек жиынтығы көрсетілген, 1 × ${total} ретінде қойылды.`,
    unplaced: (label) => `«${label}» сметаның белгілі бөліміне жатпайды: қойылмады.`,
    extraForm: (sheet) => `${sheet}: сол нысанның екінші кестесі, қойылмады.`,
    legacy: (format) =>
      `Бұл — ${format}. Оны Word-та ашып, .docx ретінде сақтаңыз (Файл → Басқаша сақтау → Word құжаты) және сол файлды импорттаңыз.`,
    formats: {
      doc: 'Word 97–2003 құжаты (.doc)',
      xls: 'Excel 97–2003 кітабы (.xls)',
      pdf: 'PDF файлы',
      rtf: 'RTF файлы',
      opendocument: 'OpenDocument файлы (.odt)',
    },
    unreadable: (reason) => `Құжат оқылмайды: ${reason}`,
  },
  markStatus: 'Күй бағанын белгілеу',
  marked: (n) => `Күй бағаны белгіленді (өзгерген ұяшықтар: ${n}).`,
  markSkipped: (n) =>
    `Белгісіз қалған жолдар: ${n} — күй ұяшығы қорғалған, біріктірілген немесе сіздің мәніңіз бар.`,
  markFailed:
    'Excel Esep-ке күй бағанын жазуға рұқсат бермеді; мұндағы ескертулер тізімі толық. Excel жауабы:',
  markAsYouType: 'Теру кезінде белгілеу',
  markAsYouTypeHint:
    'Әр өзгерістен кейін күй бағанын жазады. Excel 2019, 2021 және 2024 нұсқаларында әр жазу болдырмау тізімін тазалайды; Microsoft 365-те жазулар болдырмау тізімін толтырады. Өшірулі болса, мұндағы тізім әр өзгерістен кейін бәрібір жаңарады, ал баған тек «Күй бағанын белгілеу» батырмасымен жазылады.',
  commandFailed: 'Таспадағы команда кітапты тексере алмады:',
  insertNotOnThisPlatform:
    'Бұл құрылғыдағы Excel файлдан парақ қоса алмайды (планшеттер мен телефондар). Нысандарды компьютердегі немесе браузердегі Excel-де қосыңыз. Тексеру мұнда жұмыс істейді.',
  bootOutsideOffice:
    'Бұл — Esep тапсырмалар аймағы, ол Excel ішінде жұмыс істейді. Кітапты Excel-сіз тексеру үшін қарау бетін ашыңыз.',
  bootNoOfficeJs:
    'Excel-мен байланыс кітапханасы жүктелмеді, сондықтан Esep Excel-мен байланыса алмайды. Интернет байланысын тексеріп, аймақты жауып, қайта ашыңыз. Excel-сіз қарау бетін пайдаланыңыз.',
  bootFailed: 'Esep бұл кітапта іске қосылмады. Аймақты жауып, қайта ашыңыз. Excel жауабы:',
  openPreview: 'Қарау бетін ашу',
};

export const STRINGS: Record<Lang, Strings> = { en, ru, kk };

/** Office's display language ("kk-KZ", "ru-RU", "en-US"…) → ours; anything else → English. */
export function langFromLocale(locale: string | undefined): Lang {
  const base = (locale ?? '').toLowerCase().split('-')[0];
  return base === 'kk' || base === 'ru' ? base : 'en';
}
