import { checkWorkbook, readGrant } from '../../engine/check';
import { loadBuiltInProfile } from '../../engine/profiles';
import { readXlsx } from '../../engine/xlsx/read-xlsx';
import {
  KK_BLOCKS_CORRECTED as KK_BLOCKS,
  KK_HEADER,
  KK_IMPACT_HEADER,
  KK_IMPACT_ROWS,
} from '../fixtures/annex3-plan';
import { PlanWorkbook, type SheetSpec } from '../fixtures/plan-workbook';

const profile = loadBuiltInProfile();

async function issuesOf(book: PlanWorkbook) {
  const wb = await readXlsx(await book.xlsx(), 'x.xlsx');
  return checkWorkbook(wb, { profile, lang: 'en' }).issues;
}

function annex3WithDirect(direct: string, separateSheets = false) {
  const rows = [{ ...KK_IMPACT_ROWS[0]!, plan: direct }, ...KK_IMPACT_ROWS.slice(1)];
  const book = new PlanWorkbook();
  const plan: SheetSpec['plan'] = { header: KK_HEADER, blocks: KK_BLOCKS };
  const impact: SheetSpec['impact'] = { header: KK_IMPACT_HEADER, rows };
  if (separateSheets) book.addSheet({ name: 'III', plan }).addSheet({ name: 'IV', impact });
  else book.addSheet({ name: 'Annex 3', plan, impact });
  return book;
}

describe('impact.beneficiaries.mismatch', () => {
  // Participant measures of the Annex 3 plan: 50, 30, 30, 15, 1000, 1000, 100 (sum 2225, largest 1000).
  it.each(['1030', '1000', '2225'])(
    'accepts %s direct beneficiaries (between the largest measure and the sum)',
    async (n) => {
      expect(await issuesOf(annex3WithDirect(n))).toEqual([]);
    },
  );

  it('warns when one activity alone has more participants than the declared beneficiaries', async () => {
    const book = annex3WithDirect('900', true);
    const issues = await issuesOf(book);
    expect(issues).toEqual([
      expect.objectContaining({
        rule: 'impact.beneficiaries.mismatch',
        severity: 'warning',
        sheet: 'IV',
        cell: book.impact('1. Тікелей').planCell,
        expected: 1000,
        actual: 900,
      }),
    ]);
    expect(issues[0]!.message).toContain('Қатысушылар саны');
  });

  it('warns when more beneficiaries are declared than all participant measures add up to', async () => {
    const issues = await issuesOf(annex3WithDirect('3 000'));
    expect(issues.map((i) => [i.rule, i.expected, i.actual])).toEqual([
      ['impact.beneficiaries.mismatch', 2225, 3000],
    ]);
    expect(issues[0]!.message).toBe(
      "Direct beneficiaries are 3\u00a0000, while the plan's participant measures (7) add up to 2\u00a0225. State at most 2\u00a0225 beneficiaries, or add the participants to the plan",
    );
  });
});

/** The final report of the debate project: figures as in the document, no names. */
function debateReport(payroll: string) {
  return new PlanWorkbook().addSheet({
    name: 'Есеп',
    title: ['6. Грантты іске асыруға бөлінген қаражаттың жалпы сомасы:  10 125 000 тг'],
    impact: {
      header: {
        indicator: 'Индикатор',
        unit: 'Өлшем бірлігі',
        plan: 'Жоспарланған деңгейі',
        fact: 'Нақты деңгейі',
      },
      rows: [
        { indicator: '1. Тікелей бенефициарлардың саны', unit: 'адам', plan: '560', fact: '647' },
        {
          indicator: '2. Жанама бенефициарлардың саны (БАҚ-та жарықтандыру есебінен)',
          unit: 'адам',
          plan: '1 000',
          fact: '1 000',
        },
        { indicator: '3. Штаттық қызметкерлердің саны', unit: 'адам', plan: '3', fact: '3' },
        { indicator: '4. Тартылған мамандардың саны', unit: 'адам', plan: '-', fact: '-' },
        { indicator: '5. Қамтылған ҮЕҰ саны', unit: 'ұйым', plan: '7', fact: '7' },
        {
          indicator: '6. Гранттың жалпы сомасынан еңбекақы төлеу қоры',
          unit: 'теңге',
          plan: payroll,
          fact: payroll,
        },
        {
          indicator: '7. Салықтар (тек штаттық қызметкерлердің ӘС, ӘА, МӘМС)',
          unit: 'теңге',
          plan: null,
          fact: null,
        },
        {
          indicator: '8. Экономикаға қосқан үлесі (тауарлар мен қызметтерді сатып алу)',
          unit: 'теңге',
          plan: null,
          fact: null,
        },
        {
          indicator: '9. Әлеуметтік жоба серіктестерінің саны (заңды және/немесе жеке тұлғалар)',
          unit: 'ұйым/адам',
          plan: '«Адвер» баспасы, Ақкетік газеті, Рауан газеті',
          fact: '«Адвер» баспасы, Ақкетік газеті, Рауан газеті',
        },
      ],
    },
    stats: {
      tables: [
        { header: ['Жобаға қатысушылардың саны барлығы', 'Ерлер', 'Әйелдер'], figures: [647, 327, 320] },
        {
          header: [
            'Жобаға қатысушылардың саны барлығы',
            'Балалар (оның ішінде мүгедек балалар)',
            'Жастар',
            'Мемлекеттік қызметкерлер',
            'Бюджеттік ұйымдар жұмысшылары',
            'Мүгедектігі бар тұлғалар',
            'Егде жастағы адамдар (50 жастан жоғары), оның ішінде',
            'Жұмыссыздар',
            'Қоғамдық ұйымдардың өкілдері',
            'Бизнес-сектор өкілдері',
            'Басқа санаттар',
          ],
          figures: [647, 647],
        },
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
          figures: [647, 337, 175, 135, null, 0, 0, 0],
        },
      ],
    },
  });
}

describe('the debate final report', () => {
  it('reads impact and statistics and catches the payroll fund equal to the whole grant', async () => {
    const book = debateReport('10 125 000');
    const wb = await readXlsx(await book.xlsx(), 'debate.xlsx');
    const grant = readGrant(wb);
    expect(grant.impacts[0]!.grantAmount).toEqual({ value: 10125000, cell: 'A1' });
    expect(grant.stats[0]!.breakdowns.map((b) => b.kind)).toEqual(['gender', 'category', 'age']);
    const issues = checkWorkbook(wb, { profile, lang: 'kk' }).issues;
    expect(issues.map((i) => [i.rule, i.severity, i.cell, i.expected, i.actual])).toEqual([
      ['impact.payroll.whole-grant', 'error', book.impact('6. Гранттың').factCell, 10125000, 10125000],
    ]);
    expect(issues[0]!.message).toBe(
      'Еңбекақы төлеу қоры 10\u00a0125\u00a0000 — гранттың бүкіл сомасы (10\u00a0125\u00a0000) немесе одан көп. Мұнда тек жалақы мен оның аударымдарын жазыңыз (сметадағы жалақы жолдарының сомасы)',
    );
  });

  it('is quiet when the payroll fund is a part of the grant', async () => {
    expect(await issuesOf(debateReport('4 500 000'))).toEqual([]);
  });
});
