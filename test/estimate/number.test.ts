import { parseNumberCell, parseNumberText } from '../../engine/read/number';

describe('numbers as people type them', () => {
  it.each([
    ['11 550 500', 11550500],
    ['11 550 500,00', 11550500],
    ['11\u00a0550\u00a0500', 11550500],
    ['180 000 тг', 180000],
    ['180 000 тг.', 180000],
    ['1 000 000 теңге', 1000000],
    ['1 000 000 тенге', 1000000],
    ['0,5', 0.5],
    ['1.5', 1.5],
    ['1.000.000', 1000000],
    ['1,000,000.50', 1000000.5],
    ['1 000,50', 1000.5],
    ['—', 0],
    ['  42  ', 42],
  ])('"%s" is %d', (text, value) => {
    expect(parseNumberText(text)).toEqual({ kind: 'number', value });
  });

  it.each([
    ['жеті', 'not-a-number'],
    ['5 ай', 'not-a-number'],
    ['12%', 'not-a-number'],
    ['-100', 'negative'],
    ['#DIV/0!', 'error-value'],
    ['#REF!', 'error-value'],
  ])('"%s" is invalid (%s), never 0', (text, reason) => {
    expect(parseNumberText(text)).toEqual({ kind: 'invalid', text, reason });
  });

  it('empty text and empty cells are empty (zero where the form allows it)', () => {
    expect(parseNumberText('   ')).toEqual({ kind: 'empty' });
    expect(parseNumberCell(null)).toEqual({ kind: 'empty' });
    expect(parseNumberCell({ value: null })).toEqual({ kind: 'empty' });
  });

  it('cells: numbers, errors, negative numbers, formulas without a calculated value', () => {
    expect(parseNumberCell({ value: 900000 })).toEqual({ kind: 'number', value: 900000 });
    expect(parseNumberCell({ value: null, error: '#N/A' })).toMatchObject({
      kind: 'invalid',
      reason: 'error-value',
    });
    expect(parseNumberCell({ value: -5 })).toMatchObject({ kind: 'invalid', reason: 'negative' });
    expect(parseNumberCell({ value: true })).toMatchObject({ kind: 'invalid', reason: 'not-a-number' });
    expect(parseNumberCell({ value: null, formula: 'D5*E5' })).toMatchObject({
      kind: 'invalid',
      reason: 'uncalculated',
    });
    expect(parseNumberCell({ value: 70000, formula: 'D5*E5' })).toEqual({ kind: 'number', value: 70000 });
  });
});
