import { inflateSync } from 'fflate';

/**
 * Inflates a small entry in one call into at most `limit` bytes; returns what fits (a stream
 * longer than `limit` returns exactly `limit` bytes, which the caller sees as a lie).
 */
export type OneShotInflate = (data: Uint8Array, limit: number) => Uint8Array;

let oneShot: OneShotInflate = (data, limit) => inflateSync(data, { out: new Uint8Array(limit) });

/**
 * Node has zlib, several times faster than fflate: its entry points (the CLI, the portfolio's
 * threads) hand it in here. Browsers and workers keep fflate. Either stops at `limit`.
 */
export function useOneShotInflate(inflate: OneShotInflate): void {
  oneShot = inflate;
}

export function inflateOneShot(data: Uint8Array, limit: number): Uint8Array {
  return oneShot(data, limit);
}
