import type { Exchange } from '../../shared/exchange';

interface HarHeader {
  name: string;
  value: string;
}

const headerList = (headers: Record<string, string>): HarHeader[] => Object.entries(headers).map(([name, value]) => ({ name, value }));

function queryOf(url: string): HarHeader[] {
  try {
    return [...new URL(url).searchParams.entries()].map(([name, value]) => ({ name, value }));
  } catch {
    return [];
  }
}

function headerValue(headers: Record<string, string>, name: string): string | undefined {
  return Object.entries(headers).find(([k]) => k.toLowerCase() === name)?.[1];
}

/** Builds the HAR 1.2 entry of an exchange (already redacted). Pure. */
export function harEntry(e: Exchange) {
  const total = Math.max(0, Math.round(e.timing.totalMs ?? e.timing.ttfbMs ?? 0));
  const wait = Math.max(0, Math.round(e.timing.ttfbMs ?? total));
  const res = e.response;
  const text = res?.body ?? res?.chunks?.map((c) => c.data).join('');
  const reqType = headerValue(e.request.headers, 'content-type') ?? 'application/json';
  return {
    startedDateTime: new Date(e.startedAt).toISOString(),
    time: total,
    request: {
      method: e.method,
      url: e.url,
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: headerList(e.request.headers),
      queryString: queryOf(e.url),
      ...(e.request.body !== undefined ? { postData: { mimeType: reqType, text: e.request.body } } : {}),
      headersSize: -1,
      bodySize: e.request.body !== undefined ? Buffer.byteLength(e.request.body) : 0,
    },
    response: {
      status: res?.status ?? 0,
      statusText: res?.statusText ?? '',
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: headerList(res?.headers ?? {}),
      content: {
        size: e.size ?? (text !== undefined ? Buffer.byteLength(text) : 0),
        mimeType: (res && headerValue(res.headers, 'content-type')) ?? 'x-unknown',
        ...(text !== undefined ? { text } : {}),
        ...(res?.bodyTruncated ? { comment: 'truncated by the wire log body cap' } : {}),
      },
      redirectURL: e.redirectedTo ?? '',
      headersSize: -1,
      bodySize: e.size ?? -1,
      ...(e.error ? { _error: e.error } : {}),
    },
    cache: {},
    timings: { send: 0, wait, receive: Math.max(0, total - wait) },
    ...(e.causes?.length ? { comment: `Switchboard causes: ${e.causes.join(', ')}` } : {}),
    // What only Switchboard knows (redacted like the rest): for comparing this entry with another.
    _switchboard: { auth: e.auth, purpose: e.purpose, ...(e.providerId ? { providerId: e.providerId } : {}), ...(e.proxy ? { proxy: e.proxy } : {}), ...(e.causes?.length ? { causes: e.causes } : {}) },
  };
}

/** A HAR 1.2 log of exchanges (already redacted), openable in browser developer tools. Pure. */
export function toHar(exchanges: readonly Exchange[], creator: { name: string; version: string }) {
  return { log: { version: '1.2', creator, pages: [], entries: exchanges.map(harEntry) } };
}
