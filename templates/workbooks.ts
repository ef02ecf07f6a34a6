import ExcelJS from 'exceljs';
import {
  type EstimateData,
  type EstimateSheetMap,
  emptyEstimate,
  writeEstimateSheet,
} from './forms/estimate';
import { type ImpactData, type ImpactSheetMap, emptyImpact, writeImpactSheet } from './forms/impact';
import { type PlanData, type PlanSheetMap, emptyPlan, writePlanSheet } from './forms/plan';
import { type ProjectData, ProjectDataSchema, writeProjectSheet } from './forms/project';
import type { TemplateLang } from './labels';

/** Workbooks made of the form sheets: one form alone, or a whole grant (project + estimate + plan + impact). */

function workbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Esep';
  // Fixed dates keep regenerated files byte-stable apart from the zip container.
  wb.created = new Date(Date.UTC(2025, 0, 1));
  wb.modified = wb.created;
  // Excel recalculates on open anyway; this asks other spreadsheet programs to do the same.
  wb.calcProperties = { fullCalcOnLoad: true };
  return wb;
}

export async function estimateWorkbook(lang: TemplateLang, data: EstimateData = emptyEstimate(lang)) {
  const wb = workbook();
  const map = await writeEstimateSheet(wb, lang, data);
  return { wb, map };
}

export async function planWorkbook(lang: TemplateLang, data: PlanData = emptyPlan()) {
  const wb = workbook();
  const map = await writePlanSheet(wb, lang, data);
  return { wb, map };
}

export async function impactWorkbook(lang: TemplateLang, data: ImpactData = emptyImpact()) {
  const wb = workbook();
  const map = await writeImpactSheet(wb, lang, data);
  return { wb, map };
}

export async function projectWorkbook(lang: TemplateLang, data: ProjectData = ProjectDataSchema.parse({})) {
  const wb = workbook();
  const map = await writeProjectSheet(wb, lang, data);
  return { wb, map };
}

export interface GrantData {
  project: ProjectData;
  estimate: EstimateData;
  plan: PlanData;
  impact: ImpactData;
}

export interface GrantMaps {
  estimate: EstimateSheetMap;
  plan: PlanSheetMap;
  impact: ImpactSheetMap;
}

/** The whole grant: the estimate takes its period from the project card, the card its amount from the estimate. */
export async function grantWorkbook(lang: TemplateLang, data?: Partial<GrantData>) {
  const wb = workbook();
  const project = data?.project ?? ProjectDataSchema.parse({});
  const card = await writeProjectSheet(wb, lang, project);
  const estimateData = { ...(data?.estimate ?? emptyEstimate(lang)), start: project.start, end: project.end };
  const estimate = await writeEstimateSheet(wb, lang, estimateData, {
    sheet: card.sheet,
    start: card.start,
    end: card.end,
  });
  card.linkAmount(`'${estimate.sheet}'!${estimate.grantTotalCell}`, estimate.grantTotal);
  const plan = await writePlanSheet(wb, lang, data?.plan ?? emptyPlan());
  const impact = await writeImpactSheet(wb, lang, data?.impact ?? emptyImpact());
  const maps: GrantMaps = { estimate, plan, impact };
  return { wb, map: maps };
}
