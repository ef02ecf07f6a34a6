import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { randomBytes } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import { pieceDeflateOnce, reusedHandleDeflate, useNodeZlib } from '../../engine/zip/node-zlib';
import { openDeflateHandle } from '../../engine/zip/zlib-handle';
import { writeLeanXlsx } from '../../engine/xlsx/lean-writer';
import { readXlsx } from '../../engine/xlsx/read-xlsx';
import { openZip } from '../../engine/zip/open-zip';
import { makeZip } from '../fixtures/zip';
import { reasonOf } from '../fixtures/refusal';

/** The CLI's reports are deflated by zlib piece by piece: the pieces must make one valid entry. */
describe('reports deflated by Node zlib', () => {
  const rows = Array.from({ length: 3000 }, (_, i) => [`Грантқа өтінім №${i}`, i * 1000.5, i % 7 === 0]);

  function report(): Buffer {
    const chunks: Uint8Array[] = [];
    writeLeanXlsx(
      [
        {
          name: 'Гранттар',
          columns: [
            { header: 'Файл', width: 30 },
            { header: 'Сома', width: 14, format: '#,##0' },
            { header: 'Белгі', width: 8 },
          ],
          rows,
        },
      ],
      (c) => chunks.push(c),
    );
    return Buffer.concat(chunks);
  }

  it("gives a workbook that Esep, exceljs and Python's zipfile read back whole", async () => {
    useNodeZlib();
    const bytes = report();
    // Many pieces: the sheet is several times the 64 K characters of one piece.
    const sheet = readXlsx(bytes, 'report.xlsx').sheets[0]!;
    expect(sheet.cells.filter(Boolean)).toHaveLength(3001);
    expect(sheet.cells[3000]![0]!.value).toBe('Грантқа өтінім №2999');
    expect(sheet.cells[2999]![1]!.value).toBe(2998 * 1000.5);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(bytes).buffer);
    expect(wb.getWorksheet('Гранттар')!.getCell('C3001').value).toBe(rows[2999]![2]);
    const dir = mkdtempSync(join(tmpdir(), 'esep-zlib-'));
    try {
      writeFileSync(join(dir, 'r.xlsx'), bytes);
      // unzip -t checks every entry's CRC and length against its stream.
      expect(execFileSync('unzip', ['-t', join(dir, 'r.xlsx')], { encoding: 'utf8' })).toContain(
        'No errors detected',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('entries deflated on one reused zlib handle', () => {
  const text = Buffer.from(
    '<row r="1"><c t="inlineStr"><is><t>Барлығы: 1 000 000 теңге</t></is></c></row>'.repeat(3000),
  );
  // Random bytes deflate to more than they are: more than the handle's 64 KB of output a write.
  const noise = randomBytes(200_000);
  const pieces = [text.subarray(0, 100_000), noise, text.subarray(100_000), Buffer.alloc(0)];

  /** The entry's stream from its pieces, the last one final. */
  const entry = (deflate: (piece: Uint8Array, final: boolean) => Uint8Array, parts: Uint8Array[]) =>
    Buffer.concat(parts.map((p, i) => deflate(p, i === parts.length - 1)));

  it('finds the internals it relies on (without them each piece is deflated on its own)', () => {
    expect(openDeflateHandle(3)).toBeDefined();
  });

  it('gives, entry after entry, streams that inflate to the pieces joined', () => {
    const open = reusedHandleDeflate();
    const whole = Buffer.concat(pieces);
    for (let n = 0; n < 3; n++) expect(inflateRawSync(entry(open(), pieces)).equals(whole)).toBe(true);
    expect(inflateRawSync(entry(open(), [Buffer.alloc(0)]))).toHaveLength(0);
  });

  it('gives each entry its own handle while another is still open', () => {
    const open = reusedHandleDeflate();
    const [a, b] = [open(), open()];
    const first = [a(text.subarray(0, 5000), false), b(noise.subarray(0, 5000), false)];
    const ends = [a(text.subarray(5000, 9000), true), b(noise.subarray(5000, 9000), true)];
    expect(inflateRawSync(Buffer.concat([first[0]!, ends[0]!])).equals(text.subarray(0, 9000))).toBe(true);
    expect(inflateRawSync(Buffer.concat([first[1]!, ends[1]!])).equals(noise.subarray(0, 9000))).toBe(true);
  });

  it('gives the same bytes inflated as pieces deflated one by one', () => {
    const reused = inflateRawSync(entry(reusedHandleDeflate()(), pieces));
    expect(reused.equals(inflateRawSync(entry(pieceDeflateOnce, pieces)))).toBe(true);
  });
});

describe('small entries inflated by Node zlib in one call', () => {
  it('gives what the entry holds, and sees a declared size that lies either way', () => {
    useNodeZlib();
    const text = 'Барлығы: 1 000 000 теңге; '.repeat(300);
    const size = Buffer.byteLength(text);
    const zip = (declaredSize: number) =>
      openZip(makeZip([{ name: 'a.xml', data: Buffer.from(text), declaredSize }]), 'f.xlsx');
    expect(zip(size).text('a.xml')).toBe(text);
    expect(reasonOf(() => zip(size - 1).text('a.xml'))).toEqual({
      code: 'zip-bomb',
      params: { entry: 'a.xml', declared: size - 1 },
    });
    expect(reasonOf(() => zip(size + 1).text('a.xml'))).toMatchObject({ code: 'corrupt-zip' });
  });
});
