import { describe, expect, it } from 'vitest';
import { otherRegions, regionOf } from '../../../../electron/shared/regions';

const regions = [
  { id: 'cn', name: 'China mainland', baseUrl: 'https://api.moonshot.cn/v1' },
  { id: 'intl', name: 'International', baseUrl: 'https://api.moonshot.ai/v1' },
];

describe('provider regions', () => {
  it('finds the region of a base URL by its host, whatever the path or case', () => {
    expect(regionOf(regions, 'https://API.moonshot.ai/v1/')?.id).toBe('intl');
    expect(regionOf(regions, 'https://gateway.example/v1')).toBeUndefined();
    expect(regionOf(regions, 'not a url')).toBeUndefined();
  });
  it('lists the other regions only when the base URL is one of them', () => {
    expect(otherRegions(regions, 'https://api.moonshot.cn/v1').map((r) => r.id)).toEqual(['intl']);
    expect(otherRegions(regions, 'https://gateway.example/v1')).toEqual([]);
    expect(otherRegions(undefined, 'https://api.moonshot.cn/v1')).toEqual([]);
  });
});
