import { AppError } from '../../shared/errors';
import { explainFailure } from '../diagnose/explain';
import { NetworkError, failureOf, type RecordingFetch } from '../net/recording-fetch';
import { watchdog } from '../net/timeouts';
import { requestSecrets } from '../net/redact';
import { requestMeta } from './request-meta';
import type { Exchange } from '../../shared/exchange';
import type { ProtocolAdapter, ResolvedTarget } from './types';
import type { ModelInfo } from '../../shared/provider';

/** A failed model-list request: readable message, HTTP status if any, catalog causes. */
export class ModelListError extends AppError {
  constructor(
    message: string,
    causes: ConstructorParameters<typeof AppError>[2],
    readonly status: number | undefined,
    readonly exchange: Exchange,
  ) {
    super(status === undefined ? 'network' : 'provider-error', message, causes);
  }
}

/** Asks a host for its models through the recording fetch; failures come back explained. */
export async function fetchModelList(http: RecordingFetch, adapter: ProtocolAdapter, target: ResolvedTarget, signal?: AbortSignal): Promise<{ models: ModelInfo[]; exchange: Exchange }> {
  const request = adapter.modelsRequest(target);
  const meta = requestMeta(target, 'models');
  const secrets = requestSecrets(request.headers, request.url, meta.secrets);
  const dog = watchdog(target.timeouts, signal);
  let recorded;
  try {
    recorded = await http.fetch(request, meta, dog.signal);
    dog.headers();
  } catch (error) {
    dog.stop();
    if (!(error instanceof NetworkError)) throw error;
    const causes = explainFailure({ target, exchange: error.exchange, networkMessage: error.message });
    http.annotate(error.exchange, causes);
    throw new ModelListError(`Could not reach the host: ${error.message}`, causes, undefined, error.exchange);
  }
  const { exchange, response } = recorded;
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    throw new ModelListError(`The model list broke off: ${failureOf(error, dog.signal).text}`, ['network-unreachable'], response.status, exchange);
  } finally {
    dog.stop();
  }
  if (!response.ok) {
    const info = adapter.parseError(response.status, text);
    const causes = explainFailure({ target, exchange, status: response.status, error: info, bodyText: text });
    http.annotate(exchange, causes);
    throw new ModelListError(secrets.scrub(`HTTP ${response.status}: ${info.message}`), causes, response.status, exchange);
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    http.annotate(exchange, ['proxy-interference']);
    throw new ModelListError('The model list was not JSON.', ['proxy-interference'], response.status, exchange);
  }
  return { models: adapter.parseModels(body), exchange };
}
