import type { ResolvedTarget, WireRequest } from './types';
import { authHeaders } from './auth-headers';

/**
 * The request scaffolding every protocol shares. Header precedence, the one rule for all of them:
 * defaults (content type, accept), then the key in the provider's auth header, then the protocol's
 * own required headers (`anthropic-version`), then the user's custom headers LAST — a user can
 * override anything, which gateways in front of a provider sometimes need.
 */
export function requestHeaders(target: ResolvedTarget, options: { accept?: string; json?: boolean; protocolHeaders?: Record<string, string> } = {}): Record<string, string> {
  return {
    ...(options.json ? { 'content-type': 'application/json' } : {}),
    accept: options.accept ?? 'application/json',
    ...authHeaders(target),
    ...options.protocolHeaders,
    ...target.headers,
  };
}

/** A JSON POST (a chat request), asking for an event stream when `stream`. */
export function postJson(target: ResolvedTarget, url: string, body: unknown, stream: boolean, protocolHeaders?: Record<string, string>): WireRequest {
  return {
    url,
    method: 'POST',
    headers: requestHeaders(target, { json: true, accept: stream ? 'text/event-stream' : 'application/json', ...(protocolHeaders ? { protocolHeaders } : {}) }),
    body: JSON.stringify(body),
  };
}

/** A JSON GET (a model list). */
export function getJson(target: ResolvedTarget, url: string, protocolHeaders?: Record<string, string>): WireRequest {
  return { url, method: 'GET', headers: requestHeaders(target, protocolHeaders ? { protocolHeaders } : {}) };
}
