/** The little XML the .xlsx reader needs, by regular expressions over well-formed OOXML parts. */

const ENTITY = /&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function codePoint(n: number): string {
  // A reference beyond Unicode is kept as written rather than thrown on.
  return n <= 0x10ffff ? String.fromCodePoint(n) : '\ufffd';
}

/**
 * A piece cut out of a larger text, as a string of its own. V8 makes a slice of 13 or more
 * characters point into its parent, so one short cell text kept from a megabyte of sheet XML
 * would keep all of it alive; flattening a concatenation copies the characters instead.
 */
export function own(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/** XML text with its character references and entities resolved, as a string of its own. */
export function decode(s: string): string {
  if (!s.includes('&')) return own(s);
  return s.replace(ENTITY, (_, hex: string | undefined, dec: string | undefined, name: string | undefined) =>
    hex ? codePoint(parseInt(hex, 16)) : dec ? codePoint(Number(dec)) : NAMED[name!]!,
  );
}

const ATTR = /([\w:]+)="([^"]*)"/g;
export function attrs(s: string): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const m of s.matchAll(ATTR)) out[m[1]!] = decode(m[2]!);
  return out;
}

/** One attribute of a tag; cells are the bulk of a sheet, so no general attribute parsing. */
export function attr(tag: string, name: string): string | undefined {
  const at = tag.indexOf(` ${name}="`);
  if (at < 0) return undefined;
  const start = at + name.length + 3;
  const end = tag.indexOf('"', start);
  return end < 0 ? undefined : tag.slice(start, end);
}

/**
 * The text of every <t> in a string item, phonetic runs (<rPh>) left out. Characters XML cannot
 * carry (a carriage return, an escape) are written by Excel as _xHHHH_, and a literal "_x" as
 * _x005F_x: both are turned back into the text typed.
 */
export function textOf(xml: string): string {
  let out = '';
  const body = xml.includes('<rPh') ? xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '') : xml;
  for (const m of body.matchAll(/<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g)) out += decode(m[1] ?? '');
  return out.includes('_x')
    ? out.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : out;
}

/**
 * Feeds a part given in pieces to `take` in whole elements: each piece is cut after the last of
 * `ends` it contains, the rest waits for the next piece. An element longer than `maxPending`
 * characters is refused through `tooLong` rather than held.
 */
export class ElementStream {
  private pending = '';

  constructor(
    private readonly ends: readonly string[],
    private readonly take: (complete: string) => void,
    private readonly maxPending: number,
    private readonly tooLong: () => Error,
  ) {}

  push(text: string): void {
    const all = this.pending + text;
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
    this.take(rest);
  }
}
