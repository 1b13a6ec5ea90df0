import type { Exchange } from '../../shared/exchange';
import type { ProviderErrorInfo, ResolvedTarget } from '../providers/types';
import { keyProblems, lintKey } from '../keys/lint';
import { looksLikeHtml } from '../providers/error-body';
import type { CauseId } from '../../shared/causes';
import { checkBaseUrl } from './url-checks';
import { readRefusal } from './reading';
import { isUnsendableHeaderError } from '../net/unsendable';
import { classifyNetworkFailure } from '../net/network-errors';
import { modelCause } from '../../shared/models';

/** What a failed request looked like, for interpretation. */
export interface FailureEvidence {
  target: ResolvedTarget;
  exchange?: Exchange;
  status?: number;
  error?: ProviderErrorInfo;
  bodyText?: string;
  networkCode?: string;
  /** The host's model list, when known: lets a 404 say "wrong case" rather than "unknown". */
  knownModels?: readonly string[];
  /** The error text when no response arrived. */
  networkMessage?: string;
}

/** Causes that apply before any request (configuration and key lint). Pure. */
export function staticCauses(target: ResolvedTarget): CauseId[] {
  const out = new Set<CauseId>(checkBaseUrl(target.baseUrl, target.protocol));
  if (target.key === undefined || target.key === '') {
    if (target.auth.requirement === 'required') out.add('key-missing');
  } else {
    for (const w of keyProblems(target.key, target.providerId, target.auth.scheme)) out.add(w.id);
  }
  return [...out];
}

// Header names a provider's refusal may mention, to spot a key sent in the wrong header.
const HEADER_HINTS: { header: string; pattern: RegExp }[] = [
  { header: 'x-api-key', pattern: /x-api-key/i },
  { header: 'api-key', pattern: /subscription key|\bapi-key header/i },
  { header: 'x-goog-api-key', pattern: /x-goog-api-key/i },
  { header: 'authorization', pattern: /authorization header|bearer/i },
];

/** True when the provider's words point at another auth header than the one the key went in. Pure. */
export function suggestsOtherHeader(sentHeader: string | undefined, message: string): boolean {
  const sent = (sentHeader ?? '').toLowerCase();
  const named = HEADER_HINTS.filter((h) => h.pattern.test(message)).map((h) => h.header);
  return named.length > 0 && !named.includes(sent);
}

/**
 * The key as the server receives it: fetch trims whitespace at both ends of a header value, so a
 * trailing newline never arrives, while a leading space after "Bearer " does. Pure.
 */
export function keyAsReceived(target: ResolvedTarget): string {
  const key = target.key ?? '';
  return target.auth.scheme === 'bearer' ? key.replace(/[\t\n\r ]+$/, '') : key.trim();
}

/** True when two URLs have different origins. Pure. */
export function crossesOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin !== new URL(b).origin;
  } catch {
    return false;
  }
}

/** True when a base URL has no version-like path segment (`/v1`, `/v1beta`, `/openai/v1`, `/api`). Pure. */
export function lacksVersionSegment(baseUrl: string): boolean {
  try {
    return !new URL(baseUrl).pathname.split('/').some((seg) => /^v\d+(beta\d*|alpha\d*)?$/i.test(seg) || seg === 'api' || seg === 'deployments');
  } catch {
    return false;
  }
}

/** True when a response refuses the credentials, whatever its status (see readRefusal). */
export function isAuthFailure(status: number | undefined, error: ProviderErrorInfo | undefined, bodyText?: string): boolean {
  return readRefusal(status, error, bodyText) === 'key';
}

/**
 * Names the catalog causes that explain a failure, most specific first. It never guesses a cause
 * its evidence does not support: an auth failure with a well-formed key sent in the right header is
 * `key-rejected`, not a lint problem that is not there.
 */
