import type { Lang } from '../../engine/model/issue';
import { SEVERITY_NAMES } from '../../engine/model/kind-names';
import { RULES } from '../../engine/rules/registry';

/**
 * help.html, the page the manifest's SupportUrl and LearnMoreUrl open: what Esep checks, how to
 * sideload it, where the data stays, and every rule of the registry, in Kazakh, Russian and
 * English. Built at build time (scripts/help-html.ts); a static page with no script.
 */

interface HelpText {
  name: string;
  title: string;
  what: string;
  checks: string[];
  sideloadTitle: string;
  sideload: [string, string][];
  dataTitle: string;
  data: string;
  previewTitle: string;
  preview: string;
  rulesTitle: string;
  rulesIntro: string;
  rule: string;
  severity: string;
  fires: string;
  severities: Record<'error' | 'warning' | 'info', string>;
}

const TEXT: Record<Lang, HelpText> = {
  kk: {
    name: 'Қазақша',
    title: 'Esep — анықтама',
    what: 'Esep ҮЕҰ-ға берілетін мемлекеттік гранттың сандарын тексереді және әр қатенің ұяшығын көрсетеді:',
    checks: [
      'Шығыстар сметасы: саны × құны, жолдардың, топтардың, бөлімдердің және «Барлығы» жолының сомалары, жалақы салықтары, материалдық-техникалық қамтамасыз ету мен институционалдық дамудың 10\u00a0% шегі, грант мөлшері.',
      'Мониторинг жоспары (3-қосымшаның III блогы): жоспарланған мәндер және есептегі фактілер.',
      'Әлеуметтік әсер (IV блок) және қатысушылар статистикасы: фактілер, бенефициарлар, бөліністердің қосындылары.',
    ],
    sideloadTitle: 'Excel-ге қосу',
    sideload: [
      [
        'Windows',
        'manifest.xml файлын ортақ қалтаға салыңыз, оны Файл → Параметрлер → Сенім орталығы → Сенімді қондырмалар каталогтары тізіміне «Мәзірде көрсету» белгісімен қосыңыз, Excel-ді қайта ашыңыз, содан кейін Басты → Қондырмалар → Қосымша → Ортақ қалта → Esep.',
      ],
      [
        'Mac',
        'manifest.xml файлын ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ қалтасына көшіріңіз де, Excel-ді қайта ашыңыз.',
      ],
      [
        'Excel (браузерде)',
        'Кітапты ашыңыз: Басты → Қондырмалар → Қосымша қондырмалар → Менің қондырмаларым → Қондырманы жүктеу → manifest.xml.',
      ],
    ],
    dataTitle: 'Деректер қайда қалады',
    data: 'Грант сандары компьютерден шықпайды: тексеру сіздің Excel-де немесе браузерде жүреді, беттер тек өз сайтына және office.js-ке қосыла алады. Esep сіздің мәндеріңізді өзгертпейді — тек өзінің «Esep» бағанына жазады.',
    previewTitle: 'Excel-сіз',
    preview:
      'Қарау беті (preview.html) .xlsx файлын сол тапсырмалар тақтасының жанында ашады. Ештеңе жүктелмейді.',
    rulesTitle: 'Ережелер',
    rulesIntro: 'Esep тексеретін әр ереже, CLI-дің JSON нәтижесіндегі идентификаторымен:',
    rule: 'Ереже',
    severity: 'Деңгейі',
    fires: 'Қашан хабарлайды',
    severities: SEVERITY_NAMES.kk,
  },
  ru: {
    name: 'Русский',
    title: 'Esep — справка',
    what: 'Esep проверяет числа государственного гранта НПО и указывает ячейку каждой ошибки:',
    checks: [
      'Смета расходов: количество × стоимость, суммы строк, групп, разделов и «Итого», налоги с зарплаты, предел 10\u00a0% на МТО и институциональное развитие, размер гранта.',
      'План мониторинга (блок III приложения 3): плановые значения и факты отчёта.',
      'Социальный эффект (блок IV) и статистика участников: факты, бенефициары, суммы разбивок.',
    ],
    sideloadTitle: 'Подключение к Excel',
    sideload: [
      [
        'Windows',
        'Положите manifest.xml в общую папку, добавьте её в Файл → Параметры → Центр управления безопасностью → Доверенные каталоги надстроек с отметкой «Показывать в меню», перезапустите Excel, затем Главная → Надстройки → Дополнительно → Общая папка → Esep.',
      ],
      [
        'Mac',
        'Скопируйте manifest.xml в ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ и перезапустите Excel.',
      ],
      [
        'Excel в браузере',
        'Откройте книгу: Главная → Надстройки → Другие надстройки → Мои надстройки → Загрузить надстройку → manifest.xml.',
      ],
    ],
    dataTitle: 'Где остаются данные',
    data: 'Цифры гранта не покидают компьютер: проверка идёт в вашем Excel или браузере, страницы могут обращаться только к своему сайту и к office.js. Esep не меняет ваши значения — он пишет только в свой столбец «Esep».',
    previewTitle: 'Без Excel',
    preview:
      'Страница просмотра (preview.html) открывает .xlsx рядом с той же панелью. Ничего не загружается в сеть.',
    rulesTitle: 'Правила',
    rulesIntro: 'Каждое правило Esep с его идентификатором в JSON-выводе CLI:',
    rule: 'Правило',
    severity: 'Уровень',
    fires: 'Когда срабатывает',
    severities: SEVERITY_NAMES.ru,
  },
  en: {
    name: 'English',
    title: 'Esep — help',
    what: "Esep checks the numbers of a state grant to an NGO and points at each mistake's cell:",
    checks: [
      'The budget estimate: quantity × unit cost, the totals of lines, groups, sections and the grand total, payroll charges, the 10\u00a0% cap on material-technical support and institutional development, the grant size.',
      'The monitoring plan (annex 3, block III): planned values and the facts of a report.',
      'Social impact (block IV) and participant statistics: facts, beneficiaries, breakdown sums.',
    ],
    sideloadTitle: 'Adding Esep to Excel',
    sideload: [
      [
        'Windows',
        'Put manifest.xml in a shared folder, add that share under File → Options → Trust Center → Trust Center Settings → Trusted Add-in Catalogs with "Show in Menu", restart Excel, then Home → Add-ins → Advanced → Shared Folder → Esep.',
      ],
      [
        'Mac',
        'Copy manifest.xml into ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ and restart Excel.',
      ],
      [
        'Excel on the web',
        'Open a workbook, then Home → Add-ins → More Add-ins → My Add-ins → Upload My Add-in → manifest.xml.',
      ],
    ],
    dataTitle: 'Where the data stays',
    data: 'Grant figures never leave the computer: the check runs in your Excel or browser, and the pages may connect only to their own origin and to office.js. Esep never changes your values; it writes only to its own "Esep" status column.',
    previewTitle: 'Without Excel',
    preview: 'The preview (preview.html) opens an .xlsx beside the same task pane. Nothing is uploaded.',
    rulesTitle: 'Rules',
    rulesIntro: "Every rule Esep checks, with its id in the CLI's JSON output:",
    rule: 'Rule',
    severity: 'Severity',
    fires: 'Fires when',
    severities: SEVERITY_NAMES.en,
  },
};

