import { Sheet, type Grid } from '../../engine/grid/grid';
import { readProject } from '../../engine/read/project';

function sheet(rows: (string | number | null)[][], name = 'Жоба'): Sheet {
  const grid: Grid = {
    name,
    origin: 'A1',
    cells: rows.map((r) => r.map((v) => (v === null ? null : { value: v }))),
    merges: [],
  };
  return new Sheet(grid);
}

describe('project block (block I)', () => {
  it('reads Kazakh labels with the value in the next cell', () => {
    const p = readProject([
      sheet([
        ['Грантты алушы:', null, '«Үлгі» қоғамдық қоры'],
        ['Гранттың басым бағыты:', 'Жастар саясаты'],
        ['Жобаның іске асырылу аумағы:', 'Маңғыстау облысы'],
        ['Әлеуметтік жобаны іске асыру кезеңі:', '01.06.2025 – 30.11.2025'],
      ]),
    ]);
    expect(p).toEqual({
      grantee: '«Үлгі» қоғамдық қоры',
      priority: 'Жастар саясаты',
      region: 'Маңғыстау облысы',
      period: '01.06.2025 – 30.11.2025',
      year: 2025,
      cells: { grantee: 'Жоба!C1', priority: 'Жоба!B2', region: 'Жоба!B3', period: 'Жоба!B4' },
    });
  });

  it('reads "Label: value" in one cell, as annex 3 prints block I', () => {
    const p = readProject([
      sheet([
        ['I-БЛОК'],
        ['Грант алушы: “Үлгі” қоғамдық қоры'],
        ['Гранттың басым бағыттары: Жастарға кәсіби бағдар беру '],
        ['Жобаны іске асыру аумағы: Маңғыстау облысы'],
        ['Әлеуметтік жобаны іске асыру кезеңі: 2025 жылғы маусым-қараша'],
      ]),
    ]);
    expect(p).toMatchObject({
      grantee: '“Үлгі” қоғамдық қоры',
      priority: 'Жастарға кәсіби бағдар беру',
      region: 'Маңғыстау облысы',
      year: 2025,
    });
  });

  it('reads Russian and English labels', () => {
    const ru = readProject([
      sheet([
        ['Грантополучатель', 'ОФ «Пример»'],
        ['Приоритетное направление', 'Молодежная политика'],
        ['Территория реализации проекта', 'Карагандинская область'],
        ['Срок реализации', 'апрель – ноябрь 2024 года'],
      ]),
    ]);
    expect(ru).toMatchObject({ grantee: 'ОФ «Пример»', region: 'Карагандинская область', year: 2024 });
    const en = readProject([
      sheet([
        ['Grantee:', 'Example PF'],
        ['Region', 'Almaty'],
        ['Period', '2026'],
      ]),
    ]);
    expect(en).toMatchObject({ grantee: 'Example PF', region: 'Almaty', priority: null, year: 2026 });
  });

  it('ignores narrative text, numbers and labels without a value; null when nothing is stated', () => {
    const long = `Аймақтағы ауыл жастары ... өңірдегі мемлекеттік жастар саясатының басым бағыттарының бірі: ${'x'.repeat(100)}`;
    expect(readProject([sheet([[long], [2025], ['Грантты алушы:']])])).toBeNull();
  });

  it('takes the first sheet that states a field', () => {
    const p = readProject([
      sheet([['Грантты алушы:', 'A']]),
      sheet(
        [
          ['Грантты алушы:', 'B'],
          ['Гранттың басым бағыты:', 'P'],
        ],
        'Смета',
      ),
    ]);
    expect(p).toMatchObject({
      grantee: 'A',
      priority: 'P',
      cells: { grantee: 'Жоба!B1', priority: 'Смета!B2' },
    });
  });
});
