import { parseA1 } from '../grid/address';
import type { DefinedName } from '../grid/grid';
import { FormKindSchema, type FormKind } from '../model/issue';

/**
 * Our templates mark each form with two workbook-level defined names:
 *   ESEP_<FORM>            → the form's table (header to last row), e.g. ESEP_ESTIMATE → 'Смета'!$A$4:$J$45
 *   ESEP_FORM_<FORM>_V<n>  → the header band of the same table; the name says which layout version it is.
 * Excel moves both when rows are inserted or the sheet is renamed; a copied sheet keeps neither
 * (workbook names stay with the original), so a copy is read by its headers.
 */
/**
 * The header text of the narrow status column every template carries. The add-in writes only
 * below this cell, in its column: a sheet without it gets no writes at all.
 */
export const STATUS_HEADER = 'Esep';

export interface FormMarker {
  form: FormKind;
  version: number;
  sheet: string;
  /** Zero-based inclusive box of the header band on the sheet. */
  header: Box;
  /** Zero-based inclusive box of the whole table, when the table name is present. */
  table: Box | null;
}

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const FORM_NAME = /^ESEP_FORM_([A-Z]+)_V(\d+)$/;
const RANGE = /^(?:'((?:[^']|'')+)'|([^!]+))!(\$?[A-Z]{1,3}\$?\d+)(?::(\$?[A-Z]{1,3}\$?\d+))?$/;

export const tableName = (form: FormKind): string => `ESEP_${form.toUpperCase()}`;
export const formName = (form: FormKind, version: number): string =>
  `ESEP_FORM_${form.toUpperCase()}_V${version}`;

/** "'Смета'!$A$4:$J$5" → sheet and box; null for constants, unions and #REF!. */
export function parseRangeRef(ref: string): { sheet: string; box: Box } | null {
  const m = RANGE.exec(ref.trim());
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]!;
  const a = parseA1(m[3]!);
  const b = m[4] ? parseA1(m[4]) : a;
  return {
    sheet,
    box: {
      top: Math.min(a.row, b.row),
      left: Math.min(a.col, b.col),
      bottom: Math.max(a.row, b.row),
      right: Math.max(a.col, b.col),
    },
  };
}

/** Every form marker among the workbook's defined names. */
export function formMarkers(names: readonly DefinedName[]): FormMarker[] {
  const out: FormMarker[] = [];
  for (const n of names) {
    const m = FORM_NAME.exec(n.name.toUpperCase());
    if (!m) continue;
    const form = FormKindSchema.safeParse(m[1]!.toLowerCase());
    const header = parseRangeRef(n.ref);
    if (!form.success || !header) continue;
    const tableRef = names.find((t) => t.name.toUpperCase() === tableName(form.data));
    const table = tableRef ? parseRangeRef(tableRef.ref) : null;
    out.push({
      form: form.data,
      version: Number(m[2]),
      sheet: header.sheet,
      header: header.box,
      table: table && table.sheet === header.sheet ? table.box : null,
    });
  }
  return out;
}
