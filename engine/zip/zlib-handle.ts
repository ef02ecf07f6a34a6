import { types } from 'node:util';
import { constants, InflateRaw } from 'node:zlib';

/**
 * The native inflater inside a zlib stream, as Node's own lib/zlib.js drives it (processChunkSync).
 * These are Node internals, not its public API: `openInflateHandle` checks they are there.
 */
interface NativeInflate {
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
  _handle?: Partial<NativeInflate> | null;
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
 * The native handle of a new InflateRaw stream, or undefined where this Node does not have the
 * internals this relies on (the caller then keeps zlib.inflateRawSync).
 */
export function openInflateHandle(): InflateHandle | undefined {
  const stream = new InflateRaw();
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
  return handleOn(native as NativeInflate, state);
}

function handleOn(native: NativeInflate, state: Uint32Array): InflateHandle {
  let failure: Error | undefined;
  // Node's own handler destroys the stream; this one keeps zlib's message for the caller.
  native.onerror = (message) => {
    failure = new Error(message);
  };
  const handle = {
    usable: true,
    inflate(data: Uint8Array, limit: number): Uint8Array {
      // The buffer inflateRawSync would use (its chunkSize in node-zlib.ts): the same single
      // native write, so the same bytes, errors and stopping point.
      const out = Buffer.allocUnsafe(Math.max(64, limit + 1));
      native.writeSync(constants.Z_FINISH, data, 0, data.length, out, 0, out.length);
      if (failure) {
        handle.usable = false;
        native.close();
        throw failure;
      }
      native.reset();
      // state[0]: the output space zlib left unused. More than `limit` means a longer stream.
      return out.subarray(0, Math.min(limit, out.length - state[0]!));
    },
  };
  return handle;
}
