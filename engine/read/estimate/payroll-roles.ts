import type { EstimateLine, StructureProblem } from '../../model/estimate';
import { norm } from '../text';
import { SALARY_GROUP } from './vocabulary';

/**
 * Without a salary group, salaries are the items that say so ("Жоба жетекшісінің жалақысы").
 * Charges with an amount and no salary at all are a structure problem; an empty template lists
 * the charge lines alone, so charges of zero need no salaries.
 */
export function assignSalaryRoles(lines: EstimateLine[], structure: StructureProblem[]): void {
  const isCharge = (l: EstimateLine) =>
    l.role !== null && l.role !== 'salary' && l.role !== 'salary-group' && (l.total.value ?? 0) !== 0;
  if (!lines.some(isCharge) || lines.some((l) => l.role === 'salary')) return;
  for (const l of lines)
    if (l.kind === 'item' && l.role === null && SALARY_GROUP.test(norm(l.label))) l.role = 'salary';
  if (lines.some((l) => l.role === 'salary')) return;
  const charge = lines.find(isCharge)!;
  structure.push({ cell: charge.labelCell, problem: 'charges-without-salaries', detail: charge.label });
}
