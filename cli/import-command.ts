import { resolve } from 'node:path';
import * as z from 'zod/mini';
import { grantWorkbook } from '../templates/workbooks';
import { documentLang, importGrant, type ImportNote } from '../templates/import/from-grant';
import { checkGrant, formsOf, readGrant } from '../engine/check';
import { readDocument } from '../engine/docx/read-document';
import type { WorkbookGrid } from '../engine/grid/grid';
import type { Lang } from '../engine/model/issue';
import { projectSheets } from '../engine/read/paragraphs';
import { readProject } from '../engine/read/project';
import { asUnreadable } from '../engine/unreadable/error';
import { unreadableText } from '../engine/unreadable/messages';
import { readInputFile } from '../engine/xlsx/read-file';
import { parseOptions, validated } from './args';
import { writeStreamed } from './write-streamed';
import type { Io } from './check-command';
import { resolveProfile } from './profile-arg';
import { renderCheckReport } from './render';

/** The usage problems of `esep import`, in the user's language. */
const USAGE = {
  kk: {
    one: 'import бір құжатты қабылдайды: esep import FILE.docx --out FILE.xlsx',
    out: 'import үшін --out FILE.xlsx керек',
    xlsx: '--out жазылатын жұмыс кітабын атайды, соңы .xlsx болуы керек',
    lang: '--lang kk немесе ru қабылдайды (үлгінің тілі)',
    year: '--year төрт таңбалы жылды қабылдайды, мысалы --year 2025',
    same: '--out жаңа файл болуы керек, импортталатын құжат емес',
  },
  ru: {
    one: 'import принимает один документ: esep import FILE.docx --out FILE.xlsx',
    out: 'для import нужен --out FILE.xlsx',
    xlsx: '--out называет записываемую книгу и оканчивается на .xlsx',
    lang: '--lang принимает kk или ru (язык шаблона)',
    year: '--year принимает год из четырёх цифр, например --year 2025',
    same: '--out должен быть новым файлом, а не импортируемым документом',
  },
  en: {
    one: 'import takes one document: esep import FILE.docx --out FILE.xlsx',
    out: 'import needs --out FILE.xlsx',
    xlsx: '--out names the workbook to write, ending in .xlsx',
    lang: '--lang takes kk or ru (the language of the template)',
    year: '--year takes a four-digit year, e.g. --year 2025',
    same: '--out must be a new file, not the document being imported',
  },
} satisfies Record<Lang, Record<string, string>>;

function importSchema(lang: Lang) {
  const u = USAGE[lang];
  return z
    .object({
      files: z.array(z.string()).check(z.length(1, u.one)),
      out: z.string({ message: u.out }).check(z.regex(/\.xlsx$/i, u.xlsx)),
      lang: z.optional(z.enum(['kk', 'ru'], { message: u.lang })),
      year: z.optional(z.pipe(z.string().check(z.regex(/^\d{4}$/, u.year)), z.transform(Number))),
      profile: z.optional(z.string()),
    })
    .check(z.refine((a) => resolve(a.files[0] ?? '') !== resolve(a.out), { message: u.same }));
}
export type ImportArgs = z.infer<ReturnType<typeof importSchema>>;

export function parseImportArgs(argv: string[], lang: Lang): ImportArgs {
  const { values, positionals } = parseOptions(
    argv,
    {
      out: { type: 'string', short: 'o' },
      lang: { type: 'string' },
      year: { type: 'string' },
      profile: { type: 'string' },
    },
    lang,
    'import',
  );
  return validated(importSchema(lang), { files: positionals, ...values }, 'import');
}

