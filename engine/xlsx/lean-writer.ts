import { Zip, type ZipDeflate, type ZipPassThrough } from 'fflate';
import { deflatedEntry } from '../zip/deflate';
import { a1, columnName } from '../grid/address';

/**
 * A streaming .xlsx writer for plain report sheets: rows go into the zip as they come, so memory
 * stays flat however many rows a sheet has (exceljs builds the whole workbook in memory first).
 * It writes what a report needs and nothing more: typed cells, a number format per column, column
 * widths, a frozen header row, wrapped text, and optionally the sheet as one Excel table.
 */

/** Excel's built-in "#,##0" and "0%" have fixed ids; anything else gets a custom id from 164 on. */
const BUILT_IN_FORMATS: Record<string, number> = { '#,##0': 3, '0%': 9 };

export interface LeanColumn {
  header: string;
  width: number;
  /** An Excel number-format code ("#,##0", "0.0%"), or one per data row where the rows differ. */
  format?: string | null | readonly (string | null)[];
  wrap?: boolean;
}

export type LeanValue = string | number | boolean | null | undefined;

export interface LeanSheet {
  name: string;
  columns: readonly LeanColumn[];
  rows: Iterable<readonly LeanValue[]>;
  /** The sheet's cells, header included, become an Excel table of this name (filter buttons, stripes). */
  table?: string;
}

/** Excel refuses XML 1.0's forbidden characters and cells longer than 32 767 characters. */
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const MAX_CELL = 32767;
/** Anything xmlText would change; most report texts have none of it. */
const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

