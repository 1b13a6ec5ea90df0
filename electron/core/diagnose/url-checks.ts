import type { CauseId } from '../../shared/causes';

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\]|::1|0\.0\.0\.0)$/i;

/** True for hosts on this machine, where plain http is normal and safe. */
export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK.test(hostname);
}

/** Static problems in a base URL, before any request is made. Pure. */
export function checkBaseUrl(baseUrl: string): CauseId[] {
  const url = baseUrl.trim();
  const out: CauseId[] = [];
  if (/^(https?:\/\/){2,}/i.test(url) || /^https?:\/\/https?:?\/*/i.test(url)) return ['host-double-scheme'];
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return ['host-no-scheme'];
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return ['host-no-scheme'];
  }
  if (parsed.protocol === 'http:' && !isLoopbackHost(parsed.hostname)) out.push('host-insecure-http');
  const segments = parsed.pathname.split('/').filter(Boolean);
  const repeated = segments.some((s, i) => i > 0 && s === segments[i - 1]);
  const endpoint = /\/(chat\/completions|completions|responses|messages|models|api\/chat|api\/tags)\/?$/i.test(parsed.pathname);
  if (repeated || endpoint) out.push('path-duplicated');
  return out;
}

/** Suggests a repaired base URL for the URL causes that have a mechanical fix. Pure. */
export function normalizeBaseUrl(baseUrl: string): string {
  let url = baseUrl.trim();
  url = url.replace(/^(https?:\/\/)+(https?:?\/*)?/i, (m) => (/^http:\/\//i.test(m) && !/https/i.test(m) ? 'http://' : 'https://'));
  if (url && !/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) url = `${isLoopbackHost(url.split(/[/:]/)[0] ?? '') ? 'http' : 'https'}://${url}`;
  url = url.replace(/\/(chat\/completions|completions|responses|messages)\/?$/i, '');
  url = url.replace(/(\/[^/]+)\1+(?=\/|$)/g, '$1');
  return url.replace(/\/+$/, '');
}
