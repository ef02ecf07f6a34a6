import { TagAttributes, eachTag, tagAt } from './xml';

/** A cell style as far as values go: its number format code and whether it shows dates. */
export interface ValueStyle {
  /** The Excel number-format code; undefined for General. */
  format?: string;
  isDate: boolean;
}

/** Built-in number formats (ECMA-376 18.8.30), as exceljs names them. */
const BUILTIN: Record<number, string> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};
const BUILTIN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** As exceljs decides (utils.isDateFmt), so cells become dates exactly where they did. */
function isDateFormat(code: string): boolean {
  return /[ymdhMsb]+/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** The attributes read from each tag, made once (a tag's are used before the next is read). */
const NUM_FMT = new TagAttributes(['numFmtId', 'formatCode']);
const XF = new TagAttributes(['numFmtId']);

/** For each cell style index (`s` of a cell): its number format. */
export function valueStyles(xml: string | null): ValueStyle[] {
  if (xml === null) return [];
  const custom = new Map<number, string>();
  eachTag(xml, '<numFmt', NUM_FMT, (a) => custom.set(Number(a.value(xml, 0)), a.value(xml, 1) ?? ''));
  const styles: ValueStyle[] = [];
  // The cell formats are the <xf> in <cellXfs> (those in <cellStyleXfs> are named styles).
  const open = tagAt(xml, '<cellXfs', 0, xml.length);
  const start = open < 0 ? -1 : xml.indexOf('>', open) + 1;
  const end = start <= 0 ? -1 : xml.indexOf('</cellXfs>', start);
  if (end < 0) return styles;
  eachTag(
    xml,
    '<xf',
    XF,
    (a) => {
      const id = Number(a.value(xml, 0) ?? 0);
      const code = custom.get(id) ?? BUILTIN[id];
      if (code === undefined || code === 'General') styles.push({ isDate: false });
      else styles.push({ format: code, isDate: custom.has(id) ? isDateFormat(code) : BUILTIN_DATES.has(id) });
    },
    start,
    end,
  );
  return styles;
}
