/**
 * The form workbooks the Forms tab offers, made at build time (node) from the template
 * definitions and shipped as static files: a filled example to try the live check on, then the
 * empty official forms in Kazakh and Russian.
 */
import type ExcelJS from 'exceljs';
import { exampleEstimate } from '../../templates/examples/data';
import type { TemplateLang } from '../../templates/labels';
import { estimateWorkbook, grantWorkbook, impactWorkbook, planWorkbook } from '../../templates/workbooks';

export interface FormFile {
  id: string;
  /** File name under forms/ in the build. */
  file: string;
  title: { kk: string; ru: string; en: string };
  xlsx: Buffer;
}

type Title = FormFile['title'];

const LANGUAGE: Record<TemplateLang, Title> = {
  kk: { kk: 'қазақша', ru: 'на казахском', en: 'Kazakh' },
  ru: { kk: 'орысша', ru: 'на русском', en: 'Russian' },
};

const FORMS: { id: string; title: Title; make: (lang: TemplateLang) => Promise<{ wb: ExcelJS.Workbook }> }[] =
  [
    {
      id: 'estimate',
      title: { kk: 'Шығыстар сметасы', ru: 'Смета расходов', en: 'Budget estimate' },
      make: (lang) => estimateWorkbook(lang),
    },
    {
      id: 'plan',
      title: { kk: 'Мониторинг жоспары', ru: 'План мониторинга', en: 'Monitoring plan' },
      make: (lang) => planWorkbook(lang),
    },
    {
      id: 'impact',
      title: { kk: 'Әлеуметтік әсер', ru: 'Социальный эффект', en: 'Social impact' },
      make: (lang) => impactWorkbook(lang),
    },
    {
      id: 'grant',
      title: {
        kk: 'Бүкіл грант: жоба, смета, жоспар, әсер',
        ru: 'Весь грант: проект, смета, план, эффект',
        en: 'Whole grant: project, estimate, plan, impact',
      },
      make: (lang) => grantWorkbook(lang),
    },
  ];

async function bytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function buildFormFiles(): Promise<FormFile[]> {
  const files: FormFile[] = [
    {
      id: 'example-estimate-kk',
      file: 'example-estimate-kk.xlsx',
      title: {
        kk: 'Үлгі: толтырылған смета',
        ru: 'Пример: заполненная смета',
        en: 'Example: a filled budget estimate',
      },
      xlsx: await bytes((await estimateWorkbook('kk', exampleEstimate('kk'))).wb),
    },
  ];
  for (const form of FORMS) {
    for (const lang of ['kk', 'ru'] as const) {
      const l = LANGUAGE[lang];
      files.push({
        id: `${form.id}-${lang}`,
        file: `${form.id}-${lang}.xlsx`,
        title: {
          kk: `${form.title.kk} (${l.kk})`,
          ru: `${form.title.ru} (${l.ru})`,
          en: `${form.title.en} (${l.en})`,
        },
        xlsx: await bytes((await form.make(lang)).wb),
      });
    }
  }
  return files;
}
