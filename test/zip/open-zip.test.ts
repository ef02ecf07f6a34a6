import { openZip } from '../../engine/zip/open-zip';
import { deflatedZeros, makeZip } from '../fixtures/zip';
import { refusal } from '../fixtures/refusal';

const MB = 1024 * 1024;

describe('the guarded zip layer', () => {
  it('lists entries and gives them as text or bytes, stored or deflated', () => {
    const zip = openZip(
      makeZip([
        { name: 'a.xml', data: Buffer.from('<a>сәлем</a>') },
        { name: 'b.bin', data: Buffer.from('stored'), deflate: false },
      ]),
      'f.zip',
    );
    expect(zip.names()).toEqual(['a.xml', 'b.bin']);
    expect(zip.text('a.xml')).toBe('<a>сәлем</a>');
    expect(Buffer.from(zip.bytes('b.bin')!).toString()).toBe('stored');
    expect(zip.text('missing.xml')).toBeNull();
  });

  it('streams a large entry as text without splitting a character, and gives a small one whole', () => {
    // Past ONE_SHOT.maxSize (8 MB) inflated: streamed.
    const text = 'Барлығы '.repeat(600_000);
    const small = '<a>сәлем</a>';
    const zip = openZip(
      makeZip([
        { name: 's.xml', data: Buffer.from(text) },
        { name: 'a.xml', data: Buffer.from(small) },
      ]),
      'f.zip',
    );
    const pieces: [string, boolean][] = [];
    expect(zip.streamText('s.xml', (t, last) => pieces.push([t, last]))).toBe(true);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.map(([t]) => t).join('')).toBe(text);
    expect(pieces.map(([, last]) => last)).toEqual(pieces.map((_, i) => i === pieces.length - 1));
    const whole: [string, boolean][] = [];
    expect(zip.streamText('a.xml', (t, last) => whole.push([t, last]))).toBe(true);
    expect(whole).toEqual([[small, true]]);
  });

  it('stops where the headers lied about the size, naming the file and the entry', () => {
    const liar = makeZip([
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(4 * MB), declaredSize: 1000 },
    ]);
    const started = Date.now();
    const failure = refusal(() => openZip(liar, 'liar.xlsx').text('xl/worksheets/sheet1.xml'));
    expect(Date.now() - started).toBeLessThan(5000);
    expect(failure.code).toBe('zip-bomb');
    expect(failure.params).toEqual({ entry: 'xl/worksheets/sheet1.xml', declared: 1000 });
    expect(failure.message).toMatch(/^liar\.xlsx: refused as a zip bomb: xl\/worksheets\/sheet1\.xml/);
  });

  it('caps each entry and the whole archive on the bytes actually inflated', () => {
    const entries = ['a', 'b', 'c'].map((name) => ({ ...deflatedZeros(12 * MB), name }));
    const zip = () =>
      openZip(makeZip(entries), 'z.xlsx', { maxEntryBytes: 8 * MB, maxTotalBytes: 1024 * MB });
    expect(refusal(() => zip().bytes('a'))).toMatchObject({
      code: 'zip-bomb',
      params: { entry: 'a', limit: 8 * MB },
    });
    const total = openZip(makeZip(entries), 'z.xlsx', { maxEntryBytes: 64 * MB, maxTotalBytes: 30 * MB });
    total.bytes('a');
    total.bytes('b');
    expect(refusal(() => total.bytes('c'))).toMatchObject({
      code: 'zip-bomb',
      params: { entry: 'c', limit: 30 * MB },
    });
  });

  it('never sees entries missing from the central directory', () => {
    const zip = openZip(
      makeZip([
        { ...deflatedZeros(1024 * MB), name: 'hidden', hidden: true },
        { name: 'shown.txt', data: Buffer.from('ok') },
      ]),
      'h.zip',
    );
    expect(zip.names()).toEqual(['shown.txt']);
    expect(zip.text('shown.txt')).toBe('ok');
  });

  it('names damage rather than crashing on it', () => {
    const good = makeZip([{ name: 'a.xml', data: Buffer.from('<a/>'.repeat(1000)) }]);
    expect(refusal(() => openZip(good.subarray(0, 40), 't.zip')).code).toBe('corrupt-zip');
    const flipped = Buffer.from(good);
    for (const at of [40, 41]) flipped.writeUInt8(flipped.readUInt8(at) ^ 0xff, at);
    expect(refusal(() => openZip(flipped, 'f.zip').text('a.xml')).code).toBe('corrupt-zip');
    expect(refusal(() => openZip(Buffer.from('plain text'), 'p.zip')).code).toBe('not-a-zip');
  });
});
