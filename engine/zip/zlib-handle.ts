import { types } from 'node:util';
import { constants, DeflateRaw, InflateRaw } from 'node:zlib';
import { joinBytes } from './join-bytes';

/**
 * The native inflater or deflater inside a zlib stream, as Node's own lib/zlib.js drives it
 * (processChunkSync). These are Node internals, not its public API: `nativeOf` checks they are there.
 */
interface NativeZlib {
  writeSync(
    flush: number,
    input: Uint8Array,
    inOffset: number,
    inLength: number,
    output: Uint8Array,
    outOffset: number,
    outLength: number,
  ): void;
  reset(): void;
  close(): void;
  /** Called by the native side with zlib's message when a write fails. */
  onerror: (message: string) => void;
}

interface StreamInternals {
  _handle?: Partial<NativeZlib> | null;
  _writeState?: unknown;
}

/** One native inflater, reset after each entry; closed for good after an error. */
export interface InflateHandle {
  /** Inflates `data` into at most `limit` bytes with the results and errors of inflateRawOnce (node-zlib.ts). */
  inflate(data: Uint8Array, limit: number): Uint8Array;
  /**
   * False once zlib has reported an error: the handle is then closed, and a write to a closed
   * handle aborts the whole process (a native assertion), so it must not be used again.
   */
  readonly usable: boolean;
}

/**
 * The stream's native handle and its state (the output and input space left after a write), or
 * undefined where they are not there.
 */
function nativeOf(stream: InflateRaw | DeflateRaw): [NativeZlib, Uint32Array] | undefined {
  const { _handle: native, _writeState: state } = stream as unknown as StreamInternals;
  if (
    typeof native?.writeSync !== 'function' ||
    typeof native.reset !== 'function' ||
    typeof native.close !== 'function' ||
    // Not instanceof: Node's core makes it in its own realm (under jest that is another one).
    !types.isUint32Array(state)
  ) {
    stream.close();
    return undefined;
  }
  return [native as NativeZlib, state];
}

/**
 * The native handle of a new InflateRaw stream, or undefined where this Node does not have the
 * internals this relies on (the caller then keeps zlib.inflateRawSync).
 */
export function openInflateHandle(): InflateHandle | undefined {
  const found = nativeOf(new InflateRaw());
  return found && handleOn(...found);
}

/**
 * Keeps zlib's message for a failed write (Node's own handler destroys the stream). The function
 * returned, called after each write, closes the handle for good and throws that message.
 */
function failuresOf(native: NativeZlib): (handle: { usable: boolean }) => void {
  let failure: Error | undefined;
  native.onerror = (message) => {
    failure = new Error(message);
  };
  return (handle) => {
    if (!failure) return;
    handle.usable = false;
    native.close();
    throw failure;
  };
}

function handleOn(native: NativeZlib, state: Uint32Array): InflateHandle {
  const throwIfFailed = failuresOf(native);
  const handle = {
    usable: true,
    inflate(data: Uint8Array, limit: number): Uint8Array {
      // The buffer inflateRawSync would use (its chunkSize in node-zlib.ts): the same single
      // native write, so the same bytes, errors and stopping point.
      const out = Buffer.allocUnsafe(Math.max(64, limit + 1));
      native.writeSync(constants.Z_FINISH, data, 0, data.length, out, 0, out.length);
      throwIfFailed(handle);
      native.reset();
      // state[0]: the output space zlib left unused. More than `limit` means a longer stream.
      return out.subarray(0, Math.min(limit, out.length - state[0]!));
    },
  };
  return handle;
}

/** One native deflater: an entry's pieces go through it in order, and the last one resets it. */
export interface DeflateHandle {
  /**
   * The deflated bytes of `piece`, continuing the entry's stream: a sync flush ends them on a
   * byte boundary, and the `final` piece finishes the stream and readies the handle for another.
   */
  deflate(piece: Uint8Array, final: boolean): Uint8Array<ArrayBuffer>;
  /** As InflateHandle.usable. */
  readonly usable: boolean;
}

/** Output space per native write; a piece that deflates to more takes several writes. */
const DEFLATE_OUT = 1 << 16;

/**
 * The native handle of a new DeflateRaw stream at `level`, or undefined where this Node does not
 * have the internals (the caller then keeps zlib.deflateRawSync). deflateRawSync builds a stream
 * (a Duplex, zlib's 256 KB of state, a new output buffer) for every piece of every entry.
 */
export function openDeflateHandle(level: number): DeflateHandle | undefined {
  const found = nativeOf(new DeflateRaw({ level }));
  return found && deflaterOn(...found);
}

function deflaterOn(native: NativeZlib, state: Uint32Array): DeflateHandle {
  const throwIfFailed = failuresOf(native);
  // Reused for every write: its pages are touched once.
  const out = Buffer.allocUnsafe(DEFLATE_OUT);
  const handle = {
    usable: true,
    deflate(piece: Uint8Array, final: boolean): Uint8Array<ArrayBuffer> {
      const flush = final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH;
      const parts: Uint8Array<ArrayBuffer>[] = [];
      // As processChunkSync: while zlib fills the whole output space it has more to give.
      for (let at = 0, left = piece.length; ;) {
        native.writeSync(flush, piece, at, left, out, 0, out.length);
        throwIfFailed(handle);
        // A copy: the next write reuses `out`.
        parts.push(new Uint8Array(out.subarray(0, out.length - state[0]!)));
        if (state[0] !== 0) break;
        at += left - state[1]!;
        left = state[1]!;
      }
      if (final) native.reset();
      return parts.length === 1 ? parts[0]! : joinBytes(parts);
    },
  };
  return handle;
}
