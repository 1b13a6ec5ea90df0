import type { CauseId } from '../../shared/causes';
import type { DoctorCheck } from '../../shared/doctor';
import type { Exchange } from '../../shared/exchange';
import type { KeyStatus } from '../../shared/keys';
import { listedAs, modelCause, modelWithOtherCase } from '../../shared/models';
import { runChat } from '../chat/run-chat';
import { keyProblems } from '../keys/lint';
import { NetworkError, failureOf, type RecordingFetch } from '../net/recording-fetch';
import { requestSecrets } from '../net/redact';
import type { ProtocolAdapter, ResolvedTarget } from '../providers/types';
import { explainFailure, isAuthFailure, mixedEvidence } from './explain';
import { errorInSuccess } from '../providers/error-body';
import { fetchFollowingRedirects } from './redirects';
import { checkBaseUrl } from './url-checks';
import { watchdog, type Timeouts } from '../net/timeouts';

/** What every probing step works with. */
export interface ProbeContext {
  http: RecordingFetch;
  adapter: ProtocolAdapter;
  target: ResolvedTarget;
}

/** A step's verdict plus the exchanges it made. */
export interface StepResult {
  checks: DoctorCheck[];
  exchanges: Exchange[];
}

const FATAL_URL_CAUSES: CauseId[] = ['host-no-scheme', 'host-double-scheme'];

/** Each probe waits at most this long for an answer to begin or go on: a stalled host is named within 30 s. */
export const PROBE_LIMIT_MS = 10_000;

/** A probe's limits: the provider's own, but never longer than PROBE_LIMIT_MS. Pure. */
export function probeTimeouts(target: ResolvedTarget): Timeouts {
  return { firstByteMs: Math.min(target.timeouts.firstByteMs, PROBE_LIMIT_MS), idleMs: Math.min(target.timeouts.idleMs, PROBE_LIMIT_MS) };
}

/** The base URL, judged before any request. Pure. */
export function baseUrlCheck(target: ResolvedTarget): DoctorCheck & { fatal: boolean } {
  const causes = target.baseUrl ? checkBaseUrl(target.baseUrl, target.protocol) : (['host-no-scheme'] as CauseId[]);
  const fatal = causes.some((c) => FATAL_URL_CAUSES.includes(c));
  const message = !target.baseUrl ? 'No base URL is set.' : causes.length ? `The base URL ${target.baseUrl} has problems.` : `Base URL ${target.baseUrl}`;
  return { id: 'base-url', status: causes.length === 0 ? 'pass' : fatal ? 'fail' : 'warn', message, causes, fatal };
}

/** The key, judged before any request: present where needed, and well-formed. Pure. */
export function keyCheck(target: ResolvedTarget, keyStatus?: KeyStatus, keyOrigin?: string): DoctorCheck {
  const causes: CauseId[] = [];
  const needsKey = target.auth.requirement === 'required';
  if (!target.key) {
    if (needsKey) causes.push('key-missing');
  } else causes.push(...keyProblems(target.key, target.providerId, target.auth.scheme).map((w) => w.id));
  if (keyStatus?.envDiffers) causes.push('key-env-override');
  const source = keyOrigin ?? (keyStatus ? { stored: 'stored key', session: 'key kept for this run', env: `environment variable ${keyStatus.envVar ?? ''}`.trim(), none: 'no key' }[keyStatus.source] : target.key ? 'key given' : 'no key');
  const message = target.key ? `Using the ${source} (${target.key.length} chars) in ${target.auth.header}.` : needsKey ? 'No key: no auth header will be sent.' : 'No key (this host does not need one).';
  return { id: 'key', status: causes.includes('key-missing') ? 'fail' : causes.length ? 'warn' : 'pass', message, causes };
}

