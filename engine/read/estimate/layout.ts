import type { EstimateColumns } from '../../model/estimate';

/**
 * Where things are on an estimate sheet made from our template, by layout version, relative to
 * the header band the marker ESEP_FORM_ESTIMATE_V<n> points at. The template generator writes
 * from these same numbers, so the two cannot drift apart.
 */
export interface EstimateLayout {
  version: number;
  /** Rows in the header band. */
  headerRows: number;
  /** Column of each role, counted from the band's left column. */
  columns: EstimateColumns & {
    number: number;
    unit: number;
    qty: number;
    unitCost: number;
    own: number;
    grant: number;
    note: number;
  };
  /** The add-in's status column. */
  status: number;
  /** Project period: start and end date cells, rows counted from the band's top (negative: above it). */
  period: { row: number; start: number; end: number; months: number };
}

export const ESTIMATE_LAYOUT_V1: EstimateLayout = {
  version: 1,
  headerRows: 2,
  columns: { number: 0, label: 1, unit: 2, qty: 3, unitCost: 4, total: 5, own: 6, grant: 7, note: 8 },
  status: 9,
  period: { row: -2, start: 3, end: 4, months: 5 },
};

export const ESTIMATE_LAYOUTS: Readonly<Record<number, EstimateLayout>> = { 1: ESTIMATE_LAYOUT_V1 };