const WORDS = {
  kk: {
    noForm:
      'құжатта смета, мониторинг жоспары немесе әлеуметтік әсер кестесі табылмады; жұмыс кітабы жазылмады',
    written: (out: string, c: Counts) =>
      `${out} жазылды: смета ${c.estimateLines} жол, жоспар ${c.planMeasures} көрсеткіш, әсер ${c.impactRows} индикатор. Барлық жиынтықтар — үлгінің формулалары.`,
    note: (n: ImportNote) =>
      n.kind === 'total-only'
        ? `${n.sheet}!${n.cell} «${n.label}»: тек «Барлығы» көрсетілген, 1 × ${n.total} ретінде енгізілді`
        : n.kind === 'unplaced'
          ? `${n.sheet}!${n.cell} «${n.label}»: сметаның қай бөліміне жататыны белгісіз, енгізілмеді`
          : `${n.sheet}: тағы бір ${n.form} кестесі, енгізілмеді (бірінші кесте ғана)`,
  },
  ru: {
    noForm:
      'в документе не найдены смета, план мониторинга или таблица социального эффекта; книга не записана',
    written: (out: string, c: Counts) =>
      `Записано ${out}: смета ${c.estimateLines} строк, план ${c.planMeasures} показателей, эффект ${c.impactRows} индикаторов. Все итоги — формулы шаблона.`,
    note: (n: ImportNote) =>
      n.kind === 'total-only'
        ? `${n.sheet}!${n.cell} «${n.label}»: указан только итог, перенесено как 1 × ${n.total}`
        : n.kind === 'unplaced'
          ? `${n.sheet}!${n.cell} «${n.label}»: не ясно, к какому разделу сметы относится; не перенесено`
          : `${n.sheet}: ещё одна таблица ${n.form}, не перенесена (только первая)`,
  },
  en: {
    noForm: 'no budget estimate, monitoring plan or social-impact table in the document; no workbook written',
    written: (out: string, c: Counts) =>
      `Wrote ${out}: estimate ${c.estimateLines} lines, plan ${c.planMeasures} measures, impact ${c.impactRows} indicators. Every total is the template's formula.`,
    note: (n: ImportNote) =>
      n.kind === 'total-only'
        ? `${n.sheet}!${n.cell} "${n.label}": only its total is stated, imported as 1 × ${n.total}`
        : n.kind === 'unplaced'
          ? `${n.sheet}!${n.cell} "${n.label}": not in a known section of the estimate; not imported`
          : `${n.sheet}: another ${n.form} table, not imported (only the first one is)`,
  },
} satisfies Record<Lang, unknown>;
type Counts = ReturnType<typeof importGrant>['counts'];

/**
 * `esep import FILE.docx --out FILE.xlsx [--lang kk|ru]`: prints the check of the document first
 * (the template's formulas would hide a wrong total), then writes the grant workbook filled from
 * it. Exit 0 written, 1 written but the document has errors, 2 unreadable or nothing to import.
 */
export async function runImport(argv: string[], io: Io, lang: Lang): Promise<number> {
  const args = parseImportArgs(argv, lang);
  const file = args.files[0]!;
  const profile = resolveProfile(args.profile, lang);
  const w = WORDS[lang];
  let workbook: WorkbookGrid;
  try {
    workbook = readDocument(readInputFile(file), file);
  } catch (e) {
    io.stderr(`esep: ${file}: ${unreadableText(asUnreadable(file, e).reason, lang)}\n`);
    return 2;
  }
  const grant = readGrant(workbook);
  const forms = formsOf(grant);
  const issues = checkGrant(
    grant,
    { profile, year: args.year },
    workbook.sheets.map((s) => s.name),
  );
  io.stdout(renderCheckReport([{ file, forms, issues }], lang, { colour: io.isTTY, ruleIds: true }));
  if (forms.length === 0) {
    io.stderr(`esep: ${file}: ${w.noForm}\n`);
    return 2;
  }
  const formLang = args.lang ?? documentLang(workbook);
  const imported = importGrant(grant, readProject(projectSheets(workbook)), formLang);
  try {
    const bytes = new Uint8Array(await (await grantWorkbook(formLang, imported.data)).wb.xlsx.writeBuffer());
    // As the portfolio's report: a failure half-way never leaves half a workbook under --out.
    writeStreamed(args.out, (sink) => sink(bytes));
  } catch (e) {
    io.stderr(`esep: cannot write ${args.out} (${(e as Error).message})\n`);
    return 2;
  }
  for (const n of imported.notes) io.stdout(`  ${w.note(n)}\n`);
  io.stdout(`${w.written(args.out, imported.counts)}\n`);
  return issues.some((i) => i.severity === 'error') ? 1 : 0;
}
