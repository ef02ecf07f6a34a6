/**
 * Everything a worker could reach the network (or load code) with, as far as its global scope
 * goes: the Cache API and FontFace fetch URLs, a nested Worker loads one. A dynamic import()
 * cannot be taken away: the worker's header policy (worker-csp.json) stops that and the rest.
 */
export const NETWORK_APIS = [
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'WebSocketStream',
  'EventSource',
  'WebTransport',
  'importScripts',
  'caches',
  'FontFace',
  'Worker',
];

/**
 * Takes the network away from a worker's global scope: the portfolio worker reads the files the
 * user picked and must never send them anywhere, whatever a workbook or a dependency tries.
 * Browsers keep some of these on the scope's prototypes (WorkerGlobalScope.prototype.fetch would
 * bring fetch back), so they go there too. Called after the worker's code has loaded (webpack
 * loads the worker's chunks first).
 */
export function withoutNetwork(scope: object): void {
  const gone = { value: undefined, writable: false, configurable: false };
  for (let proto = Object.getPrototypeOf(scope) as object | null; proto; proto = Object.getPrototypeOf(proto))
    for (const name of NETWORK_APIS)
      if (Object.getOwnPropertyDescriptor(proto, name)?.configurable)
        Object.defineProperty(proto, name, gone);
  for (const name of NETWORK_APIS) Object.defineProperty(scope, name, gone);
}
