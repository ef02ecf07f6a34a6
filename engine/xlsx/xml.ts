/**
 * The little XML the .xlsx reader needs, over well-formed OOXML parts. Cell texts are the bulk of
 * a workbook, so they are decoded by hand from a range of the part, without cutting it first.
 */

const AMP = 0x26;
const HASH = 0x23;
const SEMI = 0x3b;
const NAMED: readonly (readonly [string, number])[] = [
  ['amp;', 0x26],
  ['lt;', 0x3c],
  ['gt;', 0x3e],
  ['quot;', 0x22],
  ['apos;', 0x27],
];

/** Where the reference parsed last ends (after its ';'). */
let referenceEnd = 0;

function hexDigit(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const lower = c | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x57 : -1;
}

/**
 * The code point of the reference at `amp` (&#1057; &#x421; &amp; …, up to `end`), its end in
 * referenceEnd; -1 when there is none, and the '&' is then kept as written. A number beyond
 * Unicode stands for U+FFFD rather than being thrown on.
 */
function referenceAt(xml: string, amp: number, end: number): number {
  let p = amp + 1;
  if (xml.charCodeAt(p) !== HASH) {
    for (const [name, code] of NAMED)
      if (p + name.length <= end && xml.startsWith(name, p)) {
        referenceEnd = p + name.length;
        return code;
      }
    return -1;
  }
  p++;
  let n = 0;
  let digits = 0;
  if (xml.charCodeAt(p) === 0x78) {
    for (p++; digits < 6 && p < end; p++, digits++) {
      const h = hexDigit(xml.charCodeAt(p));
      if (h < 0) break;
      n = n * 16 + h;
    }
  } else
    for (; digits < 7 && p < end; p++, digits++) {
      const d = xml.charCodeAt(p) - 0x30;
      if (d < 0 || d > 9) break;
      n = n * 10 + d;
    }
  if (digits === 0 || p >= end || xml.charCodeAt(p) !== SEMI) return -1;
  referenceEnd = p + 1;
  return n <= 0x10ffff ? n : 0xfffd;
}

/** UTF-16 code units of the text being decoded, turned into a string a block at a time. */
const units: number[] = [];
const BLOCK = 1024;

/**
 * A piece cut out of a larger text, as a string of its own. V8 makes a slice of 13 or more
 * characters point into its parent, so one short cell text kept from a megabyte of sheet XML
 * would keep all of it alive. Joining two pieces writes the characters into a new flat string:
 * the readers look every text up in Maps (memo.ts), and a slice, or a slice of a flattened
 * concatenation (what this did before), was hashed and compared there 1.3 to 3 times slower.
 */
function own(s: string): string {
  return s.length < 13 ? s : [s.slice(0, 6), s.slice(6)].join('');
}

/** XML text from `start` to `end` of `xml`, its character references and entities resolved, as a string of its own. */
export function decodeRange(xml: string, start: number, end: number): string {
  // Searched in the slice: a search in the part would run on to its next '&', maybe its end.
  const text = xml.slice(start, end);
  if (!text.includes('&')) return own(text);
  let out = '';
  let n = 0;
  for (let i = start; i < end;) {
    let c = xml.charCodeAt(i);
    const reference = c === AMP ? referenceAt(xml, i, end) : -1;
    if (reference >= 0) {
      c = reference;
      i = referenceEnd;
    } else i++;
    if (c > 0xffff) {
      units[n++] = 0xd800 + ((c - 0x10000) >> 10);
      c = 0xdc00 + ((c - 0x10000) & 0x3ff);
    }
    units[n++] = c;
    if (n >= BLOCK) {
      out += String.fromCharCode.apply(null, units.slice(0, n));
      n = 0;
    }
  }
  units.length = n;
  return out + String.fromCharCode.apply(null, units);
}

/**
 * Character data from `start` to `end` of `xml`: references resolved, CDATA sections
 * (`<![CDATA[…]]>`, which some generators write for every text) taken as written.
 */
