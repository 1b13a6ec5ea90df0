import type { ResolvedTarget } from './types';

/**
 * The auth header for a target, or none. A missing key sends no header at all (rather than
 * `Bearer undefined`), so the wire log shows the absence honestly.
 */
export function authHeaders(target: ResolvedTarget): Record<string, string> {
  const { auth, key } = target;
  if (auth.requirement === 'none' || key === undefined || key === '') return {};
  return { [auth.header]: auth.scheme === 'bearer' ? `Bearer ${key}` : key };
}
