import type { Estimate } from '../../model/estimate';
import { capContent } from '../../read/estimate/cap-vocabulary';

/** Why a line counts toward the 10 % cap: its section or group says so, or its own words do. */
export type CapReason = 'section-mt' | 'section-inst' | 'section-mtid' | 'content-mt' | 'content-inst';

const BY_CATEGORY: Partial<Record<Estimate['lines'][number]['category'], CapReason>> = {
  mt: 'section-mt',
  mtid: 'section-mtid',
  inst: 'section-inst',
};

function byContent(label: string): CapReason | undefined {
  const content = capContent(label);
  return content === 'mt' ? 'content-mt' : content === 'inst' ? 'content-inst' : undefined;
}

/**
 * The lines counted toward the cap on material-technical support and institutional development
 * (Law on NGO grants, art. 6-1 p. 5), each once: a line inside a counted line is not counted again.
 * A line counts by the category of the section or group it heads, or by its own words wherever it
 * sits ("Қызметкерлердің біліктілігін арттыру курсы" in the administrative section).
 */
export function capLines(est: Estimate): Map<number, CapReason> {
  const out = new Map<number, CapReason>();
  const visit = (i: number): void => {
    const line = est.lines[i]!;
    // The words are read only when the category does not already decide (the patterns are long).
    const reason = BY_CATEGORY[line.category] ?? byContent(line.label);
    if (reason) {
      out.set(i, reason);
      return;
    }
    for (const c of line.children) visit(c);
  };
  est.lines.forEach((l, i) => {
    if (l.parent === null) visit(i);
  });
  return out;
}
