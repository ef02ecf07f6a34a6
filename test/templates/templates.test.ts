import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { checkWorkbook, readGrant } from '../../engine/check';
import { main } from '../../engine/cli/main';
import { STATUS_HEADER, parseRangeRef } from '../../engine/read/markers';
import type { WorkbookGrid } from '../../engine/grid/grid';
import { loadBuiltInProfile } from '../../engine/profiles';
import { readXlsx } from '../../engine/xlsx/read-xlsx';
import { withMistakes } from '../../templates/examples/mistakes';
import { emptyEstimate } from '../../templates/forms/estimate';
import { estimateWorkbook } from '../../templates/workbooks';
import { mustRunOrSkip, recalculate } from './helpers';

const profile = loadBuiltInProfile();
const EXAMPLES = 'templates/examples';
const CLEAN = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.xlsx') && f !== 'with-mistakes.xlsx')
  .map((f) => join(EXAMPLES, f));
const read = async (file: string) => readXlsx(readFileSync(file), file);
const errors = (wb: WorkbookGrid) =>
  checkWorkbook(wb, { profile, lang: 'en' }).issues.filter((i) => i.severity === 'error');

let templates: string[] = [];

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'esep-templates-'));
  let out = '';
  const code = await main(['templates', '--out', dir], {
    stdout: (s) => (out += s),
    stderr: () => undefined,
    isTTY: false,
    env: {},
  });
  expect(code).toBe(0);
  templates = out.trim().split('\n');
});

describe('esep templates', () => {
  it('writes every form in Kazakh and Russian, and a whole grant workbook', () => {
    const names = templates.map((f) => f.split('/').pop());
    for (const form of ['project', 'estimate', 'plan', 'impact', 'grant'])
      for (const lang of ['kk', 'ru']) expect(names).toContain(`${form}-${lang}.xlsx`);
  });

  it('gives no errors on any empty template, and reads its estimate by the marker', async () => {
    for (const file of templates) {
      const wb = await read(file);
      expect({ file, errors: errors(wb) }).toEqual({ file, errors: [] });
      for (const e of readGrant(wb).estimates) expect(e.readBy).toBe('marker');
    }
  });

  it('marks each form with ESEP_<FORM> and ESEP_FORM_<FORM>_V1', async () => {
    const wb = await read(templates.find((f) => f.endsWith('grant-kk.xlsx'))!);
    const names = wb.names.map((n) => n.name);
    for (const form of ['PROJECT', 'ESTIMATE', 'PLAN', 'IMPACT', 'STATS'])
      expect(names).toEqual(expect.arrayContaining([`ESEP_${form}`, `ESEP_FORM_${form}_V1`]));
  });
});

describe('examples', () => {
  it.each(CLEAN)('%s has no errors', async (file) => {
    expect(errors(await read(file))).toEqual([]);
  });

  it('with-mistakes.xlsx: each estimate rule fires exactly once, at its cell', async () => {
    const { mistakes } = await withMistakes();
    expect(mistakes).toHaveLength(10);
    const found = errors(await read(join(EXAMPLES, 'with-mistakes.xlsx'))).map((i) => ({
      rule: i.rule,
      cell: i.cell,
    }));
    expect(found.sort((a, b) => a.rule.localeCompare(b.rule))).toEqual(
      [...mistakes].sort((a, b) => a.rule.localeCompare(b.rule)),
    );
  });

  it('the committed examples are what `npm run examples` makes (same figures)', async () => {
    const { wb } = await withMistakes();
    const fresh = await readXlsx(Buffer.from(await wb.xlsx.writeBuffer()), 'fresh.xlsx');
    const committed = await read(join(EXAMPLES, 'with-mistakes.xlsx'));
    expect(fresh.sheets.map((s) => s.cells)).toEqual(committed.sheets.map((s) => s.cells));
  });
});

