import type { Sheet } from '../../grid/grid';
import { rangeA1 } from '../../grid/address';
import type { ImpactRow, SocialImpact } from '../../model/impact';
import { isBlankRow, matchColumns, rawText } from '../columns';
import { rowHasWord, rowMayHaveRole } from '../header-index';
import { firstMatch } from '../memo';
import { parseIndicator } from '../indicator';
import { norm } from '../text';
import { IMPACT_COLUMNS, IMPACT_KINDS, type ImpactRole } from './vocabulary';

export interface ImpactHeader {
  row: number;
  indicator: number;
  unit: number;
  plan: number;
  fact: number | null;
}

/** The block IV header at `row`: indicator, unit and a planned level (the column right of the unit when unnamed). */
export function impactHeaderAt(sheet: Sheet, row: number): ImpactHeader | null {
  if (
    !rowHasWord(sheet, row, 'unit') ||
    !rowMayHaveRole(sheet, row, 'impact', 'indicator') ||
    !rowMayHaveRole(sheet, row, 'impact', 'unit')
  )
    return null;
  const found = matchColumns<ImpactRole>(sheet, row, row, IMPACT_COLUMNS);
  const indicator = found.get('indicator');
  const unit = found.get('unit');
  if (indicator === undefined || unit === undefined || unit <= indicator) return null;
  const fact = found.get('fact') ?? null;
  let plan = found.get('plan');
  if (plan === undefined) {
    for (let c = unit + 1; c < sheet.width(row) && plan === undefined; c++)
      if (c !== fact && sheet.text(row, c, true) !== '' && !sheet.isMergedCover(row, c)) plan = c;
  }
  if (plan === undefined || plan <= unit) return null;
  return { row, indicator, unit, plan, fact: fact !== null && fact > plan ? fact : null };
}

export function findImpactHeader(sheet: Sheet, fromRow = 0, toRow = sheet.rowCount): ImpactHeader | null {
  for (let r = fromRow; r < toRow; r++) {
    const h = impactHeaderAt(sheet, r);
    if (h) return h;
  }
  return null;
}

/**
 * Reads the social-impact table under its header, up to `untilRow` or the first row of prose
 * (text in the indicator column with no unit and no values: the report's next section).
 */
export function readImpact(sheet: Sheet, header: ImpactHeader, untilRow = sheet.rowCount): SocialImpact {
  const rows: ImpactRow[] = [];
  let lastRow = header.row;
  for (let r = header.row + 1; r < untilRow; r++) {
    if (isBlankRow(sheet, r)) continue;
    const indicator = sheet.text(r, header.indicator, true);
    const unit = sheet.text(r, header.unit, true);
    const planText = rawText(sheet, r, header.plan);
    const factText = header.fact === null ? '' : rawText(sheet, r, header.fact);
    if (!indicator) continue;
    const kind = firstMatch(norm(indicator), IMPACT_KINDS) ?? 'other';
    if (!unit && !planText && !factText && kind === 'other') break;
    rows.push({
      row: sheet.sheetRow(r),
      kind,
      indicator,
      indicatorCell: sheet.address(r, header.indicator),
      unit,
      plan: parseIndicator(planText),
      planCell: sheet.address(r, header.plan),
      fact: header.fact === null ? null : parseIndicator(factText),
      factCell: header.fact === null ? null : sheet.address(r, header.fact),
    });
    lastRow = r;
  }
  const right = header.fact ?? header.plan;
  return {
    sheet: sheet.name,
    range: rangeA1(
      header.row + sheet.rowOffset,
      header.indicator + sheet.colOffset,
      lastRow + sheet.rowOffset,
      right + sheet.colOffset,
    ),
    hasFact: header.fact !== null,
    rows,
    grantAmount: null,
  };
}
