import type { Exchange } from '../../shared/exchange';
import { NetworkError, type RecordingFetch } from '../net/recording-fetch';
import { collectSecrets, scrubSecrets } from '../net/redact';
import type { ProtocolAdapter, ResolvedTarget, WireRequest } from '../providers/types';
import type { KeyStatus } from '../../shared/keys';
import { lintKey } from '../keys/lint';
import { runChat } from '../chat/run-chat';
import type { CauseId } from '../../shared/causes';
import type { DoctorCheck, DoctorReport } from '../../shared/doctor';
import { checkBaseUrl } from './url-checks';
import { crossesOrigin, explainFailure, isAuthFailure, modelCause } from './explain';


const MAX_REDIRECTS = 5;
const FAILING_URL_CAUSES: CauseId[] = ['host-no-scheme', 'host-double-scheme'];

/** Follows redirects by hand, recording each hop, dropping credentials across origins as fetch does. */
async function fetchFollowingRedirects(http: RecordingFetch, request: WireRequest, target: ResolvedTarget, purpose: Exchange['purpose']) {
  const hops: Exchange[] = [];
  let current: WireRequest = { ...request, redirect: 'manual' };
  let droppedAuth = false;
  for (let i = 0; i <= MAX_REDIRECTS; i++) {
    let recorded;
    try {
      recorded = await http.fetch(current, { providerId: target.providerId, purpose, authHeader: target.auth.header });
    } catch (error) {
      // Electron's net.fetch cancels a manual redirect instead of returning it ("Redirect was
      // cancelled"): let fetch follow it, and read the redirect from where the answer came from.
      if (!(error instanceof NetworkError) || !/redirect/i.test(error.message)) throw error;
      hops.push(error.exchange);
      const followed = await http.fetch({ ...current, redirect: 'follow' }, { providerId: target.providerId, purpose, authHeader: target.auth.header });
      hops.push(followed.exchange);
      const moved = followed.exchange.redirectedTo;
      return { response: followed.response, exchange: followed.exchange, hops, droppedAuth: droppedAuth || (!!moved && crossesOrigin(current.url, moved)) };
    }
    const { exchange, response } = recorded;
    hops.push(exchange);
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location) return { response, exchange, hops, droppedAuth };
    await response.body?.cancel();
    const next = new URL(location, current.url);
    const headers = { ...current.headers };
    if (crossesOrigin(current.url, next.toString())) {
      for (const name of Object.keys(headers)) {
        if (/^(authorization|x-api-key|api-key|x-goog-api-key|cookie|proxy-authorization)$/i.test(name)) {
          delete headers[name];
          droppedAuth = true;
        }
      }
    }
    // 303, and 301/302 after POST, turn into GET without a body, as browsers and fetch do.
    const toGet = response.status === 303 || ((response.status === 301 || response.status === 302) && current.method === 'POST');
    current = { ...current, url: next.toString(), headers, ...(toGet ? { method: 'GET' as const, body: undefined } : {}) };
  }
  throw new Error(`More than ${MAX_REDIRECTS} redirects`);
}

function uniq(ids: CauseId[]): CauseId[] {
  return [...new Set(ids)];
}

/**
 * Diagnoses one provider: static checks of the base URL and key, then the model list and a minimal
 * chat, following redirects by hand so a dropped auth header is seen. Every request is recorded.
 */
