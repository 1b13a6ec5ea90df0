import type { Exchange } from '../net/types';
import type { ProviderErrorInfo, ResolvedTarget } from '../providers/types';
import { lintKey } from '../keys/lint';
import { looksLikeHtml } from '../providers/error-body';
import type { CauseId } from './causes';
import { checkBaseUrl } from './url-checks';

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
}

/** `model-case`, `model-unknown`, or nothing, from the host's model list. Pure. */
export function modelCause(model: string, knownModels: readonly string[] | undefined): 'model-case' | 'model-unknown' | undefined {
  if (!knownModels?.length || knownModels.includes(model)) return undefined;
  return knownModels.some((m) => m.toLowerCase() === model.toLowerCase()) ? 'model-case' : 'model-unknown';
}

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
    if (out.size === 0) out.add('network-unreachable');
    return [...out];
  }
  if (bodyText !== undefined && looksLikeHtml(bodyText)) out.add('proxy-interference');
  if (isAuthFailure(status, error)) {
    const auth = exchange?.auth;
    const keyAbsent = target.key === undefined || target.key === '';
    if (keyAbsent && (!auth || !auth.present)) out.add('key-missing');
    else if (auth?.present && auth.empty) out.add('header-empty');
    else if (auth && !auth.present) out.add('header-empty');
    else {
      const lint = lintKey(target.key ?? '', target.providerId).map((w) => w.id);
      for (const id of lint) out.add(id);
      if (lint.length === 0) out.add('key-rejected');
    }
    if (urlCauses.includes('host-insecure-http')) out.add('host-insecure-http');
    return [...out];
  }
  const fromList = modelCause(target.model, evidence.knownModels);
  if (status === 404 || (status === 400 && fromList)) {
    const text = `${error?.message ?? ''} ${error?.code ?? ''}`;
    if (fromList) out.add(fromList);
    else if (/model/i.test(text)) out.add('model-unknown');
    else for (const c of urlCauses) if (c === 'path-duplicated') out.add(c);
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