function charData(xml: string, start: number, end: number): string {
  const text = xml.slice(start, end);
  let cdata = text.indexOf('<![CDATA[');
  if (cdata < 0) return decodeRange(xml, start, end);
  let out = '';
  let at = 0;
  while (cdata >= 0) {
    const close = text.indexOf(']]>', cdata + 9);
    // Unclosed: the rest is read as text.
    if (close < 0) break;
    out += decodeRange(text, at, cdata) + text.slice(cdata + 9, close);
    at = close + 3;
    cdata = text.indexOf('<![CDATA[', at);
  }
  return own(out + decodeRange(text, at, text.length));
}

/** XML text with its character references and entities resolved, as a string of its own. */
export function decode(s: string): string {
  return decodeRange(s, 0, s.length);
}

const ATTR = /([\w:]+)="([^"]*)"/g;
export function attrs(s: string): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const m of s.matchAll(ATTR)) out[m[1]!] = decode(m[2]!);
  return out;
}

/**
 * Where the values of a few attributes lie in a tag, found in one pass over it without cutting
 * any string: cells are the bulk of a sheet. Either quote is taken, and whitespace anywhere XML
 * allows it.
 */
export class TagAttributes {
  /** Value start and end of each name (start -1 when the tag does not have it). */
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Names not yet found in the tag being read: the scan stops when none are left. */
  private missing = 0;

  constructor(private readonly names: readonly string[]) {
    this.start = new Int32Array(names.length);
    this.end = new Int32Array(names.length);
  }

  /** Reads the attributes of the tag between `from` (after its name) and `to` (its '>' or '/>'). */
  scan(xml: string, from: number, to: number): this {
    const { start } = this;
    for (let i = 0; i < start.length; i++) start[i] = -1;
    this.missing = start.length;
    // XML's whitespace is the only text at or below U+0020 a well-formed tag holds there.
    for (let p = from; this.missing > 0;) {
      // Within the tag only: a tag without attributes is followed by text that may hold none.
      let eq = p;
      while (eq < to && xml.charCodeAt(eq) !== 0x3d) eq++;
      if (eq >= to) return this;
      // The name is the word before '=', spaces allowed around it.
      let nameEnd = eq;
      while (nameEnd > p && xml.charCodeAt(nameEnd - 1) <= 0x20) nameEnd--;
      let nameStart = nameEnd;
      while (nameStart > p && xml.charCodeAt(nameStart - 1) > 0x20) nameStart--;
      let q = eq + 1;
      while (xml.charCodeAt(q) <= 0x20) q++;
      const quote = xml.charCodeAt(q);
      if (quote !== 0x22 && quote !== 0x27) return this;
      const close = xml.indexOf(quote === 0x22 ? '"' : "'", q + 1);
      if (close < 0 || close >= to) return this;
      this.found(xml, nameStart, nameEnd, q + 1, close);
      p = close + 1;
    }
    return this;
  }

  private found(xml: string, nameStart: number, nameEnd: number, start: number, end: number): void {
    const length = nameEnd - nameStart;
    const first = xml.charCodeAt(nameStart);
    for (let i = 0; i < this.names.length; i++) {
      const name = this.names[i]!;
      if (
        name.length === length &&
        name.charCodeAt(0) === first &&
        (length === 1 || xml.startsWith(name, nameStart))
      ) {
        if (this.start[i]! < 0) this.missing--;
        this.start[i] = start;
        this.end[i] = end;
        return;
      }
    }
  }

  has(i: number): boolean {
    return this.start[i]! >= 0;
  }

  /** The value of the i-th name, decoded; undefined when absent. */
  value(xml: string, i: number): string | undefined {
    return this.start[i]! < 0 ? undefined : decodeRange(xml, this.start[i]!, this.end[i]!);
  }
}

