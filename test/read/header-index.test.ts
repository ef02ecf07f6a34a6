import { HEADER_PATTERNS } from '../../engine/read/header-index';
import { findPlanHeader } from '../../engine/read/plan/header';
import { Sheet } from '../../engine/grid/grid';

describe('the header index', () => {
  // The index passes number cells over: that is right only while no header pattern matches a number's text.
  it.each(['0', '1', '-1', '12', '1.5', '-0.25', '2024', '123456.78', '1e+21', '1e-7', '-5e-324'])(
    'no header word or role matches the number %s',
    (text) => {
      for (const pattern of HEADER_PATTERNS)
        expect({ pattern: String(pattern), hit: pattern.test(text) }).toEqual({
          pattern: String(pattern),
          hit: false,
        });
    },
  );

  it('a header is found where its words are; a row of figures below it is no header', () => {
    const sheet = new Sheet({
      name: 'План',
      origin: 'A1',
      cells: [
        [{ value: 'Іс-шара' }, { value: 'Көрсеткіштер' }, { value: 'Жоспар' }, { value: 'Факт' }],
        [{ value: 'Тренинг' }, { value: 'Қатысушылар' }, { value: 20 }, { value: 18 }],
      ],
      merges: [],
    });
    expect(findPlanHeader(sheet)).toMatchObject({
      top: 0,
      columns: { activity: 0, measure: 1, plan: 2, fact: 3 },
    });
    expect(findPlanHeader(sheet, 1)).toBeNull();
  });
});
