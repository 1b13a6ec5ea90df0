import type { AuthSummary, Exchange, ExchangePurpose } from '../../../electron/shared/exchange';

/** Status classes the inspector filters by. */
export type StatusClass = '2xx' | '3xx' | '4xx' | '5xx' | 'failed' | 'pending';

/** One row of the exchange list, derived from an exchange. */
export interface ExchangeRow {
  id: string;
  /** What made it: a chat, a model list, a Test. */
  purpose: ExchangePurpose;
  /** When it started, as `HH:MM:SS`. */
  time: string;
  method: string;
  host: string;
  path: string;
  providerId: string;
  /** The status code, or what happened instead (a message key for "stopped" and "failed", or "…"). */
  status: string;
  statusKey?: 'stopped' | 'failed';
  statusClass: StatusClass;
  ttfb: string;
  duration: string;
  size: string;
  failed: boolean;
}

/** The status class of an exchange. Pure. */
export function statusClassOf(e: Exchange): StatusClass {
  if (!e.response) return e.state === 'pending' ? 'pending' : 'failed';
  if (e.state === 'failed') return 'failed';
  const s = e.response.status;
  return s >= 500 ? '5xx' : s >= 400 ? '4xx' : s >= 300 ? '3xx' : '2xx';
}

/** Milliseconds for people: `850 ms`, `1.24 s`, or an em dash. Pure. */
export function formatMs(ms: number | undefined): string {
  if (ms === undefined) return '—';
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

/** Bytes for people. Pure. */
export function formatBytes(n: number | undefined): string {
  if (n === undefined) return '—';
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

function splitUrl(url: string): { host: string; path: string } {
  try {
    const u = new URL(url);
    return { host: u.host, path: `${u.pathname}${u.search}` };
  } catch {
    return { host: '', path: url };
  }
}

/** A start time as `HH:MM:SS` in local time. Pure given the time zone. */
export function clockTime(at: number): string {
  const d = new Date(at);
  return [d.getHours(), d.getMinutes(), d.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':');
}

/** The list row for an exchange. Pure. */
export function toRow(e: Exchange): ExchangeRow {
  const { host, path } = splitUrl(e.url);
  const statusClass = statusClassOf(e);
  const stateKey = e.response ? undefined : e.state === 'aborted' ? 'stopped' : e.state === 'pending' ? undefined : 'failed';
  return {
    id: e.id,
    purpose: e.purpose,
    time: clockTime(e.startedAt),
    ...(stateKey ? { statusKey: stateKey } : {}),
    method: e.method,
    host,
    path,
    providerId: e.providerId ?? e.mcpServer ?? '',
    status: e.response ? String(e.response.status) : e.state === 'pending' ? '…' : e.state === 'aborted' ? 'stopped' : 'failed',
    statusClass,
    ttfb: formatMs(e.timing.ttfbMs),
    duration: formatMs(e.timing.totalMs),
    size: formatBytes(e.size),
    failed: statusClass === 'failed' || statusClass === '4xx' || statusClass === '5xx',
  };
}

/** Filters for the exchange list. */
export interface ExchangeFilter {
  text: string;
  providerId: string;
  statusClass: StatusClass | '';
}

/** Exchanges matching a filter, newest first. Pure. */
export function filterExchanges(list: readonly Exchange[], filter: ExchangeFilter): Exchange[] {
  const needle = filter.text.trim().toLowerCase();
  const out: Exchange[] = [];
  for (let i = list.length - 1; i >= 0; i--) {
    const e = list[i]!;
    if (filter.providerId && e.providerId !== filter.providerId) continue;
    if (filter.statusClass && statusClassOf(e) !== filter.statusClass) continue;
    if (needle && !`${e.method} ${e.url} ${e.response?.status ?? ''} ${e.providerId ?? ''} ${e.mcpServer ?? ''} ${e.error ?? ''}`.toLowerCase().includes(needle)) continue;
    out.push(e);
  }
  return out;
}

/** The auth row: which message says what credential went out, with its values; `bad` when missing or empty. Pure. */
export function describeAuth(auth: AuthSummary): { key: 'inspector.authNotSent' | 'inspector.authEmpty' | 'inspector.authSent'; values: Record<string, string>; bad: boolean } {
  if (!auth.present) return { key: 'inspector.authNotSent', values: { header: auth.header }, bad: true };
  const scheme = auth.scheme ? `${auth.scheme} ` : '';
  if (auth.empty) return { key: 'inspector.authEmpty', values: { header: auth.header, scheme }, bad: true };
  return { key: 'inspector.authSent', values: { header: auth.header, scheme, masked: auth.masked ?? '', length: String(auth.length ?? 0), fingerprint: auth.fingerprint ?? '' }, bad: false };
}

/** Pretty-prints a JSON body; other text passes through. Pure. */
export function prettyBody(body: string | undefined): string {
  if (!body) return '';
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}