const LANGS: Lang[] = ['kk', 'ru', 'en'];

const escape = (s: string) =>
  s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

function section(lang: Lang): string {
  const t = TEXT[lang];
  const rows = RULES.map(
    (r) =>
      `<tr><td><code>${escape(r.id)}</code></td><td>${escape(t.severities[r.severity])}</td><td>${escape(r.summary[lang])}</td></tr>`,
  ).join('\n');
  return `<section id="${lang}" lang="${lang}" aria-labelledby="${lang}-title">
<h2 id="${lang}-title">${escape(t.title)}</h2>
<p>${escape(t.what)}</p>
<ul>${t.checks.map((c) => `<li>${escape(c)}</li>`).join('')}</ul>
<h3>${escape(t.sideloadTitle)}</h3>
<dl>${t.sideload.map(([k, v]) => `<dt>${escape(k)}</dt><dd>${escape(v)}</dd>`).join('')}</dl>
<h3>${escape(t.dataTitle)}</h3>
<p>${escape(t.data)}</p>
<h3>${escape(t.previewTitle)}</h3>
<p>${escape(t.preview)} <a href="preview.html">preview.html</a></p>
<h3>${escape(t.rulesTitle)}</h3>
<p>${escape(t.rulesIntro)}</p>
<table>
<caption>${escape(t.rulesTitle)}</caption>
<thead><tr><th scope="col">${escape(t.rule)}</th><th scope="col">${escape(t.severity)}</th><th scope="col">${escape(t.fires)}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</section>`;
}

/** The whole page; `csp` is the same content security policy as the other pages. */
export function helpPage(csp: string): string {
  const nav = LANGS.map((l) => `<li><a href="#${l}" lang="${l}">${escape(TEXT[l].name)}</a></li>`).join('');
  return `<!doctype html>
<html lang="kk">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta http-equiv="Content-Security-Policy" content="${escape(csp)}" />
<title>Esep — анықтама / справка / help</title>
<link rel="icon" href="favicon.ico" />
<style>
body { font: 16px/1.5 "Segoe UI", system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem; color: #1b1b1b; background: #fff; }
nav ul { list-style: none; display: flex; gap: 1.5rem; padding: 0; }
a { color: #0f5ea8; }
a:focus-visible { outline: 3px solid #0f5ea8; outline-offset: 2px; }
section { border-top: 1px solid #767676; margin-top: 2rem; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; font-weight: 600; }
th, td { border: 1px solid #767676; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
code { font-size: 0.9em; }
dt { font-weight: 600; }
</style>
</head>
<body>
<header>
<h1>Esep</h1>
<nav aria-label="Тіл / Язык / Language"><ul>${nav}</ul></nav>
</header>
<main>
${LANGS.map(section).join('\n')}
</main>
</body>
</html>
`;
}
