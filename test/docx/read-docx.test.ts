import { zipSync, strToU8 } from 'fflate';
import { readDocx } from '../../engine/docx/read-docx';
import { documentKind } from '../../engine/docx/file-kind';
import { UnreadableFileError } from '../../engine/unreadable/error';
import { docxBytes, documentXml, paragraphXml, tableXml } from '../fixtures/docx-builder';
import { deflatedRepeat, makeZip } from '../fixtures/zip';

const read = (...args: Parameters<typeof docxBytes>) => readDocx(docxBytes(...args), 'doc.docx');
const values = (cells: ({ value: unknown } | null)[][]) => cells.map((r) => r.map((c) => c?.value ?? null));

describe('a Word table becomes a grid on its own columns', () => {
  it('gridSpan and vMerge are merged ranges addressed by their top-left cell', () => {
    const doc = read([
      {
        table: [
          [
            { text: 'Міндет', vMerge: 'restart' },
            { text: 'Индикаторлар', span: 2 },
          ],
          [{ vMerge: 'continue' }, 'жоспар', 'факт'],
          [{ text: '1-міндет. Оқыту', span: 3 }],
        ],
      },
    ]);
    const [table] = doc.sheets;
    expect(table!.name).toBe('Table 1');
    expect(values(table!.cells)).toEqual([
      ['Міндет', 'Индикаторлар'],
      [null, 'жоспар', 'факт'],
      ['1-міндет. Оқыту'],
    ]);
    expect(table!.merges).toEqual([
      { top: 0, left: 0, bottom: 1, right: 0 },
      { top: 0, left: 1, bottom: 0, right: 2 },
      { top: 2, left: 0, bottom: 2, right: 2 },
    ]);
  });

  it('all runs and line breaks of a cell make its text; paragraphs outside tables are kept in order', () => {
    const cell = `<w:p><w:r><w:t>180</w:t></w:r><w:r><w:t xml:space="preserve"> 000</w:t></w:r></w:p>${paragraphXml('тг')}`;
    const doc = read([
      { paragraph: 'Грант алушы: «Үлгі» қоғамдық қоры' },
      { table: [[{ xml: cell }, 'a\nb']] },
      { paragraph: '   ' },
      { paragraph: 'Соңы' },
    ]);
    expect(values(doc.sheets[0]!.cells)).toEqual([['180 000\nтг', 'a\nb']]);
    expect(doc.paragraphs).toEqual(['Грант алушы: «Үлгі» қоғамдық қоры', 'Соңы']);
  });

  it('a table nested in a cell is "Table N.M" and not part of the cell text', () => {
    const nested = tableXml([['ішкі', '5']]);
    const doc = read([
      { table: [['сыртқы']] },
      { table: [[{ xml: `${paragraphXml('Кесте:')}${nested}${paragraphXml('')}` }, 'x']] },
    ]);
    expect(doc.sheets.map((s) => s.name)).toEqual(['Table 1', 'Table 2', 'Table 2.1']);
    expect(values(doc.sheets[1]!.cells)).toEqual([['Кесте:', 'x']]);
    expect(values(doc.sheets[2]!.cells)).toEqual([['ішкі', '5']]);
  });

  it('tracked changes read as accepted: deletions dropped, insertions kept, a deleted row gone', () => {
    const cell =
      '<w:p><w:del w:id="1" w:author="A"><w:r><w:delText>90 000</w:delText></w:r></w:del>' +
      '<w:ins w:id="2" w:author="A"><w:r><w:t>900 000</w:t></w:r></w:ins></w:p>';
    const deletedRow =
      '<w:tr><w:trPr><w:del w:id="3" w:author="A"/></w:trPr><w:tc>' +
      '<w:p><w:del w:id="4" w:author="A"><w:r><w:delText>жойылған</w:delText></w:r></w:del></w:p></w:tc></w:tr>';
    const xml = documentXml([
      {
        xml: tableXml([['Жоба директоры', { xml: cell }]]).replace(
          '</w:tbl>',
          `${deletedRow}<w:tr><w:tc>${paragraphXml('соңғы')}</w:tc></w:tr></w:tbl>`,
        ),
      },
    ]);
    const doc = read(xml);
    expect(values(doc.sheets[0]!.cells)).toEqual([['Жоба директоры', '900 000'], ['соңғы']]);
  });

  it('content controls are read through; their placeholder text, field codes and footnote marks are not text', () => {
    const sdt = (inner: string, placeholder = false) =>
      `<w:sdt><w:sdtPr><w:alias w:val="Сома"/>${placeholder ? '<w:showingPlcHdr/>' : ''}</w:sdtPr><w:sdtContent>${inner}</w:sdtContent></w:sdt>`;
    const run = (t: string) => `<w:r><w:t>${t}</w:t></w:r>`;
    const field =
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>' +
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
      run('3') +
      '<w:r><w:fldChar w:fldCharType="end"/></w:r>';
    const xml = documentXml([
      { xml: sdt(paragraphXml('Грант алушы: Қор')) },
      {
        xml: tableXml([
          [
            { xml: `<w:p>${sdt(run('1 000'))}<w:r><w:footnoteReference w:id="1"/></w:r></w:p>` },
            { xml: `<w:p>${sdt(run('Мәтін енгізу үшін осында басыңыз.'), true)}</w:p>` },
            { xml: `<w:p>${field}</w:p>` },
          ],
        ]),
      },
    ]);
    const doc = read(xml);
    expect(doc.paragraphs).toEqual(['Грант алушы: Қор']);
    expect(values(doc.sheets[0]!.cells)).toEqual([['1 000', null, '3']]);
  });

  it('a row starting later on the grid (w:gridBefore) keeps its cells under their columns', () => {
    const xml = documentXml([
      {
        xml: tableXml([['a', 'b', 'c']]).replace(
          '</w:tbl>',
          `<w:tr><w:trPr><w:gridBefore w:val="2"/></w:trPr><w:tc>${paragraphXml('x')}</w:tc></w:tr></w:tbl>`,
        ),
      },
    ]);
    expect(values(read(xml).sheets[0]!.cells)).toEqual([
      ['a', 'b', 'c'],
      [null, null, 'x'],
    ]);
  });
});

