import { checkWorkbook } from '../../engine/check';
import type { Issue } from '../../engine/model/issue';
import { loadBuiltInProfile } from '../../engine/profiles';
import { readXlsx } from '../../engine/xlsx/read-xlsx';
import { KK_BLOCKS_CORRECTED as KK_BLOCKS, KK_HEADER, KK_IMPACT_ROWS } from '../fixtures/annex3-plan';
import { type PlanBlock, PlanWorkbook } from '../fixtures/plan-workbook';

const profile = loadBuiltInProfile();

/** The plan of Annex 3 with facts typed in a report; `facts` overrides facts by activity and measure. */
function withFacts(facts: Record<string, Record<string, string | number | null>>): PlanBlock[] {
  return KK_BLOCKS.map((b) => ({
    ...b,
    activities: b.activities.map((a) => {
      const key = Object.keys(facts).find((k) => a.title.startsWith(k) && b.title !== '');
      return {
        ...a,
        measures: a.measures.map((m) => {
          const over = key ? facts[key]![m.label] : undefined;
          return over === undefined ? m : { ...m, fact: over };
        }),
      };
    }),
  }));
}

const REPORT_HEADER = { ...KK_HEADER, over: 'Индикаторлар', plan: 'жоспар', fact: 'факт' };

function report() {
  const blocks = withFacts({
    '2. Облыстың': { 'Фото/видео': '2/1' },
    '4. «4D': {
      'Қатысушылар саны': 25,
      'Оқыту бағдарламасына қатысушылардың бағалау сауалнамасында бағдарлама мазмұнына оң баға береді': '75%',
      'Бағдарлама соңында қатысушы профориентологтардың кәсіби құзыреттерінің арту деңгейі көрсеткішпен тіркеледі': 0.72,
    },
    '3. «PROF-quest': { 'Фото/видео': '60/15', 'Мектептерде квест өткізу саны': 20 },
    '2. «Мансап': { 'Подкаст сценарийлері': null },
    '3. «Digital': { 'Онлайн-гид': 'жасалды' },
    '2. «Менің': { 'Онлайн профориентациялық тестілеуге қатысушылар саны': '1 200' },
  });
  // A plan value nobody can read, with a fact beside it.
  const act3 = blocks[0]!.activities[2]!;
  act3.measures[2] = { label: 'Акт', plan: 'бар', fact: 'бар' };
  const book = new PlanWorkbook().addSheet({
    name: 'Есеп',
    title: ['Қорытынды есеп', 'Грантты іске асыруға бөлінген қаражаттың жалпы сомасы: 12 000 000 тг'],
    plan: { header: REPORT_HEADER, blocks },
    impact: {
      header: {
        indicator: 'Индикатор',
        unit: 'Өлшем бірлігі',
        plan: 'Жоспарланған деңгейі',
        fact: 'Нақты деңгейі',
      },
      rows: [
        { ...KK_IMPACT_ROWS[0]!, fact: '1 010' },
        { ...KK_IMPACT_ROWS[1]!, fact: '52 000' },
        KK_IMPACT_ROWS[2]!,
        { ...KK_IMPACT_ROWS[3]!, fact: null },
        KK_IMPACT_ROWS[4]!,
        { indicator: '6. Гранттың жалпы сомасынан еңбекақы төлеу қоры', unit: 'теңге', plan: '6 000 000' },
        {
          indicator: '7. Салықтар (тек штаттық қызметкерлердің ӘС, ӘА, МӘМС)',
          unit: 'теңге',
          plan: null,
          fact: null,
        },
      ],
    },
    stats: {
      tables: [
        { header: ['Жобаға қатысушылардың саны барлығы', 'Ерлер', 'Әйелдер'], figures: [647, 327, 320] },
        {
          header: [
            'Жобаға қатысушылардың саны барлығы',
            '13-16 жас',
            '17-22 жас',
            '23-27 жас',
            '28-32 жас',
            '33-45 жас',
            '46-58 жас',
            '59 жас және одан жоғары',
          ],
          figures: [647, 337, 175, 130, null, 0, 0, 0],
        },
      ],
    },
  });
  return book;
}

describe('a final report: plan and fact in one table, impact and statistics below it', () => {
  let issues: Issue[];
  let book: PlanWorkbook;
  let forms: { form: string; range: string }[];

  beforeAll(async () => {
    book = report();
    const result = checkWorkbook(await readXlsx(await book.xlsx(), 'report.xlsx'), { profile, lang: 'en' });
    issues = result.issues;
    forms = result.forms;
  });

  const at = (activity: string, label: string) => book.measure(activity, label);
  const brief = (i: Issue) => [i.rule, i.cell, i.expected, i.actual];

  it('finds the three tables', () => {
    expect(forms.map((f) => f.form)).toEqual(['plan', 'impact', 'stats']);
  });

  it('flags every gap at its fact cell, and nothing else', () => {
    const expected = [
      ['plan.value.unreadable', at('3. Кәсіптік', 'Акт').planCell, undefined, 'бар'],
      ['plan.fact.below', at('2. Облыстың', 'Фото/видео').factCell, 3, 2],
      ['plan.fact.below', at('4. «4D', 'Қатысушылар саны').factCell, 30, 25],
      [
        'plan.fact.below',
        at(
          '4. «4D',
          'Оқыту бағдарламасына қатысушылардың бағалау сауалнамасында бағдарлама мазмұнына оң баға береді',
        ).factCell,
        80,
        75,
      ],
      // "3/1 (әр іс-шара бойынша)" × 20 quests = 60 photos and 20 videos; 15 videos reported.
      ['plan.fact.below', at('3. «PROF-quest', 'Фото/видео').factCell, 20, 15],
      // The publications' fact is typed per event like its plan ("1 (әр іс-шара бойынша)"): met.
      ['plan.fact.missing', at('2. «Мансап', 'Подкаст сценарийлері').factCell, '5', undefined],
      ['plan.fact.unreadable', at('3. «Digital', 'Онлайн-гид').factCell, '1', 'жасалды'],
      ['impact.fact.below', book.impact('1. Тікелей').factCell, 1030, 1010],
      ['impact.fact.missing', book.impact('4. Тартылған').factCell, '4', undefined],
      ['stats.breakdown.sum', book.statsTotals[1], 642, 647],
    ];
    // Exactly these, in whatever order the sheet puts them (issues come in reading order).
    expect(issues.map(brief)).toEqual(expect.arrayContaining(expected));
    expect(issues).toHaveLength(expected.length);
  });

  it('writes messages a person can act on', () => {
    const quest = issues.find((i) => i.cell === at('3. «PROF-quest', 'Фото/видео').factCell)!;
    expect(quest.message).toBe(
      '"Фото/видео" (value 2): the fact 15 is below the plan of 20 (1 per event × 20 events). If the fact is mistyped, correct it; if it is right, explain the shortfall in the report',
    );
    const share = issues.find((i) => i.expected === 80)!;
    expect(share.message).toContain('the fact 75\u00a0% is below the plan of 80\u00a0%');
  });
});
