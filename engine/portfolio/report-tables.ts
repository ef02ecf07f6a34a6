import type { Lang } from '../model/issue';
import { renderIssue } from '../rules/render-issue';
import {
  COMPARED,
  type GrantMetrics,
  type GroupSummary,
  type Outlier,
  type Unreadable,
} from '../model/portfolio';
import type { FileIssue } from '../model/portfolio';
import {
  GRANT_COLUMNS,
  MONEY_FORMAT,
  REPORT_WORDS,
  SHARE_FORMAT,
  type SheetKey,
  formList,
  groupName,
  metricFormat,
} from './labels';
import type { ColumnFormat } from './column-format';

/**
 * The report's tables in the chosen language, the same for every writer: the CLI's workbook
 * (exceljs) and the add-in's sheets (Excel or the preview) only lay them out.
 */

export type SheetValue = string | number | null;

export interface ReportTable {
  key: SheetKey;
  /** The sheet name in the chosen language. */
  name: string;
  header: string[];
  /** Made row by row as they are read, each time: the CLI streams them into the report (see rowsOf). */
  rows: Iterable<SheetValue[]>;
  formats: ColumnFormat[];
}

/**
 * The rows of `items`, each made when a writer comes to it. Made all at once, a 1 000-grant
 * report's rows (2 000 rendered messages) outlived two collections of the young generation and
 * were copied into the old one: 3 MB promoted, 18 ms of collections and ~500 page faults more.
 */
function rowsOf<T>(items: readonly T[], row: (item: T) => SheetValue[]): Iterable<SheetValue[]> {
  return {
    *[Symbol.iterator]() {
      for (const item of items) yield row(item);
    },
  };
}

export function grantsTable(grants: readonly GrantMetrics[], lang: Lang): ReportTable {
  const w = REPORT_WORDS[lang];
  return {
    key: 'grants',
    name: w.sheets.grants,
    header: GRANT_COLUMNS.map(([k]) => w.grantColumns[k]),
    rows: rowsOf(grants, (g) =>
      GRANT_COLUMNS.map(([k]) => (k === 'forms' ? formList(g.forms, lang) : (g[k] as SheetValue))),
    ),
    formats: GRANT_COLUMNS.map(([, f]) => f),
  };
}

/** The budget structure's metrics: their medians sit next to the group name, so a chart takes one block. */
export const STRUCTURE = ['adminShare', 'payrollShare', 'mtidShare', 'directShare'] as const;
const REST = COMPARED.filter((m) => !(STRUCTURE as readonly string[]).includes(m));

/** Priority groups first: the add-in's chart compares budget structure across priority directions. */
export function groupsTable(groups: readonly GroupSummary[], lang: Lang): ReportTable {
  const w = REPORT_WORDS[lang];
  const ordered = [
    ...groups.filter((g) => g.by === 'priority'),
    ...groups.filter((g) => g.by !== 'priority'),
  ];
  const name = (m: (typeof COMPARED)[number]) => w.grantColumns[m];
  return {
    key: 'groups',
    name: w.sheets.groups,
    header: [
      w.group,
      ...STRUCTURE.map((m) => `${name(m)}: ${w.spread.median}`),
      w.by,
      w.count,
      w.estimates,
      w.grantColumns.total,
      w.grantColumns.ownContribution,
      w.grantColumns.grantTotal,
      w.grantColumns.directBeneficiaries,
      w.grantColumns.errors,
      w.grantColumns.warnings,
      ...REST.map((m) => `${name(m)}: ${w.spread.median}`),
      ...COMPARED.flatMap((m) => [
        `${name(m)}: ${w.spread.n}`,
        `${name(m)}: ${w.spread.q1}`,
        `${name(m)}: ${w.spread.q3}`,
      ]),
    ],
    rows: rowsOf(ordered, (g) => [
      groupName(g.group, lang),
      ...STRUCTURE.map((m) => g.metrics[m]?.median ?? null),
      w.dimensions[g.by],
      g.count,
      g.estimates,
      g.total,
      g.ownContribution,
      g.grantTotal,
      g.directBeneficiaries,
      g.errors,
      g.warnings,
      ...REST.map((m) => g.metrics[m]?.median ?? null),
      ...COMPARED.flatMap((m) => [g.metrics[m]?.n ?? 0, g.metrics[m]?.q1 ?? null, g.metrics[m]?.q3 ?? null]),
    ]),
    formats: [
      null,
      ...STRUCTURE.map(() => SHARE_FORMAT),
      null,
      null,
      null,
      MONEY_FORMAT,
      MONEY_FORMAT,
      MONEY_FORMAT,
      MONEY_FORMAT,
      null,
      null,
      ...REST.map(metricFormat),
      ...COMPARED.flatMap((m) => [null, metricFormat(m), metricFormat(m)]),
    ],
  };
}

export function outliersTable(outliers: readonly Outlier[], lang: Lang): ReportTable {
  const w = REPORT_WORDS[lang];
  const perRow = outliers.map((o) => metricFormat(o.metric));
  return {
    key: 'outliers',
    name: w.sheets.outliers,
    header: [
      w.grantColumns.file,
      w.grantColumns.grantee,
      w.by,
      w.group,
      w.outlier.metric,
      w.outlier.value,
      w.outlier.direction,
      w.spread.q1,
      w.spread.q3,
      w.outlier.lower,
      w.outlier.upper,
      w.outlier.n,
      w.reason,
    ],
    rows: rowsOf(outliers, (o) => [
      o.file,
      o.grantee,
      w.dimensions[o.by],
      groupName(o.group, lang),
      w.metrics[o.metric],
      o.value,
      w.direction[o.direction],
      o.q1,
      o.q3,
      o.lower,
      o.upper,
      o.n,
      o.reason,
    ]),
    formats: [null, null, null, null, null, perRow, null, perRow, perRow, perRow, perRow, null, null],
  };
}

export function issuesTable(issues: readonly FileIssue[], lang: Lang): ReportTable {
  const w = REPORT_WORDS[lang];
  return {
    key: 'issues',
    name: w.sheets.issues,
    header: [
      w.grantColumns.file,
      w.issue.sheet,
      w.issue.cell,
      w.issue.rule,
      w.issue.severity,
      w.issue.message,
    ],
    rows: rowsOf(issues, (i) => [
      i.file,
      i.sheet,
      i.cell,
      i.rule,
      w.severities[i.severity],
      renderIssue(i, lang),
    ]),
    formats: [null, null, null, null, null, null],
  };
}

export function unreadableTable(unreadable: readonly Unreadable[], lang: Lang): ReportTable {
  const w = REPORT_WORDS[lang];
  return {
    key: 'unreadable',
    name: w.sheets.unreadable,
    header: [w.grantColumns.file, w.reason],
    rows: rowsOf(unreadable, (u) => [u.file, u.reason]),
    formats: [null, null],
  };
}
