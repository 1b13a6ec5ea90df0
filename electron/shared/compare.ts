import type { CauseId } from './causes';
import type { Exchange } from './exchange';

/** The parts of an exchange, in the order that matters for a refusal. */
export const COMPARE_SECTIONS = ['url', 'auth', 'request-headers', 'proxy', 'request-body', 'status', 'response-headers', 'response-body'] as const;
/** One of COMPARE_SECTIONS. */
export type CompareSection = (typeof COMPARE_SECTIONS)[number];

/** One thing that differs: where, what, and each side's value (absent on a side: undefined). */
export interface Difference {
  section: CompareSection;
  key: string;
  a?: string;
  b?: string;
}

/** What differs between two exchanges, which sections are identical, and the cause that explains it. */
export interface Comparison {
  differences: Difference[];
  same: CompareSection[];
  causes: CauseId[];
  /** A difference in what was sent (or in the answer's status): the kind that explains a refusal. */
  matters: boolean;
}

// Headers that differ on every request and say nothing about the setup.
const VOLATILE = /^(date|content-length|x-request-id|request-id|cf-ray|x-ratelimit-.*|set-cookie|age|etag|server-timing|x-amzn-.*|apim-request-id|openai-processing-ms|x-envoy-upstream-service-time|traceparent|anthropic-ratelimit-.*|retry-after|req-cost-time|via|alt-svc|nel|report-to|cf-cache-status)$/i;

function urlParts(url: string): Record<string, string> {
  try {
    const u = new URL(url);
    const out: Record<string, string> = { scheme: u.protocol.replace(':', ''), host: u.host, path: u.pathname };
    for (const [k, v] of u.searchParams) out[`query ${k}`] = v;
    return out;
  } catch {
    return { url };
  }
}

function authParts(e: Exchange): Record<string, string> {
  const a = e.auth;
  return {
    header: a.header,
    present: String(a.present),
    empty: String(a.empty),
    ...(a.scheme ? { scheme: a.scheme } : {}),
    ...(a.length !== undefined ? { length: String(a.length) } : {}),
    ...(a.fingerprint ? { fingerprint: a.fingerprint } : {}),
  };
}

function headerParts(headers: Record<string, string>, skip: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() !== skip.toLowerCase() && !VOLATILE.test(k)) out[k.toLowerCase()] = v;
  return out;
}

// A JSON body as key paths and values (`messages[0].content`), so one changed field shows as one line.
function bodyParts(body: string | undefined): Record<string, string> {
  if (body === undefined) return {};
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return { body };
  }
  const out: Record<string, string> = {};
  const walk = (v: unknown, path: string) => {
    if (v && typeof v === 'object') {
      const entries = Array.isArray(v) ? v.map((x, i) => [`${path}[${i}]`, x] as const) : Object.entries(v).map(([k, x]) => [path ? `${path}.${k}` : k, x] as const);
      if (!entries.length) out[path] = JSON.stringify(v);
      for (const [p, x] of entries) walk(x, p);
    } else out[path || '(body)'] = JSON.stringify(v);
  };
  walk(value, '');
  return out;
}

function diff(section: CompareSection, a: Record<string, string>, b: Record<string, string>): Difference[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys.flatMap((key) => (a[key] === b[key] ? [] : [{ section, key, ...(a[key] !== undefined ? { a: a[key] } : {}), ...(b[key] !== undefined ? { b: b[key] } : {}) }]));
}

const doubled = (path: string) => path.split('/').filter(Boolean).some((s, i, all) => i > 0 && s === all[i - 1]);
const versioned = (path: string) => path.split('/').some((s) => /^v\d+(beta\d*|alpha\d*)?$/i.test(s));

// The catalog cause a difference points at, read in refusal order: the key, the URL, the proxy, the model.
function causesOf(a: Exchange, b: Exchange, differences: readonly Difference[]): CauseId[] {
  const out = new Set<CauseId>();
  const has = (section: CompareSection, key?: string) => differences.some((d) => d.section === section && (!key || d.key === key));
  if (has('auth', 'present')) out.add('key-missing');
  else if (has('auth', 'empty')) out.add('header-empty');
  else if (has('auth', 'header')) out.add('auth-scheme-mismatch');
  else if (has('auth', 'fingerprint') || has('auth', 'length')) out.add('key-rejected');
  const [ua, ub] = [urlParts(a.url), urlParts(b.url)];
  if (has('url', 'scheme') && (ua.scheme === 'http' || ub.scheme === 'http')) out.add('host-insecure-http');
  if (has('url', 'path')) {
    if (doubled(ua.path ?? '') !== doubled(ub.path ?? '')) out.add('path-duplicated');
    else if (versioned(ua.path ?? '') !== versioned(ub.path ?? '')) out.add('path-missing-version');
  }
  if (has('proxy')) out.add('proxy-interference');
  const model = differences.find((d) => d.section === 'request-body' && d.key === 'model');
  if (model?.a && model.b && model.a.toLowerCase() === model.b.toLowerCase()) out.add('model-case');
  else if (model) out.add('model-unknown');
  return [...out];
}

/**
 * What differs between two exchanges (redacted both: keys appear only as masked forms, lengths and
 * fingerprints), section by section in the order that matters for a refusal, identical sections
 * folded, and the catalog cause the difference points at. Pure.
 */
export function compareExchanges(a: Exchange, b: Exchange): Comparison {
  const differences = [
    ...diff('url', urlParts(a.url), urlParts(b.url)),
    ...diff('auth', authParts(a), authParts(b)),
    ...diff('request-headers', headerParts(a.request.headers, a.auth.header), headerParts(b.request.headers, b.auth.header)),
    ...diff('proxy', a.proxy ? { proxy: a.proxy } : {}, b.proxy ? { proxy: b.proxy } : {}),
    ...diff('request-body', bodyParts(a.request.body), bodyParts(b.request.body)),
    ...diff('status', { status: a.response ? String(a.response.status) : (a.error ?? a.state) }, { status: b.response ? String(b.response.status) : (b.error ?? b.state) }),
    ...diff('response-headers', headerParts(a.response?.headers ?? {}, ''), headerParts(b.response?.headers ?? {}, '')),
    ...diff('response-body', bodyParts(a.response?.body), bodyParts(b.response?.body)),
  ];
  const changed = new Set(differences.map((d) => d.section));
  return {
    differences,
    same: COMPARE_SECTIONS.filter((s) => !changed.has(s)),
    causes: causesOf(a, b, differences),
    matters: differences.some((d) => d.section !== 'response-headers' && d.section !== 'response-body'),
  };
}

/**
 * The entry of a list that matches an exchange: same method and path, else same method and the same
 * endpoint (the path's last two segments, so `/v1/chat/completions` finds `/v1/v1/chat/completions`,
 * the very difference to explain). The first such entry, or undefined. Pure.
 */
export function matchingEntry(list: readonly Exchange[], like: Exchange): Exchange | undefined {
  const path = (url: string) => urlParts(url).path ?? '';
  const endpoint = (url: string) => path(url).split('/').filter(Boolean).slice(-2).join('/');
  return list.find((e) => e.method === like.method && path(e.url) === path(like.url)) ?? list.find((e) => e.method === like.method && endpoint(e.url) === endpoint(like.url));
}
