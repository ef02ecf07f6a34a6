import { NETWORK_APIS, withoutNetwork } from '../../addin/portfolio/no-network';

describe('the portfolio worker', () => {
  it('has no way to open a connection once started', () => {
    const scope: Record<string, unknown> = {
      fetch: () => 'sent',
      XMLHttpRequest: class {},
      postMessage: () => {},
    };
    withoutNetwork(scope);
    for (const name of NETWORK_APIS) expect(scope[name]).toBeUndefined();
    expect(() => {
      'use strict';
      scope.fetch = () => 'sent again';
    }).toThrow(TypeError);
    expect(typeof scope.postMessage).toBe('function');
  });
});
