import { isUnsendableHeaderError } from './unsendable';

/** What kind of network failure an error was, in the words a user needs. */
export type NetworkFailureKind = 'timeout' | 'reset' | 'refused' | 'dns' | 'tls' | 'proxy' | 'aborted' | 'unsendable' | 'other';

const KINDS: { kind: NetworkFailureKind; test: RegExp; words: string }[] = [
  { kind: 'proxy', test: /Proxy response \(\d{3}\)|ERR_PROXY|ERR_TUNNEL|proxy authentication|UND_ERR_SOCKS5|Socks5/i, words: 'refused by the proxy' },
  { kind: 'timeout', test: /ETIMEDOUT|UND_ERR_CONNECT_TIMEOUT|UND_ERR_HEADERS_TIMEOUT|UND_ERR_BODY_TIMEOUT|ERR_TIMED_OUT|timed out/i, words: 'timed out' },
  { kind: 'refused', test: /ECONNREFUSED|ERR_CONNECTION_REFUSED/i, words: 'connection refused' },
  { kind: 'dns', test: /ENOTFOUND|EAI_AGAIN|ERR_NAME_NOT_RESOLVED|ERR_NAME_RESOLUTION_FAILED|getaddrinfo/i, words: 'the host name did not resolve (DNS)' },
  { kind: 'tls', test: /CERT_|ERR_TLS|ERR_SSL|ERR_CERT|self[- ]signed|certificate|EPROTO|wrong version number/i, words: 'the TLS (https) handshake failed' },
  { kind: 'reset', test: /ECONNRESET|EPIPE|ERR_CONNECTION_RESET|ERR_CONNECTION_CLOSED|ERR_EMPTY_RESPONSE|UND_ERR_SOCKET|other side closed|socket hang up|terminated/i, words: 'the connection was reset by the other side' },
  { kind: 'aborted', test: /AbortError|ABORT_ERR|aborted/i, words: 'stopped' },
];

/** Sorts a failure message (with its code, when known) into a kind, and says it plainly. Pure. */
export function classifyNetworkFailure(message: string, code?: string): { kind: NetworkFailureKind; words: string } {
  if (isUnsendableHeaderError(message)) return { kind: 'unsendable', words: 'not sent: a header value has characters HTTP does not allow' };
  const text = `${code ?? ''} ${message}`;
  const hit = KINDS.find((k) => k.test.test(text));
  return hit ? { kind: hit.kind, words: hit.words } : { kind: 'other', words: 'the request failed' };
}

/**
 * The most telling description of a fetch failure. Node's fetch says "fetch failed" and puts the
 * reason one or two `cause`s down (a 407 from a proxy hides as an abort three levels deep).
 */
export function describeFetchError(error: unknown): { message: string; code?: string } {
  if (error instanceof Error && error.name === 'TimeoutError') return { message: error.message, code: 'TIMEOUT' };
  const chain: { message?: string; code?: string; name?: string }[] = [];
  for (let e = error as { message?: string; code?: string; name?: string; cause?: unknown } | undefined, i = 0; e && i < 5; e = e.cause as typeof e, i++) chain.push(e);
  const proxy = chain.find((e) => /Proxy response \(\d{3}\)/.test(e.message ?? ''));
  if (proxy) return { message: proxy.message!, code: 'PROXY' };
  if (chain[0]?.name === 'AbortError' && chain.length === 1) return { message: 'Aborted', code: 'ABORT_ERR' };
  const deepest = [...chain].reverse().find((e) => e.message && e.message !== 'fetch failed') ?? chain[0];
  const code = chain.map((e) => e.code).find((c) => typeof c === 'string');
  const message = deepest?.message ?? String(error);
  return code ? { message, code } : { message };
}
