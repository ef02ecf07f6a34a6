import ExcelJS from 'exceljs';
import { checkWorkbook } from '../../engine/check';
import { loadBuiltInProfile } from '../../engine/profiles';
import { readXlsx } from '../../engine/xlsx/read-xlsx';
import { PlanWorkbook } from '../fixtures/plan-workbook';
import { IMPACT_HEADERS } from '../plan/report-builder';

/** Block II as pasted from Word: staff, then civil-contract specialists; synthetic initials only. */
const TEAM = {
  kk: {
    staffTitle: 'Ұйымның штаттық қызметкерлері',
    civilTitle: 'Азаматтық-құқықтық сипаттағы шарт бойынша тартылатын мамандар',
    header: ['Т.А.Ә.', 'Лауазымы', 'Байланыс ақпараты', 'Функционалдық міндеттері', 'Жұмыспен қамтылуы'],
    staff: ['Жоба жетекшісі', 'Жобаның бухгалтері', 'Жоба маманы'],
    civil: ['Жоба консультанты'],
    staffRow: 'Еңбек шарттары аясында тартылған қызметкерлер саны',
    specialistsRow: 'Тартылған мамандар саны',
    person: 'адам',
  },
  ru: {
    staffTitle: 'Штатные сотрудники организации',
    civilTitle: 'Специалисты, привлекаемые по договорам гражданско-правового характера',
    header: ['Ф.И.О.', 'Должность', 'Контактная информация', 'Функциональные обязанности', 'Занятость'],
    staff: ['Руководитель проекта', 'Бухгалтер проекта', 'Специалист проекта'],
    civil: ['Консультант проекта'],
    staffRow: 'Количество сотрудников, привлеченных в рамках трудовых договоров',
    specialistsRow: 'Количество привлеченных специалистов',
    person: 'человек',
  },
};

async function check(lang: 'kk' | 'ru', specialists: number) {
  const t = TEAM[lang];
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(lang === 'kk' ? 'II-блок' : 'Блок II');
  let r = 1;
  ws.getCell(r++, 1).value = lang === 'kk' ? 'Жоба командасы туралы ақпарат' : 'Информация о команде проекта';
  for (const [title, people] of [
    [t.staffTitle, t.staff],
    [t.civilTitle, t.civil],
  ] as const) {
    ws.getCell(r, 1).value = title;
    ws.mergeCells(r, 1, r, 5);
    r++;
    t.header.forEach((h, c) => (ws.getCell(r, c + 1).value = h));
    r++;
    people.forEach((position, i) => {
      ws.getCell(r, 1).value = `${String.fromCharCode(1040 + i)}. ${String.fromCharCode(1041 + i)}.`;
      ws.getCell(r, 2).value = position;
      ws.getCell(r, 4).value = '…';
      ws.getCell(r, 5).value = '100%';
      r++;
    });
    r++;
  }
  const book = new PlanWorkbook(wb).addSheet({
    name: lang === 'kk' ? 'IV-блок' : 'Блок IV',
    impact: {
      header: { ...IMPACT_HEADERS[lang], fact: undefined },
      rows: [
        { indicator: t.staffRow, unit: t.person, plan: 3 },
        { indicator: t.specialistsRow, unit: t.person, plan: specialists },
      ],
    },
  });
  const read = await readXlsx(await book.xlsx(), 'annex3.xlsx');
  return { issues: checkWorkbook(read, { profile: loadBuiltInProfile(), lang }).issues, book };
}

describe.each(['kk', 'ru'] as const)('team.specialists.mismatch (%s)', (lang) => {
  it('warns where block IV states specialists the team of block II does not have', async () => {
    const { issues, book } = await check(lang, 6);
    expect(issues.map((i) => [i.cell, i.rule, i.severity, i.expected, i.actual])).toEqual([
      [book.impact(TEAM[lang].specialistsRow).planCell, 'team.specialists.mismatch', 'warning', 1, 6],
    ]);
    // Counts only: no name of block II reaches the message.
    expect(issues[0]!.message).not.toMatch(/[А-Я]\. [А-Я]\./u);
  });

  it.each([1, 4])('accepts %i: the civil-contract specialists, or the whole team', async (n) => {
    expect((await check(lang, n)).issues).toEqual([]);
  });
});
