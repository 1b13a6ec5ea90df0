import type { ProviderRegion } from './provider';

function hostOf(url: string): string | undefined {
  try {
    return new URL(url.trim()).host.toLowerCase();
  } catch {
    return undefined;
  }
}

/** The region whose endpoint a base URL points at (same host), if any. Pure. */
export function regionOf(regions: readonly ProviderRegion[] | undefined, baseUrl: string): ProviderRegion | undefined {
  const host = hostOf(baseUrl);
  return host ? regions?.find((r) => hostOf(r.baseUrl) === host) : undefined;
}

/** The regions a base URL does not point at, when it points at one of them; else none. Pure. */
export function otherRegions(regions: readonly ProviderRegion[] | undefined, baseUrl: string): ProviderRegion[] {
  const current = regionOf(regions, baseUrl);
  return current ? (regions ?? []).filter((r) => r.id !== current.id) : [];
}
