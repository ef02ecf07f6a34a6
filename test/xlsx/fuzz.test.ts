import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { checkWorkbook } from '../../engine/check';
import { loadBuiltInProfile } from '../../engine/profiles';
import { UnreadableFileError } from '../../engine/unreadable/error';
import { readXlsx } from '../../engine/xlsx/read-xlsx';
import { makeZip, unzipEntries } from '../fixtures/zip';
import { inflateRawSync } from 'node:zlib';

/**
 * Mutated real workbooks, at the zip level (flipped bytes, truncation, lying headers) and at
 * the XML level (fragments inserted, removed, duplicated): the reader either reads them or
 * refuses them with a coded reason; it never throws anything else, and what it reads the rules
 * can check.
 */

const profile = loadBuiltInProfile();
const REAL = readFileSync('templates/examples/grant-kk.xlsx');
const ENTRIES = unzipEntries(REAL).map((e) => ({
  name: e.name,
  text: (e.raw ? inflateRawSync(e.raw) : e.data).toString('utf8'),
}));

function readOrRefuse(bytes: Buffer): void {
  let workbook;
  try {
    workbook = readXlsx(bytes, 'fuzz.xlsx');
  } catch (e) {
    if (!(e instanceof UnreadableFileError)) throw e;
    // A coded refusal; reader-failed would mean a bug in the reader.
    expect(e.reason.code).not.toBe('reader-failed');
    return;
  }
  checkWorkbook(workbook, { profile });
}

const FRAGMENTS = [
  '<c r="A1"><v>1</v></c>',
  '<c r="XFD1048576" t="s"><v>999999</v></c>',
  '<c r="ZZZZ1"><v>1</v></c>',
  '<c r="A0"><v>1</v></c>',
  '<c r="B2" t="inlineStr"><is><t>=1+1</t></is></c>',
  '<c r="C3" s="9999"><v>1e308</v></c>',
  '<c r="D4" t="e"><v>#REF!</v></c>',
  '<c r="E5"><f t="shared" si="77"/><v>2</v></c>',
  '<mergeCell ref="A1:XFD1048576"/>',
  '<mergeCell ref="B2:A1"/>',
  '<mergeCell ref="nonsense"/>',
  '<mergeCells count="1"><mergeCell ref="K1:Z1048576"/></mergeCells>',
  '<row r="1048576">',
  '</row>',
  '</sheetData>',
  '<si><t>&#xFFFFFF;&#0;&amp;</t></si>',
  '<sheet name="x" sheetId="9" r:id="rId999"/>',
  '<Relationship Id="rId1" Type="x/officeDocument" Target="../../../etc/passwd"/>',
  '<definedName name="n">\'a\'!$A$1:$B$2,,</definedName>',
  '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]>',
  '&b;',
  '<',
  '"',
  '',
];

const xmlEdit = fc.record({
  entry: fc.integer({ min: 0, max: ENTRIES.length - 1 }),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  cut: fc.integer({ min: 0, max: 200 }),
  insert: fc.constantFrom(...FRAGMENTS),
  times: fc.integer({ min: 1, max: 50 }),
});

describe('the reader on mutated real workbooks', () => {
  it('reads or refuses zips with flipped bytes, truncated or with lying headers', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(REAL.length - 1), fc.integer({ min: 1, max: 255 })), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.option(fc.nat(REAL.length - 1)),
        (flips, cut) => {
          const bytes = Buffer.from(REAL);
          for (const [at, x] of flips) bytes.writeUInt8(bytes.readUInt8(at) ^ x, at);
          readOrRefuse(cut === null ? bytes : bytes.subarray(0, cut));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads or refuses workbooks whose XML parts are mangled', () => {
    fc.assert(
      fc.property(fc.array(xmlEdit, { minLength: 1, maxLength: 4 }), (edits) => {
        const texts = ENTRIES.map((e) => e.text);
        for (const e of edits) {
          const text = texts[e.entry]!;
          const at = Math.floor(e.at * text.length);
          texts[e.entry] = text.slice(0, at) + e.insert.repeat(e.times) + text.slice(at + e.cut);
        }
        readOrRefuse(makeZip(ENTRIES.map((e, i) => ({ name: e.name, data: Buffer.from(texts[i]!) }))));
      }),
      { numRuns: 60 },
    );
  });
});
