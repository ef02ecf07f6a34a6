import type { Lang } from '../model/issue';
import type { FileIssue, GrantMetrics, PortfolioJson, Unreadable } from '../model/portfolio';
import type { FileOutcome } from './analyse-workbook';
import { findOutliers, groupSummaries } from './compare';

/** The whole comparison: the JSON contract plus every issue for the report's Issues sheet. */
export interface Portfolio extends PortfolioJson {
  issues: FileIssue[];
}

export function buildPortfolio(
  outcomes: readonly FileOutcome[],
  missing: readonly Unreadable[],
  lang: Lang,
): Portfolio {
  const grants: GrantMetrics[] = [];
  const issues: FileIssue[] = [];
  const unreadable: Unreadable[] = [...missing];
  for (const o of outcomes) {
    if (o.kind === 'grant') {
      grants.push(o.metrics);
      issues.push(...o.issues);
    } else unreadable.push({ file: o.file, reason: o.reason, code: o.code, params: o.params });
  }
  const groups = groupSummaries(grants);
  return { grants, groups, outliers: findOutliers(grants, lang, groups), unreadable, issues };
}
