import type { Exchange } from '../shared/exchange';

/** The CLI's JSON view of an exchange (DESIGN.md): headers already redacted. Pure. */
export function exchangeJson(e: Exchange) {
  return {
    method: e.method,
    url: e.url,
    request: { headers: e.request.headers },
    ...(e.response ? { response: { status: e.response.status, headers: e.response.headers } } : {}),
    timing: { ...(e.timing.ttfbMs !== undefined ? { ttfbMs: Math.round(e.timing.ttfbMs) } : {}), ...(e.timing.totalMs !== undefined ? { totalMs: Math.round(e.timing.totalMs) } : {}) },
    ...(e.error ? { error: e.error } : {}),
    auth: e.auth,
  };
}
