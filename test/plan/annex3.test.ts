import { checkWorkbook, readGrant } from '../../engine/check';
import { loadBuiltInProfile } from '../../engine/profiles';
import { readXlsx } from '../../engine/xlsx/read-xlsx';
import { KK_BLOCKS, KK_HEADER, KK_IMPACT_HEADER, KK_IMPACT_ROWS } from '../fixtures/annex3-plan';
import { PlanWorkbook } from '../fixtures/plan-workbook';

const profile = loadBuiltInProfile();

function annex3(rows = KK_IMPACT_ROWS) {
  return new PlanWorkbook().addSheet({
    name: '3-қосымша',
    title: ['III-БЛОК', 'Әлеуметтік жобаны іске асыру мониторингінің жоспары'],
    plan: { header: KK_HEADER, blocks: KK_BLOCKS },
    impact: { header: KK_IMPACT_HEADER, rows },
  });
}

async function check(book: PlanWorkbook) {
  const wb = await readXlsx(await book.xlsx(), 'annex3.xlsx');
  return { grant: readGrant(wb), result: checkWorkbook(wb, { profile, lang: 'en' }) };
}

describe('Annex 3 of the documents (application: plan without facts)', () => {
  it('reads blocks III and IV and finds only the reversed period the document has', async () => {
    const { grant, result } = await check(annex3());
    // Activity 6 runs "Қазан-қыркүйек" (October to September) in a June–November 2025 project.
    expect(result.issues.map((i) => [i.cell, i.rule, i.severity, i.actual])).toEqual([
      ['E40', 'plan.period.reversed', 'warning', 'Қазан-қыркүйек'],
    ]);
    expect(result.forms.map((f) => f.form)).toEqual(['plan', 'impact']);
    const plan = grant.plans[0]!;
    expect(plan.hasFact).toBe(false);
    expect(plan.tasks.map((t) => t.number)).toEqual(['1', '2', '3', null, null]);
    expect(plan.tasks.map((t) => t.activities.length)).toEqual([6, 3, 3, 1, 2]);
    const measures = plan.tasks.flatMap((t) => t.activities.flatMap((a) => a.measures));
    expect(measures).toHaveLength(KK_BLOCKS.flatMap((b) => b.activities.flatMap((a) => a.measures)).length);
    expect(measures.filter((m) => m.participants).map((m) => m.plan.values[0])).toEqual([
      50, 30, 30, 15, 1000, 1000, 100,
    ]);
    const quest = plan.tasks[1]!.activities[2]!;
    expect(quest).toMatchObject({
      number: '3',
      events: 20,
      eventsFrom: 'measure',
      place: 'Маңғыстау облысы',
    });
    expect(grant.impacts[0]!.rows.map((r) => r.kind)).toEqual([
      'direct',
      'indirect',
      'staff',
      'specialists',
      'ngos',
      'partners',
    ]);
  });
});
