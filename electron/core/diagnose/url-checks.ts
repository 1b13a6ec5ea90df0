import type { CauseId } from '../../shared/causes';
import type { Protocol } from '../../shared/protocols';

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\]|::1|0\.0\.0\.0)$/i;

/** True for hosts on this machine, where plain http is normal and safe. */
export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK.test(hostname);
}

/**
 * A trailing path segment the protocol adds itself, so a base URL that ends with it doubles it:
 * Anthropic's paths start with /v1 (`https://api.anthropic.com/v1` + `/v1/messages`), and Ollama's
 * native API lives at /api on the server root (an OpenAI-style `/v1` in front of it is a 404).
 */
const ADDED_BY_PROTOCOL: Partial<Record<Protocol, RegExp>> = {
  anthropic: /\/v1\/?$/i,
  ollama: /\/(v1|api)\/?$/i,
};

/** True when the base URL ends with a segment this protocol adds itself. Pure. */
export function endsWithProtocolSegment(baseUrl: string, protocol: Protocol | undefined): boolean {
  const pattern = protocol ? ADDED_BY_PROTOCOL[protocol] : undefined;
  if (!pattern) return false;
  try {
    return pattern.test(new URL(baseUrl.trim()).pathname);
  } catch {
    return false;
  }
}

/** Static problems in a base URL for a protocol, before any request is made. Pure. */
export function checkBaseUrl(baseUrl: string, protocol?: Protocol): CauseId[] {
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
  if (repeated || endpoint || endsWithProtocolSegment(url, protocol)) out.push('path-duplicated');
  return out;
}

/** Suggests a repaired base URL for the URL causes that have a mechanical fix. Pure. */
export function normalizeBaseUrl(baseUrl: string, protocol?: Protocol): string {
  let url = baseUrl.trim();
  url = url.replace(/^(https?:\/\/)+(https?:?\/*)?/i, (m) => (/^http:\/\//i.test(m) && !/https/i.test(m) ? 'http://' : 'https://'));
  if (url && !/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) url = `${isLoopbackHost(url.split(/[/:]/)[0] ?? '') ? 'http' : 'https'}://${url}`;
  url = url.replace(/\/(chat\/completions|completions|responses|messages)\/?$/i, '');
  url = url.replace(/(\/[^/]+)\1+(?=\/|$)/g, '$1');
  url = url.replace(/\/+$/, '');
  const pattern = protocol ? ADDED_BY_PROTOCOL[protocol] : undefined;
  return pattern ? url.replace(pattern, '') : url;
}
