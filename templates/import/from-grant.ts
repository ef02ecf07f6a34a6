import type { WorkbookGrid } from '../../engine/grid/grid';
import type { Grant } from '../../engine/model/grant';
import type { Estimate, EstimateLine } from '../../engine/model/estimate';
import type { ParticipantStats } from '../../engine/model/impact';
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

function estimateData(estimate: Estimate | undefined, lang: TemplateLang, notes: ImportNote[]): EstimateData {
  const unit = LABELS[lang].estimate.units[0];
  const blankCharge = { unit, qty: null, cost: null, own: null, note: '' };
  const data: EstimateData = {
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
  if (!estimate) return data;
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
  /** Every item under a line, nested groups flattened. */
  const itemsUnder = (l: EstimateLine): EstimateLine[] =>
    l.children.flatMap((i) => {
      const child = lines[i]!;
      return child.kind === 'item' ? [child] : itemsUnder(child);
    });
  for (const section of lines.filter((l) => l.parent === null)) {
    const children = section.children.map((i) => lines[i]!);
    if (section.kind === 'item') {
      notes.push({ kind: 'unplaced', sheet: estimate.sheet, cell: section.labelCell, label: section.label });
    } else if (section.category === 'admin') {
      for (const child of children) {
        if (child.role === 'salary-group') {
          for (const l of itemsUnder(child)) {
            const kind = CHARGES.find((k) => k === l.role);
            if (kind) data.charges[kind] = item(l);
            else data.salaries.push(item(l));
          }
        } else if (child.role === 'salary') data.salaries.push(item(child));
        else if (child.kind === 'item') {
          const kind = CHARGES.find((k) => k === child.role);
          if (kind) data.charges[kind] = item(child);
          else data.admin.push(item(child));
        } else data.admin.push({ label: child.label, items: itemsUnder(child).map(item) });
      }
    } else if (section.category === 'mt' || section.category === 'inst' || section.category === 'mtid') {
      data.mtid.push(...itemsUnder(section).map(item));
    } else if (section.category === 'direct') {
      let loose: EstimateItem[] | null = null;
      for (const child of children) {
        if (child.kind === 'item') {
          if (!loose) data.activities.push({ title: '', items: (loose = []) });
          loose.push(item(child));
        } else {
          loose = null;
          data.activities.push({ title: child.label, items: itemsUnder(child).map(item) });
        }
      }
    } else {
      for (const l of [section, ...itemsUnder(section)])
        notes.push({ kind: 'unplaced', sheet: estimate.sheet, cell: l.labelCell, label: l.label });
    }
  }
  // A section left without lines is misread by the estimate reader (the next section's rows are
  // taken for its own): keep one blank line in it, as the empty template has.
  if (data.mtid.length === 0) data.mtid.push(blankItem());
  if (data.activities.length === 0) data.activities.push({ title: '', items: [blankItem()] });
  return data;
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
  const order = [
    'direct',
    'indirect',
    'staff',
    'specialists',
    'ngos',
    'partners',
    'payroll',
    'taxes',
    'economy',
  ];
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
