import { ZipDeflate, ZipPassThrough } from 'fflate';

/**
 * Deflates the next piece of one entry, ending it on a byte boundary without the final-block bit
 * unless `final`: the pieces' bytes follow one another as the entry's deflate stream.
 */
export type PieceDeflate = (piece: Uint8Array, final: boolean) => Uint8Array<ArrayBuffer>;

/** The CRC-32 of `data` continued from `crc` (0 to start), as zlib's crc32 gives it. */
export type Crc32 = (data: Uint8Array, crc: number) => number;

/** A deflater for one new entry. */
export type OpenPieceDeflate = () => PieceDeflate;

let openPieceDeflate: OpenPieceDeflate | null = null;
let crc32: Crc32 | null = null;

/**
 * Node has zlib, several times faster than fflate's deflate and CRC (which runs as JavaScript,
 * 10 ms of a 1 000-grant report while still cold): the CLI hands them in here. Browsers and
 * workers keep fflate.
 */
export function usePieceDeflate(open: OpenPieceDeflate, crc?: Crc32): void {
  openPieceDeflate = open;
  crc32 = crc ?? null;
}

/** What ZipPassThrough keeps its running CRC in (fflate's own, unexported): `p` adds data, `d` ends. */
interface RunningCrc {
  p(data: Uint8Array): void;
  d(): number;
}

function runningCrc(crc: Crc32): RunningCrc {
  let value = 0;
  return {
    p: (data) => void (value = crc(data, value)),
    d: () => value,
  };
}

/** fflate's documented way to bring one's own compression: ZipPassThrough counts size and CRC, process() compresses. */
class PieceDeflateEntry extends ZipPassThrough {
  constructor(
    name: string,
    private readonly deflate: PieceDeflate,
    crc: Crc32 | null,
  ) {
    super(name);
    this.compression = 8;
    const self = this as unknown as { c?: RunningCrc };
    // Only where this fflate keeps its CRC as `c` (0.8): otherwise its own is left in place.
    if (crc && typeof self.c?.p === 'function' && typeof self.c.d === 'function') self.c = runningCrc(crc);
  }

  protected override process(piece: Uint8Array<ArrayBuffer>, final: boolean): void {
    this.ondata(null, this.deflate(piece, final), final);
  }
}

/** A deflated zip entry to push an entry's bytes into, piece by piece. */
export function deflatedEntry(name: string): ZipDeflate | ZipPassThrough {
  return openPieceDeflate === null
    ? new ZipDeflate(name, { level: 6 })
    : new PieceDeflateEntry(name, openPieceDeflate(), crc32);
}
