import { groupThousands, money } from '../../engine/rules/format';

/** Amounts in messages are written as the official forms print them. */
describe('money in messages', () => {
  it('groups thousands with no-break spaces and keeps tiyn after a comma', () => {
    expect([
      money(0),
      money(950),
      money(1500000),
      money(3180000.5),
      money(1234567.891),
      money(12.04),
    ]).toEqual([
      '0',
      '950',
      '1\u00a0500\u00a0000',
      '3\u00a0180\u00a0000,50',
      '1\u00a0234\u00a0567,89',
      '12,04',
    ]);
  });

  it('writes a minus sign before negative amounts, and none before an amount that rounds to zero', () => {
    expect([money(-98765.4321), money(-0.001), money(-0)]).toEqual(['−98\u00a0765,43', '0', '0']);
  });

  it('writes amounts beyond whole tiyn precision as grouped digits too', () => {
    expect(money(1e17)).toBe('100\u00a0000\u00a0000\u00a0000\u00a0000\u00a0000');
  });

  it('leaves a text as it was written', () => {
    expect([money('1 500 000 тг'), money(undefined)]).toEqual(['1 500 000 тг', '']);
  });
});

describe('groupThousands', () => {
  it('groups from the right with the separator given', () => {
    expect(['', '7', '123', '1234', '123456', '1234567'].map((d) => groupThousands(d, ' '))).toEqual([
      '',
      '7',
      '123',
      '1 234',
      '123 456',
      '1 234 567',
    ]);
  });
});
