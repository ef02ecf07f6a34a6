import { useMemo } from 'react';
import type { Issue, Lang, Severity } from '../../engine/model/issue';
import { renderIssue } from '../../engine/rules/render-issue';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface CellIssues {
  worst: Severity;
  messages: string[];
}

function worst(a: Severity | undefined, b: Severity): Severity {
  return a === undefined || RANK[b] < RANK[a] ? b : a;
}

/** One sheet's issues by cell (the worst and every message, in `lang`) and by row number (the worst). */
export function useCellIssues(issues: readonly Issue[], sheet: string, lang: Lang) {
  return useMemo(() => {
    const byCell = new Map<string, CellIssues>();
    const byRow = new Map<number, Severity>();
    for (const issue of issues) {
      if (issue.sheet !== sheet) continue;
      const at = byCell.get(issue.cell);
      byCell.set(issue.cell, {
        worst: worst(at?.worst, issue.severity),
        messages: [...(at?.messages ?? []), renderIssue(issue, lang)],
      });
      const row = /\d+$/.exec(issue.cell)?.[0];
      if (row) byRow.set(Number(row), worst(byRow.get(Number(row)), issue.severity));
    }
    return { byCell, byRow };
  }, [issues, sheet, lang]);
}
