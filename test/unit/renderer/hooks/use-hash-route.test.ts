import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from '../../../../renderer/hooks/use-hash-route';

describe('routes', () => {
  it('parses and builds hashes', () => {
    expect(parseRoute('#/network/abc')).toEqual({ view: 'network', param: 'abc' });
    expect(parseRoute('#token=xyz')).toEqual({ view: 'chat' });
    expect(parseRoute('')).toEqual({ view: 'chat' });
    expect(routeHash({ view: 'settings', param: 'together' })).toBe('#/settings/together');
  });
});
