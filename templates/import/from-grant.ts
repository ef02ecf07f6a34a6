import type { WorkbookGrid } from '../../engine/grid/grid';
import type { Grant } from '../../engine/model/grant';
import type { Estimate, EstimateLine } from '../../engine/model/estimate';
import { ImpactKindSchema, type ParticipantStats } from '../../engine/model/impact';
import type { IndicatorValue } from '../../engine/model/indicator';
import type { ProjectInfo } from '../../engine/model/project';
import type { ChargeKindSchema, EstimateData, EstimateItem } from '../forms/estimate';
import { type ImpactData, emptyImpact } from '../forms/impact';
import type { PlanData } from '../forms/plan';
import { type ProjectData, ProjectDataSchema } from '../forms/project';
import { LABELS, type TemplateLang } from '../labels';
import type { GrantData } from '../workbooks';
import type * as z from 'zod/mini';

/**
 * A grant read from a document (Word or a workbook not made from our templates) → the data the
 * template workbooks are written from. Lines, quantities, unit costs, plans and facts are taken
 * as written; totals are not: the templates compute them by formula. What cannot be placed in
 * the template as written is listed in `notes`, so nothing changes silently.
 */
export type ImportNote =
  | { kind: 'total-only'; sheet: string; cell: string; label: string; total: number }
  | { kind: 'unplaced'; sheet: string; cell: string; label: string }
  | { kind: 'extra-form'; form: 'estimate' | 'plan' | 'impact'; sheet: string };

export interface ImportedGrant {
  data: GrantData;
  notes: ImportNote[];
  counts: { estimateLines: number; planMeasures: number; impactRows: number };
}

type ChargeKind = z.infer<typeof ChargeKindSchema>;
const CHARGES: readonly ChargeKind[] = ['social-contributions', 'social-tax', 'medical', 'pension'];

const DATE = /(\d{1,2})[./](\d{1,2})[./](\d{4})/g;
const pad = (n: string) => n.padStart(2, '0');

/** "01.06.2025 – 30.11.2025" → ISO start and end; a single date is the start. */
function periodDates(period: string | null): { start: string | null; end: string | null } {
  const dates = [...(period ?? '').matchAll(DATE)].map((m) => `${m[3]}-${pad(m[2]!)}-${pad(m[1]!)}`);
  return { start: dates[0] ?? null, end: dates[1] ?? null };
}

function projectData(project: ProjectInfo | null): ProjectData {
  const { start, end } = periodDates(project?.period ?? null);
  return ProjectDataSchema.parse({
    grantee: project?.grantee ?? '',
    direction: project?.priority ?? '',
    region: project?.region ?? '',
    start,
    end,
  });
}

/** The estimate with no lines yet: each payroll charge a blank line, as the form always has them. */
function blankEstimate(lang: TemplateLang): EstimateData {
  const unit = LABELS[lang].estimate.units[0];
  const blankCharge = { unit, qty: null, cost: null, own: null, note: '' };
  return {
    start: null,
    end: null,
    salaries: [],
    charges: {
      'social-contributions': blankCharge,
      'social-tax': blankCharge,
      medical: blankCharge,
      pension: blankCharge,
    },
    admin: [],
    mtid: [],
    activities: [],
  };
}

/** The lines of the estimate read, as the template takes them; `notes` collects what had to change. */
interface Lines {
  /** A line as a template item. */
  item(l: EstimateLine): EstimateItem;
  /** Every item under a line, nested groups flattened. */
  itemsUnder(l: EstimateLine): EstimateLine[];
  childrenOf(l: EstimateLine): EstimateLine[];
}

function linesOf(estimate: Estimate, notes: ImportNote[]): Lines {
  const lines = estimate.lines;
  const item = (l: EstimateLine): EstimateItem => {
    let qty = l.qty?.value ?? null;
    let cost = l.unitCost?.value ?? null;
    // The template's total is quantity × unit cost: a line stating only its total keeps it as 1 × total.
    if ((qty === null || cost === null) && l.total.value !== null && l.total.value !== 0) {
      notes.push({
        kind: 'total-only',
        sheet: estimate.sheet,
        cell: l.total.cell,
        label: l.label,
        total: l.total.value,
      });
      qty = 1;
      cost = l.total.value;
    }
    return { label: l.label, unit: l.unit, qty, cost, own: l.own?.value ?? null, note: '' };
  };
  const childrenOf = (l: EstimateLine) => l.children.map((i) => lines[i]!);
  const itemsUnder = (l: EstimateLine): EstimateLine[] =>
    childrenOf(l).flatMap((child) => (child.kind === 'item' ? [child] : itemsUnder(child)));
  return { item, itemsUnder, childrenOf };
}

function estimateData(estimate: Estimate | undefined, lang: TemplateLang, notes: ImportNote[]): EstimateData {
  const data = blankEstimate(lang);
  if (!estimate) return data;
  const lines = linesOf(estimate, notes);
  const unplaced = (l: EstimateLine) =>
    notes.push({ kind: 'unplaced', sheet: estimate.sheet, cell: l.labelCell, label: l.label });
  for (const section of estimate.lines.filter((l) => l.parent === null)) {
    if (section.kind === 'item') unplaced(section);
    else if (section.category === 'admin') placeAdmin(data, lines, section);
    else if (section.category === 'mt' || section.category === 'inst' || section.category === 'mtid')
      data.mtid.push(...lines.itemsUnder(section).map(lines.item));
    else if (section.category === 'direct') placeActivities(data, lines, section);
    else [section, ...lines.itemsUnder(section)].forEach(unplaced);
  }
  // A section left without lines is misread by the estimate reader (the next section's rows are
  // taken for its own): keep one blank line in it, as the empty template has.
  if (data.mtid.length === 0) data.mtid.push(blankItem());
  if (data.activities.length === 0) data.activities.push({ title: '', items: [blankItem()] });
  return data;
}

