/** Everything a worker could reach the network (or load code) with. */
export const NETWORK_APIS = [
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'EventSource',
  'WebTransport',
  'importScripts',
];

/**
 * Takes the network away from a worker's global scope: the portfolio worker reads the files the
 * user picked and must never send them anywhere, whatever a workbook or a dependency tries.
 * Called after the worker's code has loaded (webpack loads the worker's chunks first).
 */
export function withoutNetwork(scope: object): void {
  for (const name of NETWORK_APIS)
    Object.defineProperty(scope, name, {
      value: undefined,
      writable: false,
      configurable: false,
    });
}