function xmlText(s: string): string {
  if (s.length <= MAX_CELL && !NEEDS_ESCAPE.test(s)) return s;
  return s
    .slice(0, MAX_CELL)
    .replace(FORBIDDEN, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** XML may drop white space at the ends of a text unless told to keep it (xml:space). */
const EDGE_SPACE = /^\s|\s$/;

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** Cell styles: 0 plain, 1 the header (bold, wrapped), then one per (format, wrap) pair in use. */
class Styles {
  private readonly formats = new Map<string, number>();
  private readonly xfs: string[] = [
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>',
  ];
  private readonly ids = new Map<string, number>();

  /** The style of a column whose cells all share one format, once per column. */
  private readonly byColumn = new Map<LeanColumn, number>();

  /** The style of a data cell in `column`, `row` rows under the header. */
  of(column: LeanColumn, row: number): number {
    const { format, wrap = false } = column;
    if (typeof format === 'object' && format !== null) return this.idOf(format[row], wrap);
    let id = this.byColumn.get(column);
    if (id === undefined) this.byColumn.set(column, (id = this.idOf(format, wrap)));
    return id;
  }

  private idOf(format: string | null | undefined, wrap: boolean): number {
    if (!format && !wrap) return 0;
    const key = `${format ?? ''}|${wrap ? 1 : 0}`;
    let id = this.ids.get(key);
    if (id === undefined) {
      const numFmt = format ? this.formatId(format) : 0;
      const align = wrap ? ' applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>' : '/>';
      id =
        this.xfs.push(
          `<xf numFmtId="${numFmt}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"${align}`,
        ) - 1;
      this.ids.set(key, id);
    }
    return id;
  }

  private formatId(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.formats.get(code);
    if (id === undefined) this.formats.set(code, (id = 164 + this.formats.size));
    return id;
  }

  xml(): string {
    const fmts = [...this.formats].map(
      ([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlText(code)}"/>`,
    );
    return (
      XML +
      `<styleSheet xmlns="${MAIN}">` +
      (fmts.length ? `<numFmts count="${fmts.length}">${fmts.join('')}</numFmts>` : '') +
      '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfs.length}">${this.xfs.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '</styleSheet>'
    );
  }
}

/** False for printable ASCII and Cyrillic, never white space: most texts' ends, known without a regular expression. */
function maySpace(code: number): boolean {
  return code <= 0x20 || (code >= 0x7f && code < 0x400) || code > 0x52f;
}

function cellXml(ref: string, v: LeanValue, style: number): string {
  const s = style ? ` s="${style}"` : '';
  if (typeof v === 'number') return Number.isFinite(v) ? `<c r="${ref}"${s}><v>${v}</v></c>` : '';
  if (typeof v === 'boolean') return `<c r="${ref}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
  if (v === null || v === undefined || v === '') return '';
  const edge = maySpace(v.charCodeAt(0)) || maySpace(v.charCodeAt(v.length - 1));
  const keep = edge && EDGE_SPACE.test(v) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${s} t="inlineStr"><is><t${keep}>${xmlText(v)}</t></is></c>`;
}

/** Rows are deflated in pieces of about this many bytes. */
const PIECE = 1 << 17;
const encoder = new TextEncoder();

/**
 * An entry's text, each row encoded as UTF-8 straight into a piece of PIECE bytes, pushed to the
 * entry when full: joining a piece's rows into one string first cost a third of a report's time.
 */
class PieceWriter {
  private piece = new Uint8Array(PIECE);
  private used = 0;

  constructor(private readonly entry: ZipDeflate | ZipPassThrough) {}

  add(text: string): void {
    // At most 3 bytes a UTF-16 unit.
    if (this.used + 3 * text.length > this.piece.length) {
      this.flush(false);
      if (3 * text.length > this.piece.length) this.piece = new Uint8Array(3 * text.length);
    }
    this.used += encoder.encodeInto(text, this.piece.subarray(this.used)).written;
  }

  end(): void {
    this.flush(true);
  }

  /**
   * The piece is pushed as it is and then written over: an entry keeps nothing of what it is given
   * (deflatedEntry: fflate's deflater copies it into its window, Node's reads it in the call, and
   * both count its CRC at once). A copy of every 128 KB piece was 1 000 page faults a report.
   */
  private flush(final: boolean): void {
    if (this.used === 0 && !final) return;
    this.entry.push(this.piece.subarray(0, this.used), final);
    this.used = 0;
  }
}

/** Streams one worksheet into the zip; returns the number of rows written, header included. */
function writeSheet(zip: Zip, path: string, sheet: LeanSheet, styles: Styles): number {
  const entry = deflatedEntry(path);
  zip.add(entry);
  const cols = sheet.columns.map(
    (c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`,
  );
  const head =
    XML +
    `<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
    `<cols>${cols.join('')}</cols><sheetData>` +
    `<row r="1">${sheet.columns.map((c, i) => cellXml(a1(0, i), c.header, 1)).join('')}</row>`;
  const letters = sheet.columns.map((_, i) => columnName(i));
  const out = new PieceWriter(entry);
  out.add(head);
  let r = 1;
  for (const row of sheet.rows) {
    let cells = `<row r="${r + 1}">`;
    for (let i = 0; i < row.length; i++) {
      const column = sheet.columns[i];
      cells += cellXml(
        (letters[i] ?? columnName(i)) + (r + 1),
        row[i],
        column ? styles.of(column, r - 1) : 0,
      );
    }
    out.add(cells + '</row>');
    r++;
  }
  out.add('</sheetData>');
  if (sheet.table) out.add('<tableParts count="1"><tablePart r:id="rId1"/></tableParts>');
  out.add('</worksheet>');
  out.end();
  return r;
}

function tableXml(id: number, sheet: LeanSheet, rows: number): string {
  // A table needs a data row: an empty report gets one blank row inside the table.
  const ref = `A1:${a1(Math.max(rows, 2) - 1, sheet.columns.length - 1)}`;
  const cols = sheet.columns.map((c, i) => `<tableColumn id="${i + 1}" name="${xmlText(c.header)}"/>`);
  return (
    XML +
    `<table xmlns="${MAIN}" id="${id}" name="${sheet.table}" displayName="${sheet.table}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${cols.length}">${cols.join('')}</tableColumns>` +
    '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>'
  );
}

function addText(zip: Zip, path: string, text: string): void {
  const entry = deflatedEntry(path);
  zip.add(entry);
  entry.push(encoder.encode(text), true);
}

/**
 * Writes the sheets as one .xlsx through `sink`, chunk by chunk. Sheet names must be valid Excel
 * names (≤ 31 characters, none of : \ / ? * [ ]) and unique; table names valid identifiers.
 */
export function writeLeanXlsx(sheets: readonly LeanSheet[], sink: (chunk: Uint8Array) => void): void {
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else sink(chunk);
  });
  const styles = new Styles();
  const overrides: string[] = [];
  const tables: string[] = [];
  sheets.forEach((sheet, i) => {
    const n = i + 1;
    const rows = writeSheet(zip, `xl/worksheets/sheet${n}.xml`, sheet, styles);
    overrides.push(
      `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    );
    if (!sheet.table) return;
    const t = tables.push(sheet.table);
    addText(zip, `xl/tables/table${t}.xml`, tableXml(t, sheet, rows));
    addText(
      zip,
      `xl/worksheets/_rels/sheet${n}.xml.rels`,
      XML +
        `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/table" Target="../tables/table${t}.xml"/></Relationships>`,
    );
    overrides.push(
      `<Override PartName="/xl/tables/table${t}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>`,
    );
  });
  addText(zip, 'xl/styles.xml', styles.xml());
  addText(
    zip,
    'xl/workbook.xml',
    XML +
      `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets>` +
      sheets
        .map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join('') +
      '</sheets></workbook>',
  );
  addText(
    zip,
    'xl/_rels/workbook.xml.rels',
    XML +
      `<Relationships xmlns="${PKG_REL}">` +
      sheets
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join('') +
      `<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
  );
  addText(
    zip,
    '_rels/.rels',
    XML +
      `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  addText(
    zip,
    '[Content_Types].xml',
    XML +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      overrides.join('') +
      '</Types>',
  );
  zip.end();
  if (failure) throw failure;
}
