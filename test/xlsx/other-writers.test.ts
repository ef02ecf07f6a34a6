import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { decode } from '../../engine/xlsx/xml';
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

/** Every text of a part as a CDATA section (`<t><![CDATA[…]]></t>`), as some generators write them. */
function inCdata(xml: string): string {
  return xml.replace(
    /(<t\b[^>]*>)([^<]*)<\/t>/g,
    (_, open: string, text: string) => `${open}<![CDATA[${decode(text)}]]></t>`,
  );
}

/** The workbook with its workbook, sheet, shared-strings and styles parts rewritten by `edit`. */
function rewritten(bytes: Uint8Array, edit: (xml: string) => string): Uint8Array {
  const parts = unzipSync(bytes);
  let changed = 0;
  for (const [name, data] of Object.entries(parts)) {
    if (/^xl\/(workbook|sharedStrings|styles|worksheets\/[^/]+)\.xml$/.test(name)) {
      const text = strFromU8(data);
      expect(text).toContain(`xmlns="${MAIN}"`);
      const edited = edit(text);
      if (edited !== text) changed++;
      parts[name] = strToU8(edited);
    }
  }
  expect(changed).toBeGreaterThan(0);
  return zipSync(parts);
}

describe.each([
  ['prefix SpreadsheetML element names (<x:c>, as the OpenXML SDK writes)', prefixed],
  ['hold every text as CDATA', inCdata],
  ['do both', (xml: string) => prefixed(inCdata(xml))],
])('a workbook whose parts %s', (_how, edit) => {
  it.each(workbooks)('%s is read cell for cell as Excel wrote it, and checked the same', (file) => {
    const bytes = readFileSync(join(examples, file));
    const plain = readXlsx(bytes, file);
    const other = readXlsx(rewritten(bytes, edit), file);
    expect(other).toEqual(plain);
    expect(plain.sheets.some((s) => s.cells.length > 0)).toBe(true);
    const profile = loadBuiltInProfile();
    expect(checkWorkbook(other, { profile })).toEqual(checkWorkbook(plain, { profile }));
  });
});

it('reads text around and between CDATA sections, and an unclosed one as text', () => {
  const sheet = (t: string) =>
    `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${t}</t></is></c></row></sheetData></worksheet>`;
  const texts = [
    ['a &amp; <![CDATA[<b> & c]]> d<![CDATA[]]>e', 'a & <b> & c de'],
    ['<![CDATA[x]]', '<![CDATA[x]]'],
  ];
  for (const [xml, text] of texts) {
    const parts = {
      '[Content_Types].xml': strToU8('<Types/>'),
      '_rels/.rels': strToU8(
        '<Relationships><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
      'xl/workbook.xml': strToU8(
        `<workbook xmlns="${MAIN}" xmlns:r="r"><sheets><sheet name="S" sheetId="1" r:id="s1"/></sheets></workbook>`,
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        '<Relationships><Relationship Id="s1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
      'xl/worksheets/sheet1.xml': strToU8(sheet(xml!)),
    };
    expect(readXlsx(zipSync(parts), 'c.xlsx').sheets[0]!.cells[0]![0]!.value).toBe(text);
  }
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
