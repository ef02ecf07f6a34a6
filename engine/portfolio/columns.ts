import type { GrantMetrics } from '../model/portfolio';

/** Number formats of the report columns (Excel's, the same in the CLI's and the add-in's reports). */
export const MONEY = '#,##0';
export const SHARE = '0.0%';
export type ColumnFormat = typeof MONEY | typeof SHARE | null;

/** The Grants columns in the JSON contract's order, with their number formats: the one list both reports write. */
export const GRANT_COLUMNS: ReadonlyArray<readonly [keyof GrantMetrics, ColumnFormat]> = [
  ['file', null],
  ['grantee', null],
  ['priority', null],
  ['region', null],
  ['year', null],
  ['total', MONEY],
  ['ownContribution', MONEY],
  ['grantTotal', MONEY],
  ['adminShare', SHARE],
  ['payrollShare', SHARE],
  ['mtidShare', SHARE],
  ['directShare', SHARE],
  ['directBeneficiaries', MONEY],
  ['costPerBeneficiary', MONEY],
  ['planMetShare', SHARE],
  ['errors', null],
  ['warnings', null],
];
