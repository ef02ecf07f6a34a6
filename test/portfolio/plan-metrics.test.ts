import { readGrant } from '../../engine/check';
import { directBeneficiaries, grantMetrics, planMetShare } from '../../engine/portfolio/metrics';
import { readXlsx } from '../../engine/xlsx/read-xlsx';
import { KK_HEADER, KK_IMPACT_HEADER, KK_IMPACT_ROWS } from '../fixtures/annex3-plan';
import { PlanWorkbook } from '../fixtures/plan-workbook';
import { buildSeedWorkbook } from '../fixtures/seed-estimate';

const REPORT_HEADER = { ...KK_HEADER, over: 'Индикаторлар', plan: 'жоспар', fact: 'факт' };

/** The seed estimate with a final report beside it: four measures, one impact table. */
async function grantWithReport(direct: string | null) {
  const book = new PlanWorkbook(buildSeedWorkbook());
  book.addSheet({
    name: 'Есеп',
    plan: {
      header: REPORT_HEADER,
      blocks: [
        {
          title: '1-міндет. Жастарды қолдау',
          activities: [
            {
              title: '1. Тренинг',
              place: 'Ақтау қаласы',
              period: 'маусым',
              measures: [
                { label: 'Қатысушылар саны', plan: '30', fact: '30' }, // met
                { label: 'Сертификаттар', plan: 'кемінде 50', fact: '40' }, // short of the plan
                { label: 'Оң баға', plan: '80%', fact: '85%' }, // met
                { label: 'Акт', plan: 'бар', fact: 'бар' }, // the plan cannot be read: not compared
              ],
            },
          ],
        },
      ],
    },
    impact:
      direct === null
        ? undefined
        : { header: KK_IMPACT_HEADER, rows: [{ ...KK_IMPACT_ROWS[0]!, plan: direct }] },
  });
  return readGrant(await readXlsx(await book.xlsx(), 'report.xlsx'));
}

describe('metrics from the monitoring plan and social impact', () => {
  it('direct beneficiaries come from the impact table; cost per beneficiary divides the grant funds', async () => {
    const grant = await grantWithReport('1030');
    expect(directBeneficiaries(grant)).toBe(1030);
    const m = grantMetrics('report.xlsx', grant, null, []);
    expect(m.costPerBeneficiary).toBeCloseTo(11_550_500 / 1030, 9);
  });

  it('plan met share: measures meeting their plan among those whose fact can be compared', async () => {
    expect(planMetShare(await grantWithReport('1030'))).toBeCloseTo(2 / 3, 12);
  });

  it('both are unknown when the forms are absent or unreadable', async () => {
    const noImpact = await grantWithReport(null);
    expect(directBeneficiaries(noImpact)).toBeNull();
    expect(directBeneficiaries(await grantWithReport('көп'))).toBeNull();
    const estimateOnly = readGrant(await readXlsx(await buildSeedWorkbook().xlsx.writeBuffer(), 'e.xlsx'));
    expect(planMetShare(estimateOnly)).toBeNull();
    expect(grantMetrics('e.xlsx', estimateOnly, null, [])).toMatchObject({
      directBeneficiaries: null,
      costPerBeneficiary: null,
      planMetShare: null,
    });
  });
});
