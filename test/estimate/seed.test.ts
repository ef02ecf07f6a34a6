import { checkWorkbook } from '../../engine/check';
import { loadBuiltInProfile } from '../../engine/profiles';
import { readXlsx } from '../../engine/xlsx/read-xlsx';
import { seedXlsx } from '../fixtures/seed-estimate';

const profile = loadBuiltInProfile();

describe('the real estimate of the application form', () => {
  it.each(['text', 'number'] as const)('has no issues when numbers are typed as %s', async (numbers) => {
    const wb = await readXlsx(await seedXlsx({ numbers }), 'seed.xlsx');
    const result = checkWorkbook(wb, { profile });
    expect(result.forms).toEqual([{ form: 'estimate', sheet: 'Смета', range: 'A1:I31' }]);
    expect(result.issues).toEqual([]);
  });
});
