import { NETWORK_APIS, withoutNetwork } from '../../addin/portfolio/no-network';

describe('the portfolio worker', () => {
  it('has no way to open a connection once started, neither on its scope nor on the prototypes behind it', () => {
    // As in a browser: fetch is an own property of the scope and also on WorkerGlobalScope.prototype.
    const prototype: Record<string, unknown> = { fetch: () => 'sent through the prototype' };
    const scope: Record<string, unknown> = Object.create(prototype) as Record<string, unknown>;
    Object.assign(scope, { fetch: () => 'sent', XMLHttpRequest: class {}, postMessage: () => {} });
    withoutNetwork(scope);
    for (const name of NETWORK_APIS) expect(scope[name]).toBeUndefined();
    expect(prototype.fetch).toBeUndefined();
    expect(() => {
      'use strict';
      scope.fetch = () => 'sent again';
    }).toThrow(TypeError);
    expect(typeof scope.postMessage).toBe('function');
  });
});
