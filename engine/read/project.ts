import type { Sheet } from '../grid/grid';
import type { ProjectField, ProjectInfo } from '../model/project';
import { memoByText } from './memo';
import { norm } from './text';

/**
 * Labels of block I in Kazakh, Russian and English, on norm()-ed text. The Kazakh forms vary
 * ("Грант алушы" / "Грантты алушы", "бағыты" / "бағыттары", "іске асыру" / "іске асырылу").
 */
const LABELS: ReadonlyArray<readonly [ProjectField, RegExp]> = [
  [
    'grantee',
    /^(грантт?ы? алушы|грантополучатель|получатель гранта|grantee|grant recipient)|^(үкіметтік емес )?ұйымның толық атауы$|^полное наименование (неправительственной )?организации$/u,
  ],
  ['priority', /басым бағыт|приоритетн\p{L}* направлени|^priority/u],
  ['region', /іске асыр\p{L}* аумағ|территори\p{L}* реализации|^(регион|region|territory)\b/u],
  [
    'period',
    /іске асыр\p{L}* кезең|(срок|период)\p{L}* реализации|^(project )?period\b|іске асыр\p{L}* басталу күні|дата начала реализации/u,
  ],
];

/**
 * A label is short; longer text that happens to contain the words is narrative, not a label. The
 * official Word forms number their labels, make them long and explain them in brackets ("1. …
 * басым бағыты (мемлекеттік гранттардың … тізбесінен алынады)"): brackets are left out before
 * measuring, and a numbered label may be longer.
 */
const MAX_LABEL = 80;
const MAX_NUMBERED_LABEL = 110;
const NUMBERING = /^\s*\d{1,2}[.)]\s*/;
const BRACKETED = /\([^()]*\)/g;
/** Block I sits at the top of its sheet; the rest of a large sheet is not searched. */
const MAX_ROWS = 200;
const YEAR = /(?<!\d)(20\d\d)(?!\d)/;
/** A cheap test on the raw text before normalising: every label above has one of these words. */
const HINT =
  /грант|grant|басым|аума|территор|кезе|срок|период|приоритет|region|territory|period|priority|атауы|наименование|басталу|начала/i;

/** Remembered by the cell's text: every grant of a portfolio repeats the same labels. */
const labelOf = memoByText(findLabel);

function findLabel(text: string): { field: ProjectField; rest: string } | null {
  const colon = text.indexOf(':');
  const raw = colon >= 0 ? text.slice(0, colon) : text;
  if (raw.length > 2 * MAX_NUMBERED_LABEL || !HINT.test(raw)) return null;
  const numbered = NUMBERING.test(raw);
  const label = norm(raw.replace(NUMBERING, '').replace(BRACKETED, ''));
  if (label === '' || label.length > (numbered ? MAX_NUMBERED_LABEL : MAX_LABEL)) return null;
  for (const [field, pattern] of LABELS)
    if (pattern.test(label)) return { field, rest: colon >= 0 ? text.slice(colon + 1) : '' };
  return null;
}

const clean = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();

/**
 * Finds "Label: value" in one cell, or a label cell with its value in the next non-empty
 * cell to the right. The first sheet that states a field wins.
 */
export function readProject(sheets: readonly Sheet[]): ProjectInfo | null {
  const info: ProjectInfo = {
    grantee: null,
    priority: null,
    region: null,
    period: null,
    year: null,
    cells: {},
  };
  let missing = 4;
  for (const sheet of sheets) {
    const rows = Math.min(sheet.rowCount, MAX_ROWS);
    for (let r = 0; r < rows && missing > 0; r++) {
      for (let c = 0; c < sheet.width(r); c++) {
        const v = sheet.cell(r, c)?.value;
        if (typeof v !== 'string') continue;
        const found = labelOf(v);
        if (!found || info[found.field] !== null) continue;
        let value = clean(found.rest);
        let at = c;
        for (let k = c + 1; value === '' && k < sheet.width(r); k++) {
          value = clean(sheet.text(r, k));
          at = k;
        }
        if (value === '') continue;
        info[found.field] = value;
        missing--;
        info.cells[found.field] = `${sheet.name}!${sheet.address(r, at)}`;
      }
    }
  }
  if (info.period !== null) {
    const y = YEAR.exec(info.period);
    if (y) info.year = Number(y[1]);
  }
  const anything = info.grantee ?? info.priority ?? info.region ?? info.period;
  return anything === null ? null : info;
}
