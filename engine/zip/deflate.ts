import { ZipDeflate, ZipPassThrough } from 'fflate';

/**
 * Deflates one piece of an entry on its own (no reference back into earlier pieces), ending it
 * on a byte boundary without the final-block bit unless `final`: pieces made so simply follow one
 * another in the entry's deflate stream.
 */
export type PieceDeflate = (piece: Uint8Array, final: boolean) => Uint8Array<ArrayBuffer>;

let pieceDeflate: PieceDeflate | null = null;

/**
 * Node has zlib, several times faster than fflate's deflate: the CLI hands it in here. Browsers
 * and workers keep fflate.
 */
export function usePieceDeflate(deflate: PieceDeflate): void {
  pieceDeflate = deflate;
}

/** fflate's documented way to bring one's own compression: ZipPassThrough counts size and CRC, process() compresses. */
class PieceDeflateEntry extends ZipPassThrough {
  constructor(
    name: string,
    private readonly deflate: PieceDeflate,
  ) {
    super(name);
    this.compression = 8;
  }

  protected override process(piece: Uint8Array<ArrayBuffer>, final: boolean): void {
    this.ondata(null, this.deflate(piece, final), final);
  }
}

/** A deflated zip entry to push an entry's bytes into, piece by piece. */
export function deflatedEntry(name: string): ZipDeflate | ZipPassThrough {
  return pieceDeflate === null
    ? new ZipDeflate(name, { level: 6 })
    : new PieceDeflateEntry(name, pieceDeflate);
}