export function explainFailure(evidence: FailureEvidence): CauseId[] {
  const { target, status, error, bodyText } = evidence;
  const out = new Set<CauseId>();
  const urlCauses = checkBaseUrl(target.baseUrl, target.protocol);
  if (status === undefined) {
    for (const c of urlCauses) if (c === 'host-no-scheme' || c === 'host-double-scheme') out.add(c);
    // fetch refuses to send a header value with non-ASCII or control characters before any I/O.
    if (isUnsendableHeaderError(evidence.networkMessage)) {
      for (const w of lintKey(target.key ?? '', target.providerId)) if (w.id === 'key-invisible-chars' || w.id === 'key-whitespace') out.add(w.id);
      if (out.size) return [...out];
    }
    // A proxy that wants credentials (407) or refuses us, or a certificate from someone other than
    // the host (TLS interception): something in between answered. Everything else never arrived.
    const kind = classifyNetworkFailure(evidence.networkMessage ?? '', evidence.networkCode).kind;
    if (out.size === 0) out.add(kind === 'proxy' || kind === 'tls' ? 'proxy-interference' : 'network-unreachable');
    return [...out];
  }
  const html = bodyText !== undefined && looksLikeHtml(bodyText);
  const refusal = readRefusal(status, error, bodyText);
  const fromList = modelCause(target.model, evidence.knownModels);
  const pathCause = urlCauses.includes('path-duplicated') ? 'path-duplicated' : target.protocol !== 'anthropic' && target.protocol !== 'ollama' && lacksVersionSegment(target.baseUrl) ? 'path-missing-version' : undefined;
  // A host's own HTML 404 page means the path is wrong for it, not that something is in between.
  if (status === 404 && (fromList || refusal === 'model' || pathCause)) {
    if (fromList) out.add(fromList);
    else if (urlCauses.includes('path-duplicated')) out.add('path-duplicated');
    else if (refusal === 'model') out.add('model-unknown');
    else if (pathCause) out.add(pathCause);
    return [...out];
  }
  if (html) out.add('proxy-interference');
  if (refusal === 'billing') out.add('quota-exhausted');
  else if (refusal === 'key') for (const c of keyRefusalCauses(evidence, urlCauses)) out.add(c);
  else if (refusal === 'model' || (fromList && status >= 400 && status < 500)) out.add(fromList ?? 'model-unknown');
  else if (refusal === 'rate') out.add('rate-limited');
  else if (refusal === 'overloaded') out.add('provider-overloaded');
  return [...out];
}

/** Why a refused key was refused, from how it went out. Pure. */
function keyRefusalCauses(evidence: FailureEvidence, urlCauses: readonly CauseId[]): CauseId[] {
  const { target, exchange, error, bodyText } = evidence;
  const out = new Set<CauseId>();
  const auth = exchange?.auth;
  // fetch drops credentials when a redirect changes origin: the key never reached the final host.
  if (exchange?.redirectedTo && auth?.present && crossesOrigin(exchange.url, exchange.redirectedTo)) {
    out.add('redirect-dropped-auth');
    if (urlCauses.includes('host-insecure-http')) out.add('host-insecure-http');
    return [...out];
  }
  const keyAbsent = target.key === undefined || target.key === '';
  if (keyAbsent && (!auth || !auth.present)) out.add('key-missing');
  else if (auth?.present && auth.empty) out.add('header-empty');
  else if (auth && !auth.present) out.add('header-empty');
  else if (auth && auth.header.toLowerCase() !== target.auth.header.toLowerCase()) out.add('auth-scheme-mismatch');
  else {
    const lint = lintKey(keyAsReceived(target), target.providerId).map((w) => w.id);
    for (const id of lint) out.add(id);
    if (suggestsOtherHeader(auth?.header ?? target.auth.header, `${error?.message ?? ''} ${bodyText ?? ''}`)) out.add('auth-scheme-mismatch');
    else if (lint.length === 0) out.add('key-rejected');
  }
  if (urlCauses.includes('host-insecure-http')) out.add('host-insecure-http');
  return [...out];
}

/**
 * When the status and the body tell different stories, the words for it; undefined when they
 * agree. The causes still name the likelier explanation first. Pure.
 */
export function mixedEvidence(evidence: FailureEvidence): string | undefined {
  const { status, bodyText } = evidence;
  if (status === undefined || bodyText === undefined || !looksLikeHtml(bodyText)) return undefined;
  if (status === 401 || status === 403 || status === 407)
    return `The status (HTTP ${status}) says the credentials were refused, but the body is an HTML page, not the provider's JSON: most likely a proxy, firewall or single sign-on gateway between you and the provider answered. If nothing is in between, the provider refused the key.`;
  if (status === 404)
    return "HTTP 404 with an HTML page: either this host has no API at this path (check the base URL against the provider's documentation), or something in between answered.";
  return undefined;
}