/** Whether the tag named at `at` (just after its name) ends its name there, as `\b` would have it. */
export function nameEnds(xml: string, at: number): boolean {
  const c = xml.charCodeAt(at);
  // Not a letter, digit or underscore (NaN at the end of the text is neither).
  return !((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f);
}

/**
 * The first `needle` (which starts with '<') from `from` before `end`; -1 when none. It steps from
 * one '<' to the next, so it never reads past the tag that follows `end` (searching a cell's
 * content for what it lacks must not scan the rest of the part).
 */
export function find(xml: string, needle: string, from: number, end: number): number {
  for (let at = xml.indexOf('<', from); at >= 0 && at < end; at = xml.indexOf('<', at + 1))
    if (xml.startsWith(needle, at)) return at;
  return -1;
}

/** The start of the next `<name` tag (its name ended there) from `from` before `end`; -1 when none. */
export function tagAt(xml: string, open: string, from: number, end: number): number {
  for (let at = find(xml, open, from, end); at >= 0; at = find(xml, open, at + 1, end))
    if (nameEnds(xml, at + open.length)) return at;
  return -1;
}

/**
 * Each `<open …>` tag (its name ended there) from `from` before `end`, its attributes read into
 * `attributes` for `visit`.
 */
export function eachTag(
  xml: string,
  open: string,
  attributes: TagAttributes,
  visit: (a: TagAttributes) => void,
  from = 0,
  end = xml.length,
): void {
  // Plain indexOf: each search goes on from the last tag, so the part is read once.
  for (let at = xml.indexOf(open, from); at >= 0 && at < end; at = xml.indexOf(open, at + 1)) {
    if (!nameEnds(xml, at + open.length)) continue;
    const gt = xml.indexOf('>', at);
    if (gt < 0 || gt >= end) return;
    visit(attributes.scan(xml, at + open.length, gt));
  }
}

/** Turns Excel's _xHHHH_ escapes (see textOf) back into the characters. */
function unescapeExcel(text: string): string {
  return text.includes('_x')
    ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
}

/**
 * The text of every <t> in a string item from `start` to `end` of `xml`, phonetic runs (<rPh>)
 * left out. Characters XML cannot carry (a carriage return, an escape) are written by Excel as
 * _xHHHH_, and a literal "_x" as _x005F_x: both are turned back into the text typed.
 */
export function textOf(xml: string, start = 0, end = xml.length): string {
  let out = '';
  // Once a phonetic run is left unclosed, none after it closes: they are read as text, as before.
  let phoneticCloses = true;
  for (let at = xml.indexOf('<', start); at >= 0 && at < end;) {
    if (phoneticCloses && xml.startsWith('<rPh', at) && nameEnds(xml, at + 4)) {
      const close = find(xml, '</rPh>', at, end);
      if (close >= 0) {
        at = xml.indexOf('<', close + 6);
        continue;
      }
      phoneticCloses = false;
    } else if (xml.startsWith('<t', at) && nameEnds(xml, at + 2)) {
      const gt = xml.indexOf('>', at);
      if (gt < 0 || gt >= end) break;
      const selfClosing = xml.charCodeAt(gt - 1) === 0x2f;
      // Nearly always the next tag closes the text; markup before it is a CDATA section.
      const next = selfClosing ? gt : xml.indexOf('<', gt + 1);
      const plain = next >= 0 && next < end && xml.startsWith('</t>', next);
      const close = selfClosing || plain ? next : find(xml, '</t>', gt, end);
      // No </t> up to the end: no <t> after this one closes either.
      if (close < 0) break;
      if (close > gt) out += plain ? decodeRange(xml, gt + 1, close) : charData(xml, gt + 1, close);
      at = xml.indexOf('<', close + 1);
      continue;
    }
    at = xml.indexOf('<', at + 1);
  }
  return unescapeExcel(out);
}

/**
 * Feeds a part given in pieces to `take` in whole elements: each piece is cut after the last of
 * `ends` it contains, the rest waits for the next piece. An element longer than `maxPending`
 * characters is refused through `tooLong` rather than held. The last piece is taken whole.
 */
export class ElementStream {
  private pending = '';

  constructor(
    private readonly ends: readonly string[],
    private readonly take: (complete: string) => void,
    private readonly maxPending: number,
    private readonly tooLong: () => Error,
  ) {}

  push(text: string, last = false): void {
    const all = this.pending + text;
    if (last) {
      this.pending = '';
      this.take(all);
      return;
    }
    let cut = -1;
    for (const end of this.ends) {
      const at = all.lastIndexOf(end);
      if (at >= 0) cut = Math.max(cut, at + end.length);
    }
    if (cut < 0) {
      if (all.length > this.maxPending) throw this.tooLong();
      this.pending = all;
      return;
    }
    this.pending = all.slice(cut);
    if (this.pending.length > this.maxPending) throw this.tooLong();
    this.take(all.slice(0, cut));
  }

  end(): void {
    const rest = this.pending;
    this.pending = '';
    if (rest !== '') this.take(rest);
  }
}