/** Asks for the model list, following redirects by hand; returns the ids when the host gave them. */
export async function probeModels(ctx: ProbeContext): Promise<StepResult & { modelIds?: string[]; unreachable: boolean; ambiguity?: string }> {
  const { http, adapter, target } = ctx;
  const request = adapter.modelsRequest(target);
  const dog = watchdog(probeTimeouts(target));
  try {
    const hop = await fetchFollowingRedirects(http, request, target, 'probe', dog.signal);
    dog.headers();
    const exchangeIds = hop.hops.map((h) => h.id);
    let text: string;
    try {
      text = await hop.response.text();
    } catch (error) {
      const broke = `The model list broke off: ${failureOf(error, dog.signal).text}`;
      http.annotate(hop.exchange, ['network-unreachable']);
      return { checks: [{ id: 'models', status: 'fail', message: broke, causes: ['network-unreachable'], exchangeIds }], exchanges: hop.hops, unreachable: true };
    } finally {
      dog.stop();
    }
    const hidden = hop.response.ok ? errorInSuccess(text) : undefined;
    if (hop.response.ok && !hidden) {
      try {
        const modelIds = adapter.parseModels(JSON.parse(text)).map((m) => m.id);
        return { checks: [{ id: 'models', status: 'pass', message: `The host lists ${modelIds.length} models.`, causes: [], exchangeIds }], exchanges: hop.hops, modelIds, unreachable: false };
      } catch {
        http.annotate(hop.exchange, ['proxy-interference']);
        return { checks: [{ id: 'models', status: 'fail', message: 'The model list was not JSON.', causes: ['proxy-interference'], exchangeIds }], exchanges: hop.hops, unreachable: false };
      }
    }
    const info = hidden ?? adapter.parseError(hop.response.status, text);
    const evidence = { target, exchange: hop.exchange, status: hop.response.status, error: info, bodyText: text };
    const mixed = mixedEvidence(evidence);
    let causes = explainFailure(evidence);
    if (hop.droppedAuth && isAuthFailure(hop.response.status, info, text)) causes = [...new Set<CauseId>(['redirect-dropped-auth', ...causes.filter((c) => c !== 'key-missing' && c !== 'header-empty')])];
    http.annotate(hop.exchange, causes);
    // Some hosts have no model list (404 on /models) yet chat fine: that alone is only a warning.
    const soft = hop.response.status === 404 && !causes.includes('path-missing-version') && !causes.includes('path-duplicated');
    const said = requestSecrets(request.headers, request.url, Object.values(target.headers)).scrub(info.message);
    return { checks: [{ id: 'models', status: soft ? 'warn' : 'fail', message: `Model list: HTTP ${hop.response.status}: ${said}`, causes: soft ? [] : causes, exchangeIds }], exchanges: hop.hops, unreachable: false, ...(mixed ? { ambiguity: mixed } : {}) };
  } catch (error) {
    dog.stop();
    if (!(error instanceof NetworkError)) throw error;
    const causes = explainFailure({ target, exchange: error.exchange, networkMessage: error.message });
    http.annotate(error.exchange, causes);
    return { checks: [{ id: 'models', status: 'fail', message: `The request failed before any answer: ${error.message}`, causes, exchangeIds: [error.exchange.id] }], exchanges: [error.exchange], unreachable: true };
  }
}

/** The chosen model against the host's list. Pure. */
export function modelCheck(target: ResolvedTarget, modelIds: readonly string[]): DoctorCheck {
  const cause = modelCause(target.model, modelIds);
  const exact = modelWithOtherCase(target.model, modelIds);
  const alias = listedAs(target.model, modelIds);
  const listed = alias && alias !== target.model ? `The host lists "${target.model}" as "${alias}", the same model.` : `The host lists "${target.model}".`;
  const message = !target.model ? 'No model chosen.' : cause === 'model-case' ? `The host lists the model as "${exact}", not "${target.model}".` : cause ? `The host does not list "${target.model}".` : listed;
  return { id: 'model', status: cause ? 'fail' : 'pass', message, causes: cause ? [cause] : [] };
}

const KEY_REJECTED_AMBIGUITY =
  'The key went out well-formed in the expected header and was refused. Most often it was revoked or belongs to another account or project; less often the host expects its key in another header (see auth-scheme-mismatch) or behind another base URL.';

/** A one-word chat, the proof that the whole setup works. */
export async function probeChat(ctx: ProbeContext, modelIds?: string[]): Promise<StepResult & { ambiguity?: string }> {
  const outcome = await runChat({ ...ctx, messages: [{ role: 'user', content: 'Reply with the single word OK.' }], stream: false, timeouts: probeTimeouts(ctx.target), ...(modelIds ? { knownModels: modelIds } : {}) });
  const exchanges = outcome.exchange ? [outcome.exchange] : [];
  const exchangeIds = exchanges.map((e) => e.id);
  if (!outcome.error) return { checks: [{ id: 'chat', status: 'pass', message: `Chat answered: ${JSON.stringify(outcome.text.slice(0, 60))}`, causes: [], exchangeIds }], exchanges };
  const { status, message, causes } = outcome.error;
  const check: DoctorCheck = { id: 'chat', status: 'fail', message: `Chat: ${status ? `HTTP ${status}: ` : ''}${message}`, causes, exchangeIds };
  return { checks: [check], exchanges, ...(causes.length === 1 && causes[0] === 'key-rejected' ? { ambiguity: KEY_REJECTED_AMBIGUITY } : {}) };
}