export async function runDoctor(input: { http: RecordingFetch; adapter: ProtocolAdapter; target: ResolvedTarget; keyStatus?: KeyStatus; now?: () => number }): Promise<DoctorReport> {
  const { http, adapter, target, keyStatus } = input;
  const checks: DoctorCheck[] = [];
  const exchanges: Exchange[] = [];
  let ambiguity: string | undefined;

  const urlCauses = target.baseUrl ? checkBaseUrl(target.baseUrl) : (['host-no-scheme'] as CauseId[]);
  const urlFatal = urlCauses.some((c) => FAILING_URL_CAUSES.includes(c));
  checks.push({
    id: 'base-url',
    status: urlCauses.length === 0 ? 'pass' : urlFatal ? 'fail' : 'warn',
    message: !target.baseUrl ? 'No base URL is set.' : urlCauses.length ? `The base URL ${target.baseUrl} has problems.` : `Base URL ${target.baseUrl}`,
    causes: urlCauses,
  });

  const keyCauses: CauseId[] = [];
  const needsKey = target.auth.requirement === 'required';
  if (!target.key) {
    if (needsKey) keyCauses.push('key-missing');
  } else keyCauses.push(...lintKey(target.key, target.providerId).map((w) => w.id));
  if (keyStatus?.envDiffers) keyCauses.push('key-env-override');
  const keySource = keyStatus ? { stored: 'stored key', session: 'key kept for this run', env: `environment variable ${keyStatus.envVar ?? ''}`.trim(), none: 'no key' }[keyStatus.source] : target.key ? 'key given' : 'no key';
  checks.push({
    id: 'key',
    status: keyCauses.includes('key-missing') ? 'fail' : keyCauses.length ? 'warn' : 'pass',
    message: target.key ? `Using the ${keySource} (${target.key.length} chars) in ${target.auth.header}.` : needsKey ? 'No key: no auth header will be sent.' : 'No key (this host does not need one).',
    causes: keyCauses,
  });

  if (urlFatal) {
    checks.push({ id: 'models', status: 'skip', message: 'Skipped: the base URL cannot be requested.', causes: [] }, { id: 'chat', status: 'skip', message: 'Skipped.', causes: [] });
    return finish();
  }

  let modelIds: string[] | undefined;
  try {
    const modelsRequest = adapter.modelsRequest(target);
    const hop = await fetchFollowingRedirects(http, modelsRequest, target, 'probe');
    exchanges.push(...hop.hops);
    const text = await hop.response.text();
    const ids = hop.hops.map((h) => h.id);
    if (hop.response.ok) {
      try {
        modelIds = adapter.parseModels(JSON.parse(text)).map((m) => m.id);
        checks.push({ id: 'models', status: 'pass', message: `The host lists ${modelIds.length} models.`, causes: [], exchangeIds: ids });
      } catch {
        checks.push({ id: 'models', status: 'fail', message: 'The model list was not JSON.', causes: ['proxy-interference'], exchangeIds: ids });
      }
    } else {
      const info = adapter.parseError(hop.response.status, text);
      let causes = explainFailure({ target, exchange: hop.exchange, status: hop.response.status, error: info, bodyText: text });
      if (hop.droppedAuth && isAuthFailure(hop.response.status, info)) causes = uniq(['redirect-dropped-auth', ...causes.filter((c) => c !== 'key-missing' && c !== 'header-empty')]);
      http.annotate(hop.exchange, causes);
      // Some hosts have no model list (404 on /models) yet chat fine: that alone is only a warning.
      const soft = hop.response.status === 404 && !causes.includes('path-missing-version') && !causes.includes('path-duplicated');
      const said = scrubSecrets(info.message, collectSecrets(modelsRequest.headers, modelsRequest.url));
      checks.push({ id: 'models', status: soft ? 'warn' : 'fail', message: `Model list: HTTP ${hop.response.status}: ${said}`, causes: soft ? [] : causes, exchangeIds: ids });
    }
  } catch (error) {
    if (!(error instanceof NetworkError)) throw error;
    exchanges.push(error.exchange);
    const causes = explainFailure({ target, exchange: error.exchange, networkMessage: error.message });
    http.annotate(error.exchange, causes);
    checks.push({ id: 'models', status: 'fail', message: `The request failed before any answer: ${error.message}`, causes, exchangeIds: [error.exchange.id] });
    checks.push({ id: 'chat', status: 'skip', message: 'Skipped: no answer from the host.', causes: [] });
    return finish();
  }

  if (modelIds?.length) {
    const cause = modelCause(target.model, modelIds);
    const exact = cause === 'model-case' ? modelIds.find((m) => m.toLowerCase() === target.model.toLowerCase()) : undefined;
    checks.push({
      id: 'model',
      status: cause ? 'fail' : 'pass',
      message: !target.model ? 'No model chosen.' : cause === 'model-case' ? `The host lists the model as "${exact}", not "${target.model}".` : cause ? `The host does not list "${target.model}".` : `The host lists "${target.model}".`,
      causes: cause ? [cause] : [],
    });
  }

  const outcome = await runChat({ http, adapter, target, messages: [{ role: 'user', content: 'Reply with the single word OK.' }], stream: false, ...(modelIds ? { knownModels: modelIds } : {}) });
  if (outcome.exchange) exchanges.push(outcome.exchange);
  if (outcome.error) {
    checks.push({ id: 'chat', status: 'fail', message: `Chat: ${outcome.error.status ? `HTTP ${outcome.error.status}: ` : ''}${outcome.error.message}`, causes: outcome.error.causes, exchangeIds: outcome.exchange ? [outcome.exchange.id] : [] });
    if (outcome.error.causes.length === 1 && outcome.error.causes[0] === 'key-rejected') {
      ambiguity = 'The key went out well-formed in the expected header and was refused. Most often it was revoked or belongs to another account or project; less often the host expects its key in another header (see auth-scheme-mismatch) or behind another base URL.';
    }
  } else {
    checks.push({ id: 'chat', status: 'pass', message: `Chat answered: ${JSON.stringify(outcome.text.slice(0, 60))}`, causes: [], exchangeIds: outcome.exchange ? [outcome.exchange.id] : [] });
  }
  return finish();

  function finish(): DoctorReport {
    const order: DoctorCheck['status'][] = ['fail', 'warn'];
    const causes = uniq(order.flatMap((s) => checks.filter((c) => c.status === s).flatMap((c) => c.causes)));
    return {
      ok: !checks.some((c) => c.status === 'fail'),
      provider: target.providerId,
      baseUrl: target.baseUrl,
      model: target.model,
      checks,
      causes,
      exchanges,
      ...(ambiguity ? { ambiguity } : {}),
      at: (input.now ?? Date.now)(),
    };
  }
}
