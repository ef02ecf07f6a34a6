import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { checkWorkbook } from '../../engine/check';
import { loadBuiltInProfile } from '../../engine/profiles';
import { Unprefixer, mainPrefix, unprefixed } from '../../engine/xlsx/unprefix';
import { readXlsx } from '../../engine/xlsx/read-xlsx';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const examples = join(__dirname, '../../templates/examples');
const workbooks = readdirSync(examples).filter((f) => f.endsWith('.xlsx'));

/** A SpreadsheetML part as the OpenXML SDK writes it: every element of the main namespace as `x:name`. */
function prefixed(xml: string): string {
  return xml
    .replace(/<(\/?)([A-Za-z_][\w.-]*)(?=[\s>/])/g, (_, slash: string, name: string) => `<${slash}x:${name}`)
    .replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`);
}

/** The workbook with its workbook, sheet, shared-strings and styles parts prefixed. */
function withPrefixes(bytes: Uint8Array): Uint8Array {
  const parts = unzipSync(bytes);
  for (const [name, data] of Object.entries(parts)) {
    if (/^xl\/(workbook|sharedStrings|styles|worksheets\/[^/]+)\.xml$/.test(name)) {
      const text = strFromU8(data);
      expect(text).toContain(`xmlns="${MAIN}"`);
      parts[name] = strToU8(prefixed(text));
    }
  }
  return zipSync(parts);
}

describe('a workbook whose parts prefix SpreadsheetML element names (<x:c>, as the OpenXML SDK writes)', () => {
  it.each(workbooks)('%s is read cell for cell as without the prefix, and checked the same', (file) => {
    const bytes = readFileSync(join(examples, file));
    const plain = readXlsx(bytes, file);
    const withX = readXlsx(withPrefixes(bytes), file);
    expect(withX).toEqual(plain);
    expect(plain.sheets.some((s) => s.cells.length > 0)).toBe(true);
    const profile = loadBuiltInProfile();
    expect(checkWorkbook(withX, { profile })).toEqual(checkWorkbook(plain, { profile }));
  });
});

describe('taking the prefix off element names', () => {
  const sheet = prefixed(
    `<?xml version="1.0"?>\n<worksheet xmlns="${MAIN}" xmlns:r="rel"><sheetData><row r="1">` +
      '<c r="A1" t="inlineStr"><is><t>Барлығы</t></is></c><c r="B1"><v>12</v></c></row></sheetData></worksheet>',
  );
  const whole = unprefixed(sheet);

  it('reads a whole part', () => {
    expect(whole).toContain('<c r="A1" t="inlineStr"><is><t>Барлығы</t></is></c>');
    expect(whole).not.toContain('x:');
    expect(mainPrefix(sheet)).toBe('x');
  });

  it('gives the same text however the part is cut into pieces', () => {
    for (let cut = 0; cut <= sheet.length; cut++) {
      for (const second of [cut, Math.min(sheet.length, cut + 3)]) {
        const u = new Unprefixer();
        const out =
          u.push(sheet.slice(0, cut), false) +
          u.push(sheet.slice(cut, second), false) +
          u.push(sheet.slice(second), true);
        expect(out).toBe(whole);
      }
    }
  });

  it('leaves alone a prefix bound to another namespace, and parts without one', () => {
    const other = '<x:worksheet xmlns:x="urn:other"><x:c/></x:worksheet>';
    expect(unprefixed(other)).toBe(other);
    const plain = `<worksheet xmlns="${MAIN}"><mc:AlternateContent/><c r="A1"/></worksheet>`;
    expect(unprefixed(plain)).toBe(plain);
  });
});
