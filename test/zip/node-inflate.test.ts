import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { inflateRawOnce, reusedHandleInflate } from '../../engine/zip/node-zlib';
import { type OneShotInflate, useOneShotInflate } from '../../engine/zip/one-shot';
import { openZip } from '../../engine/zip/open-zip';
import { readXlsx } from '../../engine/xlsx/read-xlsx';
import { makeZip, type RawEntry } from '../fixtures/zip';
import { reasonOf } from '../fixtures/refusal';

const examples = join(__dirname, '../../templates/examples');
const workbooks = readdirSync(examples).filter((f) => f.endsWith('.xlsx'));
const text = 'Барлығы: 1 000 000 теңге; '.repeat(300);
const size = Buffer.byteLength(text);
const deflated = deflateRawSync(Buffer.from(text));
/** A stream whose first block has the reserved type 3: zlib rejects it at once. */
const corrupt = Buffer.concat([Buffer.from([0x07]), deflated.subarray(1)]);

const zip = (entries: RawEntry[]) => openZip(makeZip(entries), 'f.xlsx');
const one = (entry: Partial<RawEntry>) => zip([{ name: 'a.xml', data: Buffer.from(text), ...entry }]);

/** The entry's bytes, or the message zlib refused them with. */
function outcome(inflate: OneShotInflate, data: Uint8Array, limit: number): { length: number } | string {
  try {
    return { length: inflate(data, limit).length };
  } catch (e) {
    return (e as Error).message;
  }
}

describe('a reused zlib handle where this Node has the internals', () => {
  it('finds the internals it relies on (without them the CLI quietly keeps the slower path)', () => {
    expect(reusedHandleInflate()).toBeDefined();
  });

  it('stops, fails and ignores trailing bytes exactly where inflateRawSync does', () => {
    const reused = reusedHandleInflate()!;
    const short = deflateRawSync(Buffer.from('Жоба: 40 байттан асатын қысқа мәтін'));
    const inputs = [
      // Cut and damaged short of 64 bytes of output: zlib still writes past a small limit first.
      short.subarray(0, short.length - 3),
      Buffer.concat([short.subarray(0, short.length - 3), Buffer.from([0xff, 0xff, 0xff])]),
      deflated,
      deflated.subarray(0, deflated.length - 5),
      corrupt,
      Buffer.alloc(0),
      deflateRawSync(Buffer.alloc(0)),
      Buffer.concat([deflated, Buffer.from('trailing bytes')]),
      Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]),
    ];
    // Around the true size, and under the 64-byte buffer inflateRawSync never goes below.
    const limits = [size + 1, size, size - 1, 1, 10, 63, 64, 65];
    for (const data of inputs)
      for (const limit of limits)
        expect(outcome(reused, data, limit)).toEqual(outcome(inflateRawOnce, data, limit));
  });
});

describe.each([
  ['on one reused zlib handle', () => reusedHandleInflate()!],
  ['with zlib.inflateRawSync', () => inflateRawOnce],
])('small entries inflated %s', (_how, inflater) => {
  beforeAll(() => useOneShotInflate(inflater()));

  it('gives each part of the example workbooks as an independent unzip does', () => {
    for (const file of workbooks) {
      const bytes = readFileSync(join(examples, file));
      const opened = openZip(bytes, file);
      for (const [name, data] of Object.entries(unzipSync(bytes))) expect(opened.bytes(name)).toEqual(data);
      expect(readXlsx(bytes, file).sheets.length).toBeGreaterThan(0);
    }
  });

  it('gives an entry of exactly its declared size, an empty one, and one with trailing bytes', () => {
    expect(one({}).text('a.xml')).toBe(text);
    expect(one({ data: Buffer.alloc(0) }).text('a.xml')).toBe('');
    expect(
      one({ raw: Buffer.concat([deflated, Buffer.from([0, 1, 2])]), declaredSize: size }).text('a.xml'),
    ).toBe(text);
  });

  it('sees a declared size that lies either way, also on entries under 64 bytes', () => {
    expect(reasonOf(() => one({ declaredSize: size - 1 }).text('a.xml'))).toEqual({
      code: 'zip-bomb',
      params: { entry: 'a.xml', declared: size - 1 },
    });
    expect(reasonOf(() => one({ declaredSize: 5 }).text('a.xml'))).toEqual({
      code: 'zip-bomb',
      params: { entry: 'a.xml', declared: 5 },
    });
    expect(reasonOf(() => one({ declaredSize: size + 1 }).text('a.xml'))).toEqual({
      code: 'corrupt-zip',
      params: { detail: 'a.xml: truncated' },
    });
  });

  it('refuses a truncated or corrupt stream with what zlib said', () => {
    const truncated = reasonOf(() =>
      one({ raw: deflated.subarray(0, deflated.length - 5), declaredSize: size }).text('a.xml'),
    );
    expect(truncated).toEqual({ code: 'corrupt-zip', params: { detail: 'a.xml: unexpected end of file' } });
    const broken = reasonOf(() => one({ raw: corrupt, declaredSize: size }).text('a.xml'));
    expect(broken).toEqual({ code: 'corrupt-zip', params: { detail: 'a.xml: invalid block type' } });
  });

  it('reads good entries after corrupt ones', () => {
    const opened = zip([
      { name: 'bad.xml', data: Buffer.from(text), raw: corrupt },
      { name: 'cut.xml', data: Buffer.from(text), raw: deflated.subarray(0, 40) },
      { name: 'good.xml', data: Buffer.from(text) },
    ]);
    for (let round = 0; round < 3; round++) {
      expect(reasonOf(() => opened.text('bad.xml')).code).toBe('corrupt-zip');
      expect(opened.text('good.xml')).toBe(text);
      expect(reasonOf(() => opened.text('cut.xml')).code).toBe('corrupt-zip');
      expect(opened.text('good.xml')).toBe(text);
    }
  });

  it('keeps each of many entries read in turn apart from the others', () => {
    const parts = Array.from({ length: 300 }, (_, i) =>
      `<c r="A${i}"><v>${i * 7}</v></c>`.repeat(1 + (i % 40)),
    );
    const opened = zip(parts.map((p, i) => ({ name: `p${i}.xml`, data: Buffer.from(p) })));
    expect(parts.map((_, i) => opened.text(`p${i}.xml`))).toEqual(parts);
  });
});
