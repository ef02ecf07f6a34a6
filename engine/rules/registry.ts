import type { Rule } from './define';
import { beneficiariesMismatch } from './impact/beneficiaries-mismatch';
import { impactFactBelow } from './impact/fact-below';
import { impactFactMissing } from './impact/fact-missing';
import { payrollWholeGrant } from './impact/payroll-whole-grant';
import { staffMismatch } from './impact/staff-mismatch';
import { teamSpecialistsMismatch } from './team/specialists-mismatch';
import { planFactBelow } from './plan/fact-below';
import { planDeviationUnexplained } from './plan/deviation-unexplained';
import { planFactCopied } from './plan/fact-copied';
import { planMeasureDuplicate } from './plan/measure-duplicate';
import { planPeriodReversed } from './plan/period-reversed';
import { impactIndicatorDuplicate } from './impact/indicator-duplicate';
import { planFactMissing } from './plan/fact-missing';
import { planFactUnreadable } from './plan/fact-unreadable';
import { planValueUnreadable } from './plan/value-unreadable';
import { breakdownSum } from './stats/breakdown-sum';
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
  planValueUnreadable,
  planFactBelow,
  planFactMissing,
  planFactUnreadable,
  planFactCopied,
  planDeviationUnexplained,
  planMeasureDuplicate,
  planPeriodReversed,
  impactFactBelow,
  impactFactMissing,
  impactIndicatorDuplicate,
  beneficiariesMismatch,
  payrollWholeGrant,
  staffMismatch,
  teamSpecialistsMismatch,
  breakdownSum,
];
