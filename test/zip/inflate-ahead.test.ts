import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'fflate';
import { readDocument } from '../../engine/docx/read-document';
import { MAX_PARTS, Ring, SLOT_BYTES, ringMemory } from '../../engine/portfolio/read-ahead-ring';
import { entryData, readCentralDirectory } from '../../engine/zip/central-directory';
import { inflateAhead } from '../../engine/zip/inflate-ahead';
import { inflatingAhead, useOneShotInflate } from '../../engine/zip/one-shot';

/** Counts the one-call inflates the zip layer makes itself (what useOneShotInflate had by default). */
let inflatedHere = 0;
useOneShotInflate((data, limit) => {
  inflatedHere++;
  return inflateSync(data, { out: new Uint8Array(limit) });
});

const example = (name: string) => new Uint8Array(readFileSync(join('templates', 'examples', name)));

/** A file as the reading-ahead thread hands it over: put in a slot of the ring, taken out again. */
function handedOver(bytes: Uint8Array) {
  const ring = new Ring(ringMemory());
  ring.put(3, 7, bytes, inflateAhead(bytes, SLOT_BYTES - bytes.length, MAX_PARTS));
  return ring.get(3);
}

describe('parts inflated by the reading-ahead thread', () => {
  it('give the workbook the reading thread would read, without inflating again', () => {
    const bytes = example('with-mistakes.xlsx');
    inflatedHere = 0;
    const plain = readDocument(bytes, 'with-mistakes.xlsx');
    const alone = inflatedHere;
    const slot = handedOver(bytes);
    expect(slot.index).toBe(7);
    expect(Buffer.from(slot.bytes!).equals(Buffer.from(bytes))).toBe(true);
    inflatedHere = 0;
    const read = inflatingAhead(slot.inflated!, () => readDocument(slot.bytes!, 'with-mistakes.xlsx'));
    expect(read).toEqual(plain);
    expect(alone).toBeGreaterThan(3);
    expect(inflatedHere).toBe(0);
  });

  it('serve only the archive they came from', () => {
    const bytes = example('with-mistakes.xlsx');
    const slot = handedOver(bytes);
    // The same bytes elsewhere: each part is inflated again, the ones handed over stay unused.
    const copy = new Uint8Array(slot.bytes!);
    inflatedHere = 0;
    inflatingAhead(slot.inflated!, () => readDocument(copy, 'copy.xlsx'));
    expect(inflatedHere).toBeGreaterThan(3);
  });

  it('leave a part that does not inflate to the reading thread, which reports it', () => {
    const bytes = example('with-mistakes.xlsx');
    const broken = new Uint8Array(bytes);
    // The workbook part's compressed bytes overwritten: its inflate fails, the others still come.
    const workbook = readCentralDirectory(broken).get('xl/workbook.xml')!;
    const data = entryData(broken, workbook);
    broken.fill(0xff, data.byteOffset, data.byteOffset + 8);
    expect(inflateAhead(broken, SLOT_BYTES, MAX_PARTS).length).toBe(
      inflateAhead(bytes, SLOT_BYTES, MAX_PARTS).length - 1,
    );
    const outcome = (read: () => unknown) => {
      try {
        return read();
      } catch (e) {
        return e;
      }
    };
    const plain = outcome(() => readDocument(broken, 'broken.xlsx'));
    const slot = handedOver(broken);
    expect(plain).toEqual(expect.objectContaining({ message: expect.stringMatching(/broken\.xlsx/) }));
    expect(
      outcome(() => inflatingAhead(slot.inflated!, () => readDocument(slot.bytes!, 'broken.xlsx'))),
    ).toEqual(plain);
  });

  it('are none for a file that is no zip, and a slot too small holds only the file', () => {
    expect(inflateAhead(new TextEncoder().encode('not a workbook'), SLOT_BYTES, MAX_PARTS)).toEqual([]);
    const bytes = example('with-mistakes.xlsx');
    expect(inflateAhead(bytes, 100, MAX_PARTS)).toEqual([]);
    expect(inflateAhead(bytes, SLOT_BYTES, 2)).toHaveLength(2);
  });

  it('are described in a slot up to MAX_PARTS, the next slot untouched', () => {
    const ring = new Ring(ringMemory());
    const file = new Uint8Array(10);
    ring.put(1, 5, file, []);
    const many = Array.from({ length: MAX_PARTS + 3 }, (_, i) => ({
      offset: i,
      length: 1,
      limit: 2,
      bytes: new Uint8Array([i]),
    }));
    ring.put(0, 4, file, many);
    expect(ring.get(0).inflated!.parts.size).toBe(MAX_PARTS);
    expect(ring.get(1)).toEqual(expect.objectContaining({ index: 5 }));
    expect(ring.get(1).inflated!.parts.size).toBe(0);
  });
});
