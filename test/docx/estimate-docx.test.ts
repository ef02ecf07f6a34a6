import { checkWorkbook } from '../../engine/check';
import { readDocx } from '../../engine/docx/read-docx';
import { loadBuiltInProfile } from '../../engine/profiles';
import { docxBytes } from '../fixtures/docx-builder';
import { SEED_ROWS, seedLayout } from '../fixtures/seed-estimate';
import { applicationKk } from '../fixtures/word-forms';
import { mutate } from '../estimate/check-helpers';

const profile = loadBuiltInProfile();
const at = seedLayout();
const check = (rows = SEED_ROWS) =>
  checkWorkbook(readDocx(docxBytes(applicationKk(rows)), 'application.docx'), { profile, lang: 'en' });

describe('the real estimate of the application, rebuilt as a Word document', () => {
  it('is found in its table and has no problem', () => {
    const result = check();
    expect(result.forms).toEqual([
      { form: 'estimate', sheet: 'Table 2', range: `A1:I${at.rowOf('Итого:')}` },
    ]);
    expect(result.issues).toEqual([]);
  });

  it('a mistyped line total is reported at its cell of the table, with the line named', () => {
    const result = check(mutate('Жоба директоры', 5, '90 000'));
    expect(result.issues).toEqual([
      expect.objectContaining({
        rule: 'estimate.line.amount',
        sheet: 'Table 2',
        cell: at.cell('Жоба директоры', 5),
        expected: 900000,
        actual: 90000,
      }),
    ]);
  });
});
