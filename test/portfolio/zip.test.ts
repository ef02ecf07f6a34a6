import { readXlsx } from '../../engine/xlsx/read-xlsx';
import { checkZipSizes, readCentralDirectory } from '../../engine/xlsx/zip';
import { inflateEntry } from '../../engine/xlsx/zip-inflate';
import { makeZip } from '../fixtures/zip';

describe('the zip guard', () => {
  it('reads entries and inflates them to their declared size', () => {
    const zip = makeZip([
      { name: 'a.xml', data: Buffer.from('<a>hello</a>') },
      { name: 'b.bin', data: Buffer.from('stored'), deflate: false },
    ]);
    const entries = readCentralDirectory(zip);
    expect([...entries.keys()]).toEqual(['a.xml', 'b.bin']);
    expect(inflateEntry(zip, entries.get('a.xml')!).toString()).toBe('<a>hello</a>');
    expect(inflateEntry(zip, entries.get('b.bin')!).toString()).toBe('stored');
  });

  it('refuses from the declared sizes before inflating anything', () => {
    const huge = makeZip([{ name: 'x', data: Buffer.alloc(10), declaredSize: 300 * 1024 * 1024 }]);
    expect(() => checkZipSizes(readCentralDirectory(huge))).toThrow(/zip bomb/);
    // Many entries, each plausible, too large together.
    const many = makeZip(
      Array.from({ length: 5 }, (_, i) => ({
        name: `s${i}`,
        // 200 KB declared as 60 MB: a ratio of 300, believable for sheet XML.
        data: Buffer.alloc(200 * 1024),
        deflate: false,
        declaredSize: 60 * 1024 * 1024,
      })),
    );
    expect(() => checkZipSizes(readCentralDirectory(many))).toThrow(/in total/);
  });

  it('stops inflating at the declared size when the headers lie', () => {
    const liar = makeZip([{ name: 'x', data: Buffer.alloc(1024 * 1024), declaredSize: 10 }]);
    expect(() => inflateEntry(liar, readCentralDirectory(liar).get('x')!)).toThrow(/inflates beyond/);
  });

  it('protects the exceljs reader of `esep check` too', async () => {
    const bomb = makeZip([{ name: 'xl/workbook.xml', data: Buffer.alloc(100), declaredSize: 2 ** 31 }]);
    await expect(readXlsx(bomb, 'bomb.xlsx')).rejects.toThrow(/bomb\.xlsx: refused as a zip bomb/);
  });
});
