import type { Rule } from './define';
import { capMtid } from './estimate/cap-mtid';
import { grantSize } from './estimate/grant-size';
import { groupSum } from './estimate/group-sum';
import { lineAmount } from './estimate/line-amount';
import { lineFunding } from './estimate/line-funding';
import { monthsPeriod } from './estimate/months-period';
import {
  payrollMedical,
  payrollPension,
  payrollSocialContributions,
  payrollSocialTax,
  payrollYear,
} from './estimate/payroll';
import { estimateStructure } from './estimate/structure';
import { totalSum } from './estimate/total-sum';
import { valueInvalid } from './estimate/value-invalid';

/** Every rule, in the order issues are listed. The CLI, the add-in and the portfolio all run this list. */
export const RULES: readonly Rule[] = [
  estimateStructure,
  valueInvalid,
  lineAmount,
  lineFunding,
  groupSum,
  totalSum,
  capMtid,
  payrollSocialTax,
  payrollSocialContributions,
  payrollMedical,
  payrollPension,
  payrollYear,
  monthsPeriod,
  grantSize,
];
