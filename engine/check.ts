import { columnIndex } from './grid/address';
import { Sheet, type WorkbookGrid } from './grid/grid';
import type { Grant } from './model/grant';
import type { FileResult, FoundForm, Issue } from './model/issue';
import type { RuleProfile } from './model/profile';
import { readEstimateByMarker } from './read/estimate/read-by-marker';
import { findPeriod } from './read/estimate/period';
import { readEstimate } from './read/estimate/read-estimate';
import { findGrantAmount } from './read/impact/grant-amount';
import { readTeam } from './read/impact/read-team';
import { formMarkers } from './read/markers';
import { paragraphSheet, projectSheets } from './read/paragraphs';
import { readProject } from './read/project';
import { readReportForms } from './read/report-forms';
import type { RuleContext } from './rules/define';
import { RULES } from './rules/registry';

/** How to check: the one options type of the CLI, the add-in and the portfolio (no language: issues are data). */
export interface CheckOptions {
  profile: RuleProfile;
  /** The project year given by the user; otherwise the sheet's, otherwise the profile's default. */
  year?: number;
}

/**
 * workbook → grant model: every form recognised on every sheet. A caller that reads block I too
 * passes the sheets it will read it from, so each grid is indexed once.
 */
export function readGrant(
  workbook: WorkbookGrid,
  sheets: readonly Sheet[] = workbook.sheets.map((g) => new Sheet(g)),
): Grant {
  const grant: Grant = {
    file: workbook.file,
    estimates: [],
    plans: [],
    impacts: [],
    stats: [],
    teams: [],
    project: null,
  };
  const markers = formMarkers(workbook.names ?? []);
  let grantAmount: ReturnType<typeof findGrantAmount> = null;
  for (const sheet of sheets) {
    // A template's marker gives the exact layout; without one (or when it no longer fits) headers decide.
    const marker = markers.find((m) => m.form === 'estimate' && m.sheet === sheet.name);
    const estimate = (marker && readEstimateByMarker(sheet, marker)) ?? readEstimate(sheet);
    // An estimate sheet is the estimate's alone: the plan readers do not look at it.
    if (estimate) {
      grant.estimates.push(estimate);
      continue;
    }
    const { plan, impact, stats } = readReportForms(sheet);
    if (plan) grant.plans.push(plan);
    if (impact) grant.impacts.push(impact);
    if (stats) grant.stats.push(stats);
    const team = readTeam(sheet);
    if (team) grant.teams.push(team);
    grantAmount ??= findGrantAmount(sheet);
  }
  // Only the project period is used by the rules: read block I once plans exist.
  const text = paragraphSheet(workbook);
  if (grant.plans.length > 0) grant.project = readProject(projectSheets(workbook, sheets, text));
  if (text) {
    // A Word document states the amount and the period in its text, not above each table.
    grantAmount ??= findGrantAmount(text);
    const year = (grant.project ?? readProject(projectSheets(workbook, sheets, text)))?.year ?? null;
    const stated = findPeriod(text, text.rowCount);
    for (const e of grant.estimates) {
      e.year ??= year;
      if (e.period === null && stated.months !== null && stated.cell !== null)
        e.period = { months: stated.months, cell: `${text.name}!${stated.cell}` };
    }
  }
  // The report states the grant amount once, often above the tables on another sheet.
  for (const impact of grant.impacts) impact.grantAmount = grantAmount;
  return grant;
}

export function formsOf(grant: Grant): FoundForm[] {
  return [
    ...grant.estimates.map((e) => ({ form: 'estimate' as const, sheet: e.sheet, range: e.range })),
    ...grant.plans.map((p) => ({ form: 'plan' as const, sheet: p.sheet, range: p.range })),
    ...grant.impacts.map((i) => ({ form: 'impact' as const, sheet: i.sheet, range: i.range })),
    ...grant.stats.map((s) => ({ form: 'stats' as const, sheet: s.sheet, range: s.range })),
  ];
}

export function ruleContext(grant: Grant, options: CheckOptions): RuleContext {
  if (options.year !== undefined)
    return { profile: options.profile, year: options.year, yearSource: 'option' };
  const stated = grant.estimates.find((e) => e.year !== null)?.year;
  if (stated != null) return { profile: options.profile, year: stated, yearSource: 'sheet' };
  return { profile: options.profile, year: options.profile.defaultYear, yearSource: 'default' };
}

/** Issues in reading order: sheet by sheet, then row by row, then column by column. */
function inReadingOrder(issues: Issue[], sheets: string[]): Issue[] {
  if (issues.length < 2) return issues;
  // Each issue's position is parsed once, not at every comparison of the sort.
  const keyed = issues.map((issue) => {
    const m = /^([A-Z]+)(\d+)$/.exec(issue.cell);
    const sheet = sheets.indexOf(issue.sheet);
    return { issue, sheet, row: m ? Number(m[2]) : 0, col: m ? columnIndex(m[1]!) : 0 };
  });
  keyed.sort((a, b) => a.sheet - b.sheet || a.row - b.row || a.col - b.col);
  return keyed.map((k) => k.issue);
}

export function checkGrant(grant: Grant, options: CheckOptions, sheetOrder: string[] = []): Issue[] {
  const ctx = ruleContext(grant, options);
  const present = new Set(formsOf(grant).map((f) => f.form));
  // Builtins (filter, flatMap) rather than loops: cheaper here while the code is still cold.
  const issues = RULES.filter((rule) => rule.forms.some((f) => present.has(f))).flatMap((rule) =>
    rule.run(grant, ctx),
  );
  return inReadingOrder(issues, sheetOrder);
}

/** The whole pipeline for one workbook: grid → model → issues. */
export function checkWorkbook(workbook: WorkbookGrid, options: CheckOptions): FileResult {
  const grant = readGrant(workbook);
  return {
    file: workbook.file,
    forms: formsOf(grant),
    issues: checkGrant(
      grant,
      options,
      workbook.sheets.map((s) => s.name),
    ),
  };
}
