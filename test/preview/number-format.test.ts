import { formatGeneral, formatNumber, shownValue } from '../../addin/preview/number-format';
import { PERCENT, TENGE } from '../../templates/kit';

const NB = '\u00a0';

describe('preview number formats: as Excel shows the cell', () => {
  it("shows the templates' tenge and percent formats", () => {
    expect(formatNumber(3679000, TENGE, 'ru')).toBe('3 679 000');
    expect(formatNumber(11550500, TENGE, 'kk')).toBe('11 550 500');
    expect(formatNumber(5000, TENGE, 'en')).toBe('5 000');
    // Literal spaces stay where the code puts them, even beside empty '#': Excel shows the gap too.
    expect(formatNumber(-42000, TENGE, 'ru')).toBe('-  42 000');
    expect(formatNumber(0, TENGE, 'ru')).toBe('0');
    expect(formatNumber(0.5731422339928338, PERCENT, 'ru')).toBe('57,3%');
    expect(formatNumber(0.5731422339928338, PERCENT, 'en')).toBe('57.3%');
  });

  it('groups with the locale separator under "#,##0" and writes literal spaces as they are', () => {
    expect(formatNumber(3679000, '#,##0', 'ru')).toBe(`3${NB}679${NB}000`);
    expect(formatNumber(3679000, '#,##0', 'en')).toBe('3,679,000');
    expect(formatNumber(1234.5, '#,##0.00', 'kk')).toBe(`1${NB}234,50`);
    expect(formatNumber(-1234.5, '#,##0.00', 'en')).toBe('-1,234.50');
    expect(formatNumber(12, '#,##0', 'en')).toBe('12');
    expect(formatNumber(0, '#,##0', 'en')).toBe('0');
    // Excel puts a literal space where the code has one: the extra digits go before the first placeholder.
    expect(formatNumber(3679000, '# ##0', 'ru')).toBe('3679 000');
    expect(formatNumber(900, '# ##0', 'ru')).toBe('900');
  });

  it('rounds half away from zero on the decimal digits, not the binary ones', () => {
    expect(formatNumber(1.005, '0.00', 'en')).toBe('1.01');
    expect(formatNumber(0.125, '0%', 'en')).toBe('13%');
    expect(formatNumber(0.5, '0%', 'ru')).toBe('50%');
    expect(formatNumber(2.5, '0', 'en')).toBe('3');
    expect(formatNumber(-2.5, '0', 'en')).toBe('-3');
    expect(formatNumber(0.1 + 0.2, '0.00000000000000', 'en')).toBe('0.30000000000000');
    expect(formatNumber(999.996, '#,##0.00', 'en')).toBe('1,000.00');
  });

  it('keeps quoted and escaped literals, sections, colours and thousands scaling', () => {
    expect(formatNumber(180000, '#,##0 "тг"', 'ru')).toBe(`180${NB}000 тг`);
    expect(formatNumber(-5, '0;[Red]\\(0\\)', 'en')).toBe('(5)');
    expect(formatNumber(0, '0;-0;"—"', 'en')).toBe('—');
    expect(formatNumber(1500000, '#,##0,', 'en')).toBe('1,500');
    expect(formatNumber(0.5, '#.##', 'en')).toBe('.5');
    expect(formatNumber(7, '000', 'en')).toBe('007');
  });

  it('falls back to General for codes it does not draw, and General reads like Excel', () => {
    expect(formatNumber(45000, 'dd.mm.yyyy', 'ru')).toBe('45000');
    expect(formatNumber(12345, '0.00E+00', 'en')).toBe('12345');
    expect(formatNumber(3, '[>100]0;0.0', 'en')).toBe('3');
    expect(formatGeneral(0.5731422339928338, 'ru')).toBe('0,573142234');
    expect(formatGeneral(3679000, 'en')).toBe('3679000');
    expect(formatGeneral(-0.25, 'en')).toBe('-0.25');
    expect(formatGeneral(123456789012, 'en')).toBe('1.23457E+11');
    expect(formatNumber(42, 'General', 'kk')).toBe('42');
    expect(formatNumber(42, undefined, 'kk')).toBe('42');
  });

  it('shows text, errors, booleans and uncalculated formulas as they are', () => {
    expect(shownValue({ value: 'Жоба директоры' }, 'kk')).toBe('Жоба директоры');
    expect(shownValue({ value: null, error: '#DIV/0!' }, 'en')).toBe('#DIV/0!');
    expect(shownValue({ value: true }, 'en')).toBe('TRUE');
    expect(shownValue({ value: null, formula: 'F11*2' }, 'en')).toBe('F11*2');
    expect(shownValue({ value: 900000, format: TENGE }, 'ru')).toBe('900 000');
    expect(shownValue(null, 'ru')).toBe('');
  });
});
