import type ExcelJS from 'exceljs';
import { ESTIMATE_LAYOUT_V1 } from '../../engine/read/estimate/layout';
import { EstimateDataSchema } from '../forms/estimate';
import { addr } from '../kit';
import { LABELS } from '../labels';
import { estimateWorkbook } from '../workbooks';
import { EXAMPLE_LABELS, exampleEstimateInput } from './data';

export interface IntendedMistake {
  rule: string;
  cell: string;
}

/**
 * The Kazakh example estimate with one mistake per estimate rule, each at a known cell. Payroll
 * and cap mistakes are in the data (the workbook stays self-consistent); the others are values
 * typed over a formula or into a number cell, as people do.
 */
export async function withMistakes(): Promise<{ wb: ExcelJS.Workbook; mistakes: IntendedMistake[] }> {
  const t = EXAMPLE_LABELS.kk;
  const input = exampleEstimateInput('kk');
  const month = (cost: number) => ({ unit: t.units.month, qty: 6, cost });
  input.charges = {
    'social-contributions': month(20_000),
    'social-tax': month(27_000),
    medical: month(12_000),
    pension: month(10_000),
  };
  input.mtid = [
    { label: t.laptop, unit: t.units.piece, qty: 1, cost: 900_000 },
    { label: t.training, unit: t.units.service, qty: 1, cost: 150_000 },
  ];
  const { wb, map } = await estimateWorkbook('kk', EstimateDataSchema.parse(input));
  const ws = wb.getWorksheet(map.sheet)!;
  const C = ESTIMATE_LAYOUT_V1.columns;
  const at = (label: string, c: number) => addr(map.rowOf.get(label)!, c + 1);
  const charge = (label: string) => at(label, C.total);
  const typed: [string, string, number | string][] = [
    ['estimate.line.amount', at(t.trainer, C.total), 900_000],
    ['estimate.line.funding', at(t.coffee, C.grant), 250_000],
    ['estimate.group.sum', at(t.office, C.total), 60_000],
    ['estimate.total.sum', addr(map.totalRow, C.total + 1), 7_000_000],
    ['estimate.value.invalid', at(t.banner, C.qty), 'екі'],
  ];
  for (const [, cell, value] of typed) ws.getCell(cell).value = value;
  const kk = LABELS.kk.estimate.charges;
  const mistakes: IntendedMistake[] = [
    ...typed.map(([rule, cell]) => ({ rule, cell })),
    { rule: 'estimate.cap.mtid', cell: addr(map.sections.mtid, C.total + 1) },
    { rule: 'estimate.payroll.social-tax', cell: charge(kk['social-tax']) },
    { rule: 'estimate.payroll.social-contributions', cell: charge(kk['social-contributions']) },
    { rule: 'estimate.payroll.medical', cell: charge(kk.medical) },
    { rule: 'estimate.payroll.pension', cell: charge(kk.pension) },
  ];
  return { wb, mistakes };
}
