import type { Exchange } from '../../shared/exchange';
import type { ProviderErrorInfo, ResolvedTarget } from '../providers/types';
import { lintKey } from '../keys/lint';
import { looksLikeHtml } from '../providers/error-body';
import type { CauseId } from '../../shared/causes';
import { checkBaseUrl } from './url-checks';
import { isUnsendableHeaderError } from '../net/unsendable';
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

// "model" as a word or error code; not "/models" in an "Invalid URL (GET /models)" message.
const MODEL_WORDS = /\bmodel\b|model_not_found|model[_ ]not[_ ]found|\bmodels\/\S+ is not found/i;
const AUTH_WORDS = /api[ _-]?key|unauthori[sz]ed|authenticat|credential|invalid[_ ]?key|x-api-key|permission|forbidden/i;

/** Causes that apply before any request (configuration and key lint). Pure. */
export function staticCauses(target: ResolvedTarget): CauseId[] {
  const out = new Set<CauseId>(checkBaseUrl(target.baseUrl));
  if (target.key === undefined || target.key === '') {
    if (target.auth.requirement === 'required') out.add('key-missing');
  } else {
    for (const w of lintKey(target.key, target.providerId)) out.add(w.id);
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

/** True when a response refuses the credentials (401/403, or Google's 400 API_KEY_INVALID). */
export function isAuthFailure(status: number | undefined, error: ProviderErrorInfo | undefined): boolean {
  if (status === 401) return true;
  if (status === 403) return AUTH_WORDS.test(`${error?.message ?? ''} ${error?.code ?? ''} ${error?.type ?? ''}`);
  return status === 400 && /API_KEY_INVALID/i.test(`${error?.code ?? ''} ${error?.message ?? ''}`);
}

/**
 * Names the catalog causes that explain a failure, most specific first. It never guesses a cause
 * its evidence does not support: an auth failure with a well-formed key sent in the right header is
 * `key-rejected`, not a lint problem that is not there.
 */
export function explainFailure(evidence: FailureEvidence): CauseId[] {
  const { target, exchange, status, error, bodyText } = evidence;
  const out = new Set<CauseId>();
  const urlCauses = checkBaseUrl(target.baseUrl);
  if (status === undefined) {
    for (const c of urlCauses) if (c === 'host-no-scheme' || c === 'host-double-scheme') out.add(c);
    // fetch refuses to send a header value with non-ASCII or control characters before any I/O.
    if (isUnsendableHeaderError(evidence.networkMessage)) {
      for (const w of lintKey(target.key ?? '', target.providerId)) if (w.id === 'key-invisible-chars' || w.id === 'key-whitespace') out.add(w.id);
      if (out.size) return [...out];
    }
    if (out.size === 0) out.add('network-unreachable');
    return [...out];
  }
  if (bodyText !== undefined && looksLikeHtml(bodyText)) out.add('proxy-interference');
  if (isAuthFailure(status, error)) {
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
  const fromList = modelCause(target.model, evidence.knownModels);
  if (status === 404 || (status === 400 && fromList)) {
    const text = `${error?.message ?? ''} ${error?.code ?? ''}`;
    if (fromList) out.add(fromList);
    else if (MODEL_WORDS.test(text)) out.add('model-unknown');
    else if (urlCauses.includes('path-duplicated')) out.add('path-duplicated');
    else if (target.protocol !== 'anthropic' && target.protocol !== 'ollama' && lacksVersionSegment(target.baseUrl)) out.add('path-missing-version');
    return [...out];
  }
  if (status === 429) {
    const text = `${error?.message ?? ''} ${error?.code ?? ''} ${error?.type ?? ''}`;
    out.add(/quota|billing|credit|insufficient/i.test(text) ? 'quota-exhausted' : 'rate-limited');
    return [...out];
  }
  if (status === 503 || status === 529 || /overloaded/i.test(error?.type ?? '')) out.add('provider-overloaded');
  return [...out];
}