describe('what is not a readable .docx is refused with the reason, never a crash', () => {
  const refused = (bytes: Uint8Array, file: string) => {
    try {
      documentKind(bytes, file);
      readDocx(bytes, file);
    } catch (e) {
      expect(e).toBeInstanceOf(UnreadableFileError);
      return (e as Error).message;
    }
    throw new Error('not refused');
  };

  it.each([
    [
      'old.doc',
      Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      /Word 97–2003.*save it as \.docx/,
    ],
    ['scan.pdf', strToU8('%PDF-1.7\n...'), /PDF.*save it as \.docx/],
    ['letter.rtf', strToU8('{\\rtf1\\ansi ...}'), /RTF.*save it as \.docx/],
    [
      'form.odt',
      zipSync({
        mimetype: strToU8('application/vnd.oasis.opendocument.text'),
        'content.xml': strToU8('<x/>'),
      }),
      /OpenDocument.*save it as \.docx/,
    ],
    ['renamed.docx', strToU8('just text'), /not a \.docx document/],
  ])('%s', (file, bytes, message) => {
    expect(refused(bytes, file)).toMatch(message);
  });

  it('a document type definition (entity expansion) is refused', () => {
    const xml = documentXml([{ paragraph: 'a' }]).replace(
      '<w:document',
      '<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><w:document',
    );
    expect(refused(docxBytes(xml), 'bomb.docx')).toMatch(/DTD/);
  });

  it('malformed XML names the file', () => {
    expect(refused(docxBytes('<w:document><w:body>'), 'broken.docx')).toMatch(
      /^broken\.docx: .*not well-formed/,
    );
  });

  it('a part that inflates beyond its declared size is refused as a zip bomb', () => {
    const bytes = docxBytes([{ paragraph: 'x'.repeat(5000) }]);
    // Lower the declared size of word/document.xml in the central directory: the inflater must stop there.
    const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const name = strToU8('word/document.xml');
    for (let p = 0; p < bytes.length - 46; p++) {
      if (dv.getUint32(p, true) !== 0x02014b50) continue;
      const len = dv.getUint16(p + 28, true);
      if (len === name.length && bytes.subarray(p + 46, p + 46 + len).every((b, i) => b === name[i]))
        dv.setUint32(p + 24, 100, true);
    }
    expect(refused(bytes, 'lying.docx')).toMatch(/zip bomb/);
  });

  it('a document part inflating past the Word cap is refused with it, however honest its sizes', () => {
    // 40 MB of text paragraphs from a file of some 40 KB: parsed whole, it would take gigabytes.
    const body = deflatedRepeat(paragraphXml('x'.repeat(30_000)), 40 * 1024 * 1024);
    const rels =
      '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
    const bytes = makeZip([
      { name: '_rels/.rels', data: Buffer.from(rels) },
      { ...body, name: 'word/document.xml' },
    ]);
    expect(refused(bytes, 'long.docx')).toBe(
      'long.docx: refused as a zip bomb: word/document.xml inflates beyond the limit of 32 MB',
    );
  });

  it('a workbook named .docx and a document named .xlsx are told apart by their content', () => {
    expect(documentKind(docxBytes([{ paragraph: 'a' }]), 'grant.xlsx')).toBe('docx');
    expect(documentKind(zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }), 'grant.docx')).toBe('xlsx');
  });
});