describe('reading by marker and by headers', () => {
  it('reads the same estimate when the markers are gone (a copied sheet)', async () => {
    for (const file of [join(EXAMPLES, 'estimate-kk.xlsx'), join(EXAMPLES, 'estimate-ru.xlsx')]) {
      const marked = await read(file);
      const byMarker = readGrant(marked).estimates[0]!;
      const byHeaders = readGrant({ ...marked, names: [] }).estimates[0]!;
      expect(byMarker.readBy).toBe('marker');
      expect(byHeaders.readBy).toBeUndefined();
      expect({ ...byHeaders, readBy: 'marker', period: byMarker.period }).toEqual(byMarker);
      expect(errors({ ...marked, names: [] })).toEqual([]);
    }
  });

  it('falls back to the headers when the marked header no longer fits the layout', async () => {
    const marked = await read(join(EXAMPLES, 'estimate-kk.xlsx'));
    const moved = {
      ...marked,
      names: marked.names.map((n) => ({ ...n, ref: n.ref.replace('$A$4', '$A$2') })),
    };
    const e = readGrant(moved).estimates[0]!;
    expect(e.readBy).toBeUndefined();
    expect(e.lines.length).toBeGreaterThan(20);
  });
});

describe('independent recalculation in LibreOffice', () => {
  it('every formula result equals the cached value the engine read', async () => {
    if (!mustRunOrSkip('LibreOffice recalculation')) return;
    const files = [...CLEAN.filter((f) => !f.endsWith('estimate-application-kk.xlsx')), ...templates];
    const recalculated = recalculate(files);
    let compared = 0;
    for (const file of files) {
      const ours = await read(file);
      const theirs = await read(recalculated.get(file)!);
      ours.sheets.forEach((sheet, s) =>
        sheet.cells.forEach((row, r) =>
          row.forEach((cell, c) => {
            if (!cell?.formula) return;
            const other = theirs.sheets[s]!.cells[r]?.[c]?.value ?? null;
            const mine = cell.value;
            const where = `${file} ${sheet.name}!r${r + 1}c${c + 1}`;
            if (typeof mine === 'number' && typeof other === 'number')
              expect([where, other]).toEqual([where, expect.closeTo(mine, 6)]);
            else expect([where, other === '' ? null : other]).toEqual([where, mine === '' ? null : mine]);
            compared++;
          }),
        ),
      );
    }
    expect(compared).toBeGreaterThan(500);
  }, 180_000);
});

describe('openpyxl opens every file', () => {
  it('finds the data validations and defined names', () => {
    const files = [...CLEAN, join(EXAMPLES, 'with-mistakes.xlsx'), ...templates];
    const script = `
import json, sys, openpyxl
out = {}
for f in sys.argv[1:]:
    wb = openpyxl.load_workbook(f)
    names = list(wb.defined_names.keys()) if hasattr(wb.defined_names, 'keys') else [n.name for n in wb.defined_names.definedName]
    dv = {ws.title: len(ws.data_validations.dataValidation) for ws in wb.worksheets}
    out[f] = {'names': names, 'validations': dv, 'protected': {ws.title: bool(ws.protection.sheet) for ws in wb.worksheets}}
print(json.dumps(out))
`;
    const result = JSON.parse(
      execFileSync('/usr/bin/python3', ['-c', script, ...files], { encoding: 'utf8' }),
    ) as Record<
      string,
      { names: string[]; validations: Record<string, number>; protected: Record<string, boolean> }
    >;
    for (const file of files.filter((f) => /estimate-(kk|ru)|grant-|with-mistakes/.test(f))) {
      const r = result[file]!;
      expect(r.names).toEqual(expect.arrayContaining(['ESEP_ESTIMATE', 'ESEP_FORM_ESTIMATE_V1']));
      expect(r.validations['Смета']).toBeGreaterThan(0);
      expect(r.protected['Смета']).toBe(true);
    }
  });
});