/** The administrative section: salaries and their charges to the salary group, the rest after it. */
function placeAdmin(data: EstimateData, lines: Lines, section: EstimateLine): void {
  const charge = (l: EstimateLine) => CHARGES.find((k) => k === l.role);
  for (const child of lines.childrenOf(section)) {
    if (child.role === 'salary-group') {
      for (const l of lines.itemsUnder(child)) {
        const kind = charge(l);
        if (kind) data.charges[kind] = lines.item(l);
        else data.salaries.push(lines.item(l));
      }
    } else if (child.role === 'salary') data.salaries.push(lines.item(child));
    else if (child.kind === 'item') {
      const kind = charge(child);
      if (kind) data.charges[kind] = lines.item(child);
      else data.admin.push(lines.item(child));
    } else data.admin.push({ label: child.label, items: lines.itemsUnder(child).map(lines.item) });
  }
}

/** The direct section: each group an activity; items outside groups gathered in an untitled one. */
function placeActivities(data: EstimateData, lines: Lines, section: EstimateLine): void {
  let loose: EstimateItem[] | null = null;
  for (const child of lines.childrenOf(section)) {
    if (child.kind === 'item') {
      if (!loose) data.activities.push({ title: '', items: (loose = []) });
      loose.push(lines.item(child));
    } else {
      loose = null;
      data.activities.push({ title: child.label, items: lines.itemsUnder(child).map(lines.item) });
    }
  }
}

const blankItem = (): EstimateItem => ({ label: '', unit: '', qty: null, cost: null, own: null, note: '' });

/** A planned or actual value as written; a bare number stays a number so the template's % works. */
function level(v: IndicatorValue | null): number | string | null {
  if (v === null) return null;
  const text = v.text.trim();
  if (text === '') return null;
  return /^\d[\d\s\u00a0]*(?:[.,]\d+)?$/.test(text)
    ? Number(text.replace(/[\s\u00a0]/g, '').replace(',', '.'))
    : text;
}

function planData(plan: Grant['plans'][number] | undefined): PlanData {
  return {
    tasks: (plan?.tasks ?? []).map((t) => ({
      title: t.title,
      activities: t.activities.map((a) => ({
        title: a.title,
        place: a.place,
        period: a.period,
        measures: a.measures.map((m) => ({ name: m.label, plan: level(m.plan), fact: level(m.fact) })),
      })),
    })),
  };
}

const BAND_START = /\d+/;

function impactData(
  impact: Grant['impacts'][number] | undefined,
  stats: ParticipantStats | undefined,
): ImpactData {
  const data = emptyImpact();
  // The model lists the kinds in the form's order (LABELS.impact.indicators), then 'other'.
  const order: readonly string[] = ImpactKindSchema.options.filter((k) => k !== 'other');
  for (const row of impact?.rows ?? []) {
    const i = order.indexOf(row.kind);
    if (i >= 0 && data.indicators[i]!.plan === null && data.indicators[i]!.fact === null)
      data.indicators[i] = { plan: level(row.plan), fact: level(row.fact) };
  }
  const gender = stats?.breakdowns.find((b) => b.kind === 'gender');
  const age = stats?.breakdowns.find((b) => b.kind === 'age');
  const bands = LABELS.kk.impact.bands.map((b) => {
    const start = BAND_START.exec(b)?.[0];
    return age?.parts.find((p) => BAND_START.exec(p.label)?.[0] === start)?.value ?? null;
  });
  data.participants = {
    total: gender?.total.value ?? age?.total.value ?? null,
    men: gender?.parts[0]?.value ?? null,
    women: gender?.parts[1]?.value ?? null,
    bands,
  };
  return data;
}

export function importGrant(grant: Grant, project: ProjectInfo | null, lang: TemplateLang): ImportedGrant {
  const notes: ImportNote[] = [];
  for (const [form, list] of [
    ['estimate', grant.estimates],
    ['plan', grant.plans],
    ['impact', grant.impacts],
  ] as const)
    for (const extra of list.slice(1)) notes.push({ kind: 'extra-form', form, sheet: extra.sheet });
  const projectCard = projectData(project);
  const estimate = estimateData(grant.estimates[0], lang, notes);
  return {
    data: {
      project: projectCard,
      estimate,
      plan: planData(grant.plans[0]),
      impact: impactData(grant.impacts[0], grant.stats[0]),
    },
    notes,
    counts: {
      estimateLines: grant.estimates[0]?.lines.filter((l) => l.kind === 'item').length ?? 0,
      planMeasures: (grant.plans[0]?.tasks ?? []).reduce(
        (n, t) => n + t.activities.reduce((k, a) => k + a.measures.length, 0),
        0,
      ),
      impactRows: grant.impacts[0]?.rows.length ?? 0,
    },
  };
}

/** The template language for a document: Kazakh when it uses letters only Kazakh has, Russian otherwise. */
export function documentLang(workbook: WorkbookGrid): TemplateLang {
  const KAZAKH = /[әғқңөұүһі]/i;
  if ((workbook.paragraphs ?? []).some((t) => KAZAKH.test(t))) return 'kk';
  for (const sheet of workbook.sheets)
    for (const row of sheet.cells)
      for (const c of row) if (typeof c?.value === 'string' && KAZAKH.test(c.value)) return 'kk';
  return 'ru';
}
