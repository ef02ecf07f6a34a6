import { type EstimateLine, type StructureProblem, isChargeLine } from '../../model/estimate';
import { norm } from '../text';
import { SALARY_GROUP } from './vocabulary';

/** An item that says it is pay ("Жоба жетекшісінің жалақысы", "Оплата труда тренера"). */
const saysPay = (l: EstimateLine) => l.kind === 'item' && l.role === null && SALARY_GROUP.test(norm(l.label));

/**
 * Salaries outside a salary group. Pay written on a line of its own with its charges right after
 * it (a trainer paid by the month inside an activity, then "Әлеуметтік салық") is a salary: its
 * charges are payroll, so it is too. Without any salary then, salaries are the items that say so.
 * Charges with an amount and no salary at all are a structure problem; an empty template lists
 * the charge lines alone, so charges of zero need no salaries.
 */
export function assignSalaryRoles(lines: EstimateLine[], structure: StructureProblem[]): void {
  const inGroups = lines.some((l) => l.role === 'salary');
  markPayBeforeCharges(lines);
  const isCharge = (l: EstimateLine) => isChargeLine(l) && (l.total.value ?? 0) !== 0;
  if (!lines.some(isCharge) || inGroups) return;
  for (const l of lines) if (saysPay(l)) l.role = 'salary';
  if (lines.some((l) => l.role === 'salary')) return;
  const charge = lines.find(isCharge)!;
  structure.push({ cell: charge.labelCell, problem: 'charges-without-salaries', detail: charge.label });
}

/** The pay lines just above each run of charges, in the same group. */
function markPayBeforeCharges(lines: EstimateLine[]): void {
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    // The run's last charge: the lines above it are walked once.
    if (!isChargeLine(line) || (next && next.parent === line.parent && isChargeLine(next))) return;
    let j = i;
    while (j > 0 && lines[j - 1]!.parent === line.parent && isChargeLine(lines[j - 1]!)) j--;
    for (j--; j >= 0 && lines[j]!.parent === line.parent && saysPay(lines[j]!); j--)
      lines[j]!.role = 'salary';
  });
}
