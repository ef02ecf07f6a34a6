import { rangeA1 } from '../../engine/grid/address';
import {
  COMPARED,
  type GrantMetrics,
  type GroupSummary,
  OUTLIER_COLUMNS,
  outlierRow,
} from '../../engine/model/portfolio';
import { GRANT_COLUMNS, MONEY, SHARE } from '../../engine/portfolio/columns';
import type { PortfolioReport } from './protocol';

/**
 * The portfolio as sheets of plain tables, the same for every host: Excel writes them with
 * tables and charts, the preview adds them as grids. Column names are the JSON contract's, as in
 * the CLI's report workbook, so both reports read alike.
 */

export type SheetValue = string | number | null;

export interface ChartSpec {
  title: string;
  /** The chart's data with its header row (categories in the first column, one series per other column). */
  source: string;
}

export interface ReportSheet {
  /** The sheet name before making it unique in the workbook. */
  name: string;
  header: string[];
  rows: SheetValue[][];
  /** Number format per column (null: General). */
  formats: (string | null)[];
  chart: ChartSpec | null;
}

export interface ChartTitles {
  budget: string;
  cost: string;
}

const REPORT_SHEETS = ['Esep Grants', 'Esep Groups', 'Esep Outliers'] as const;

// costPerBeneficiary sits next to file: a chart's source must be one block (categories + series).
const GRANT_SHEET_COLUMNS = [
  ...GRANT_COLUMNS.filter(([k]) => k === 'file'),
  ...GRANT_COLUMNS.filter(([k]) => k === 'costPerBeneficiary'),
  ...GRANT_COLUMNS.filter(([k]) => k !== 'file' && k !== 'costPerBeneficiary'),
];

/** The budget structure: median shares, next to the group name so the chart takes one block. */
const STRUCTURE = ['adminShare', 'payrollShare', 'mtidShare', 'directShare'] as const;
const REST = COMPARED.filter((m) => !(STRUCTURE as readonly string[]).includes(m));

function grantsSheet(grants: readonly GrantMetrics[], title: string): ReportSheet {
  return {
    name: REPORT_SHEETS[0],
    header: GRANT_SHEET_COLUMNS.map(([k]) => k),
    rows: grants.map((g) => GRANT_SHEET_COLUMNS.map(([k]) => g[k])),
    formats: GRANT_SHEET_COLUMNS.map(([, f]) => f),
    chart: grants.length > 0 ? { title, source: rangeA1(0, 0, grants.length, 1) } : null,
  };
}

function groupsSheet(groups: readonly GroupSummary[], title: string): ReportSheet {
  // Priority groups first: the chart compares budget structure across priority directions.
  const priority = groups.filter((g) => g.by === 'priority');
  const ordered = [...priority, ...groups.filter((g) => g.by !== 'priority')];
  const header = [
    'group',
    ...STRUCTURE.map((m) => `${m} median`),
    'by',
    'count',
    'total',
    'ownContribution',
    'grantTotal',
    'directBeneficiaries',
    'errors',
    'warnings',
    ...REST.map((m) => `${m} median`),
    ...COMPARED.flatMap((m) => [`${m} n`, `${m} Q1`, `${m} Q3`]),
  ];
  const fmt = (m: string) => (m === 'costPerBeneficiary' ? MONEY : SHARE);
  return {
    name: REPORT_SHEETS[1],
    header,
    rows: ordered.map((g) => [
      g.group ?? '—',
      ...STRUCTURE.map((m) => g.metrics[m]?.median ?? null),
      g.by,
      g.count,
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
      ...STRUCTURE.map(() => SHARE),
      null,
      null,
      MONEY,
      MONEY,
      MONEY,
      MONEY,
      null,
      null,
      ...REST.map(fmt),
      ...COMPARED.flatMap((m) => [null, fmt(m), fmt(m)]),
    ],
    chart: priority.length > 0 ? { title, source: rangeA1(0, 0, priority.length, STRUCTURE.length) } : null,
  };
}

function outliersSheet(report: PortfolioReport): ReportSheet {
  const header = [...OUTLIER_COLUMNS];
  return {
    name: REPORT_SHEETS[2],
    header,
    rows: report.outliers.map(outlierRow),
    formats: header.map(() => null),
    chart: null,
  };
}

export function reportSheets(report: PortfolioReport, titles: ChartTitles): ReportSheet[] {
  return [
    grantsSheet(report.grants, titles.cost),
    groupsSheet(report.groups, titles.budget),
    outliersSheet(report),
  ];
}

/** A sheet name not yet taken (Excel compares names ignoring case); records it as taken. */
export function uniqueSheetName(base: string, taken: Set<string>): string {
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base} (${i})`;
  taken.add(name.toLowerCase());
  return name;
}

/**
 * A value as written to a cell. Text that Excel would take for a formula (a file or grantee name
 * starting with "=", "+", "-" or "@") is quoted so it stays text: names come from other people's files.
 */
export function cellValue(v: SheetValue): string | number {
  if (v === null) return '';
  if (typeof v === 'string' && /^[=+\-@]/.test(v)) return `'${v}`;
  return v;
}
