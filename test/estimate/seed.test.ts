import { checkWorkbook } from '../../engine/check';
import { loadBuiltInProfile } from '../../engine/profiles';
import { readXlsx } from '../../engine/xlsx/read-xlsx';
import { SEED_ROWS, seedXlsx } from '../fixtures/seed-estimate';
import { fmt, num } from './check-helpers';

const profile = loadBuiltInProfile();

describe('the real estimate of the application form', () => {
  it.each(['text', 'number'] as const)('has no issues when numbers are typed as %s', async (numbers) => {
    const wb = await readXlsx(await seedXlsx({ numbers }), 'seed.xlsx');
    const result = checkWorkbook(wb, { profile });
    expect(result.forms).toEqual([{ form: 'estimate', sheet: 'Смета', range: 'A1:I31' }]);
    expect(result.issues).toEqual([]);
  });
});

describe('an own contribution under a heading worded otherwise', () => {
  /** The banner paid 10 000 from the applicant's own money, carried up to the grand total. */
  const withOwn = SEED_ROWS.map((r) => {
    if (!['Баннер', '4 іс шара', 'Тікелей шығындар', 'Итого'].some((l) => r[1].startsWith(l))) return r;
    const copy = [...r] as typeof r;
    copy[6] = '10 000';
    copy[7] = fmt(num(r[7]) - 10000);
    return copy;
  });

  it.each(['Өз салымы', 'Өз үлесі', 'Өз қаражаты', 'Жеке салым'])(
    '"%s" is read as own contribution: the sums agree',
    async (ownHeader) => {
      const wb = await readXlsx(await seedXlsx({ rows: withOwn, ownHeader }), 'seed.xlsx');
      expect(checkWorkbook(wb, { profile }).issues).toEqual([]);
    },
  );
});