describe('round trip', () => {
  it('template → filled cell by cell → written → recalculated → read gives the same model', async () => {
    if (!mustRunOrSkip('round trip')) return;
    const data = emptyEstimate('kk');
    data.start = '2025-03-01';
    data.end = '2025-08-31';
    data.salaries = [
      { label: 'Жетекші', unit: 'ай', qty: 6, cost: 200_000, own: null, note: '' },
      { label: 'Маман', unit: 'ай', qty: 6, cost: 150_000, own: 50_000, note: 'жарты ставка' },
      { label: 'Есепші', unit: 'ай', qty: 6, cost: 180_000, own: null, note: '' },
    ];
    const charge = (cost: number) => ({ unit: 'ай', qty: 6, cost, own: null, note: '' });
    data.charges = {
      'social-contributions': charge(23_850),
      'social-tax': charge(27_454),
      medical: charge(15_900),
      pension: charge(13_250),
    };
    data.activities[0]!.title = 'Семинар';
    data.activities[0]!.items[0] = {
      label: 'Зал',
      unit: 'күн',
      qty: 0.5,
      cost: 140_000,
      own: null,
      note: '',
    };
    const expected = await estimateWorkbook('kk', data);
    const expectedGrid = await readXlsx(Buffer.from(await expected.wb.xlsx.writeBuffer()), 'x.xlsx');

    // The user's typing: every non-formula cell of the filled grid written into the empty template.
    const template = new ExcelJS.Workbook();
    await template.xlsx.readFile(templates.find((f) => f.endsWith('estimate-kk.xlsx'))!);
    const ws = template.getWorksheet('Смета')!;
    expectedGrid.sheets[0]!.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!cell || cell.formula) return;
        const target = ws.getCell(r + 1, c + 1);
        const v = expected.wb.getWorksheet('Смета')!.getCell(r + 1, c + 1).value;
        if (target.protection?.locked === false) target.value = v;
      }),
    );
    const dir = mkdtempSync(join(tmpdir(), 'esep-roundtrip-'));
    const filled = join(dir, 'filled.xlsx');
    await template.xlsx.writeFile(filled);
    const back = await read(recalculate([filled]).get(filled)!);
    const strip = (g: WorkbookGrid) => readGrant({ ...g, file: 'x' }).estimates[0]!;
    expect(strip(back)).toEqual(strip(expectedGrid));
    expect(errors(back)).toEqual([]);
  }, 120_000);
});

describe('the status column the add-in writes', () => {
  /** Per sheet: the status column, the rows it serves, and every marked table's columns. */
  async function statusLayout(file: string) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const tables = wb.definedNames.model.flatMap((n) =>
      /^ESEP_[A-Z]+$/.test(n.name) ? n.ranges.flatMap((r) => parseRangeRef(r) ?? []) : [],
    );
    const headers = wb.definedNames.model.flatMap((n) =>
      /^ESEP_FORM_/.test(n.name) ? n.ranges.flatMap((r) => parseRangeRef(r) ?? []) : [],
    );
    return wb.worksheets.map((ws) => {
      const found: { row: number; col: number }[] = [];
      ws.eachRow((row, r) =>
        row.eachCell((cell, c) => {
          if (cell.value === STATUS_HEADER) found.push({ row: r - 1, col: c - 1 });
        }),
      );
      const status = found[0] ?? null;
      const mine = tables.filter((t) => t.sheet === ws.name);
      const own = status && mine.find((t) => t.box.top <= status.row && t.box.bottom > status.row);
      const band = own && headers.find((h) => h.sheet === ws.name && h.box.top === own.box.top);
      return { ws, status, mine, own, band };
    });
  }

  it('never shares a column with a table, holds no input or formula, and is unlocked where it is written', async () => {
    const files = [...templates, ...CLEAN, join(EXAMPLES, 'with-mistakes.xlsx')];
    let checked = 0;
    for (const file of files)
      for (const { ws, status, mine, own, band } of await statusLayout(file)) {
        if (!status) continue;
        const where = `${file} ${ws.name}`;
        expect([where, own && band ? 'marked' : 'no marked table at the status header']).toEqual([
          where,
          'marked',
        ]);
        // No other table of the sheet reaches into the status column.
        for (const t of mine.filter((x) => x !== own))
          expect([where, t.box.left <= status.col && t.box.right >= status.col]).toEqual([where, false]);
        const first = band!.box.bottom + 1;
        const last = own!.box.bottom;
        // Fixed before the loop: exceljs adds rows as getCell reaches them.
        const end = Math.max(ws.rowCount, last);
        for (let r = status.row + 1; r <= end; r++) {
          const cell = ws.getCell(r + 1, status.col + 1);
          const at = `${where}!${cell.address}`;
          // exceljs shows a merged area's value in each of its cells: only the top-left one holds it.
          const value = cell.isMerged && cell.master.address !== cell.address ? null : cell.value;
          expect([at, value ?? null]).toEqual([at, null]);
          // Status cells are unlocked (the add-in writes them on the protected sheet); no other cell there is.
          const unlocked = cell.protection?.locked === false;
          expect([at, unlocked]).toEqual([at, r >= first && r <= last]);
          checked++;
        }
      }
    expect(checked).toBeGreaterThan(100);
  });
});
