/** SpreadsheetML's main namespace: transitional (what Excel writes) and strict. */
const MAIN_NAMESPACE =
  /^(?:http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main|http:\/\/purl\.oclc\.org\/ooxml\/spreadsheetml\/main)$/;

/** A prefixed root element's start tag, and its prefix. */
const PREFIXED_ROOT = /^<([A-Za-z_][\w.-]*):[A-Za-z_][\w.-]*\b[^>]*>/;

/** How much of a part is looked at for its root element before it is taken as unprefixed. */
const HEAD_LIMIT = 64 * 1024;

/**
 * The prefix a part binds SpreadsheetML's namespace to on a prefixed root element
 * (`<x:worksheet xmlns:x="…/spreadsheetml/2006/main">`), or null: Excel, LibreOffice, exceljs and
 * openpyxl write none, but generators built on the OpenXML SDK write `x:`.
 */
export function mainPrefix(head: string): string | null {
  const start = head.search(/<[^?!]/);
  if (start < 0) return null;
  const root = PREFIXED_ROOT.exec(head.slice(start));
  if (root === null) return null;
  const prefix = root[1]!;
  const bound = new RegExp(`\\bxmlns:${prefix.replace(/\./g, '\\.')}\\s*=\\s*(["'])([^"']*)\\1`).exec(
    root[0],
  );
  return bound !== null && MAIN_NAMESPACE.test(bound[2]!) ? prefix : null;
}

/**
 * A part's text with SpreadsheetML's prefix taken off its element names (`<x:c>` read as `<c>`),
 * fed piece by piece as the zip layer streams it: a name split between two pieces is joined first.
 * Unprefixed parts (nearly all) pass through untouched.
 */
export class Unprefixer {
  /** Undefined until the root element has been seen. */
  private prefix: string | null | undefined;
  private held = '';

  push(text: string, last: boolean): string {
    let all = this.held + text;
    this.held = '';
    if (this.prefix === undefined) {
      // The root's start tag may not be whole in the first piece of a streamed part.
      if (!last && all.length < HEAD_LIMIT && !/<[^?!][^>]*>/.test(all)) {
        this.held = all;
        return '';
      }
      this.prefix = mainPrefix(all);
    }
    const prefix = this.prefix;
    if (prefix === null) return all;
    if (!last) {
      // "<x", "</x:" at the end may continue in the next piece.
      const lt = all.lastIndexOf('<');
      if (lt >= 0 && all.length - lt < prefix.length + 3) {
        this.held = all.slice(lt);
        all = all.slice(0, lt);
      }
    }
    return all.replaceAll(`<${prefix}:`, '<').replaceAll(`</${prefix}:`, '</');
  }
}

/** A whole part's text without SpreadsheetML's prefix on its element names. */
export function unprefixed(text: string): string {
  return new Unprefixer().push(text, true);
}
