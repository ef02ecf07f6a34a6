import fc from 'fast-check';
import { IndicatorValueSchema } from '../../engine/model/indicator';
import { parseIndicator } from '../../engine/read/indicator';
import { ANNEX3, ANNEX7, CORPUS } from './corpus';

describe('parseIndicator: corpus', () => {
  it.each(CORPUS.map((c) => [c.source, JSON.stringify(c.expected.text).slice(0, 80), c] as const))(
    '%s %s',
    (_source, _text, c) => {
      const got = parseIndicator(c.expected.text);
      expect(got).toEqual(c.expected);
      expect(IndicatorValueSchema.parse(got)).toEqual(got);
    },
  );

  it('reads every document value, or leaves it unreadable only for an empty cell', () => {
    const unread = [...ANNEX3, ...ANNEX7].filter((c) => c.expected.comparator === 'unreadable');
    expect(unread.map((c) => c.expected.reason)).toEqual(['empty']);
  });
});

describe('IndicatorValueSchema', () => {
  const ok = parseIndicator('кемінде 30');

  it('accepts a reading and rejects a broken one', () => {
    expect(IndicatorValueSchema.safeParse(ok).success).toBe(true);
    expect(IndicatorValueSchema.safeParse({ ...ok, labels: [] }).success).toBe(false);
    expect(IndicatorValueSchema.safeParse({ ...ok, reason: 'empty' }).success).toBe(false);
    expect(IndicatorValueSchema.safeParse({ ...ok, comparator: 'unreadable' }).success).toBe(false);
    expect(IndicatorValueSchema.safeParse({ ...ok, extra: 1 }).success).toBe(false);
  });
});

/** Pieces people type, so random texts reach the reader's branches and not only "no number". */
const PIECES = [
  'кемінде',
  'кем дегенде',
  'кем емес',
  'не менее',
  'не более',
  'до',
  'от',
  'по',
  'әр шарадан',
  'на каждое мероприятие',
  'более',
  'астам',
  '%',
  '%-ы',
  '-ден',
  'пайыз',
  'фото',
  'Диплом',
  '1 орын',
  '-',
  '–',
  ':',
  '/',
  ',',
  '.',
  ';',
  '\n',
  '(',
  ')',
  ' ',
  '\u00a0',
  'және',
  '0',
  '3',
  '30',
  '000',
  '0,5',
  '1.5',
  '16.11.24',
  '2025 жыл',
  'қазан',
  '"',
  '\\',
  '+',
];

describe('parseIndicator: never throws, always schema-valid', () => {
  const check = (text: string): void => {
    const got = parseIndicator(text);
    IndicatorValueSchema.parse(got);
    expect(got.text).toBe(text);
  };

  it('random unicode strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 600 }), check), { numRuns: 2000 });
  });

  it('random grapheme strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), check), { numRuns: 1000 });
  });

  it('random mixes of indicator vocabulary', () => {
    const soup = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((xs) => xs.join(''));
    const spaced = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((xs) => xs.join(' '));
    fc.assert(fc.property(fc.oneof(soup, spaced), check), { numRuns: 3000 });
  });

  it('stays fast on long adversarial text', () => {
    const inputs = [
      '1 '.repeat(250),
      '1 000'.repeat(100),
      '- '.repeat(250),
      '('.repeat(500),
      'кемінде '.repeat(60),
      `${'1 000 '.repeat(80)}0000`,
      'а'.repeat(500),
      '9'.repeat(10_000_000),
    ];
    const start = Date.now();
    for (const text of inputs) check(text);
    expect(Date.now() - start).toBeLessThan(500);
  });
});
