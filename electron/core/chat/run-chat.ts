import type { MessageError } from '../../shared/chat';
import type { Exchange } from '../../shared/exchange';
import type { GenerationOptions } from '../../shared/provider';
import { explainFailure } from '../diagnose/explain';
import { NetworkError, failureOf, type RecordingFetch } from '../net/recording-fetch';
import { requestSecrets } from '../net/redact';
import { DEFAULT_TIMEOUTS, watchdog, type Timeouts } from '../net/timeouts';
import { requestMeta } from '../providers/request-meta';
import type { ChatEvent, ProtocolAdapter, ResolvedTarget, WireMessage, WireTool } from '../providers/types';
import { compactToolCalls, type Accumulated } from './accumulate';
import { createChatEmitter } from './chat-emitter';
import { readAnswer } from './read-answer';

/** Inputs of one chat request. */
export interface RunChatInput {
  http: RecordingFetch;
  adapter: ProtocolAdapter;
  target: ResolvedTarget;
  messages: WireMessage[];
  stream: boolean;
  signal?: AbortSignal;
  onEvent?: (event: ChatEvent) => void;
  /** The host's model list if already known, to tell a wrong-case model from an unknown one. */
  knownModels?: readonly string[];
  options?: GenerationOptions;
  timeouts?: Timeouts;
  /** Tools offered to the model, in the protocol's shape once the adapter builds the request. */
  tools?: readonly WireTool[];
}

/** Result of one chat request: whatever arrived, plus a readable error if it failed. */
export interface ChatOutcome extends Omit<Accumulated, 'error' | 'complete' | 'eventCount'> {
  error?: MessageError;
  exchange?: Exchange;
}

/**
 * Sends one chat request through the recording fetch and reads the answer, streamed or whole.
 * A stream counts as complete only when the protocol says so (a finish reason or its end marker);
 * one that stops before is cut off (`incomplete`), and one with no events at all is an error.
 * Never throws: failures come back as an error with its causes, beside whatever text arrived.
 */
export async function runChat(input: RunChatInput): Promise<ChatOutcome> {
  const { http, adapter, target, stream, signal } = input;
  const request = adapter.chatRequest(target, input.messages, stream, input.options, input.tools);
  const meta = requestMeta(target, 'chat');
  const secrets = requestSecrets(request.headers, request.url, meta.secrets);
  const out = createChatEmitter(secrets, input.onEvent);
  const dog = watchdog(input.timeouts ?? target.timeouts ?? DEFAULT_TIMEOUTS, signal);
  let exchange: Exchange | undefined;
  const fail = (error: Omit<MessageError, 'causes' | 'exchangeId'> & { causes?: MessageError['causes'] }, evidence: Parameters<typeof explainFailure>[0] | undefined) => {
    const causes = error.causes ?? (evidence ? explainFailure(evidence) : []);
    if (exchange && evidence) http.annotate(exchange, causes);
    return { ...error, message: secrets.scrub(error.message), causes, ...(exchange ? { exchangeId: exchange.id } : {}) };
  };
  const done = (error?: MessageError, finishReason?: ChatOutcome['finishReason']): ChatOutcome => {
    dog.stop();
    out.flush();
    const { error: _streamError, complete: _complete, eventCount: _count, ...acc } = out.acc;
    return { ...acc, toolCalls: compactToolCalls(acc.toolCalls), ...(error ? { error } : {}), ...(finishReason ? { finishReason } : {}), ...(exchange ? { exchange } : {}) };
  };
  try {
    const recorded = await http.fetch(request, meta, dog.signal);
    dog.headers();
    exchange = recorded.exchange;
    const { response } = recorded;
    if (!response.ok) {
      const bodyText = await response.text();
      const info = adapter.parseError(response.status, bodyText);
      const message = refusesImages(input.messages, info.message) ? `This model does not take images, says the host: ${info.message} Choose a model that can see images, or send without the image.` : withRetryAfter(info.message, response);
      return done(fail({ status: response.status, message }, { target, exchange, status: response.status, error: info, bodyText, ...(input.knownModels ? { knownModels: input.knownModels } : {}) }), 'error');
    }
    const read = await readAnswer(response, adapter, stream, out.emit, dog);
    if (read.kind === 'not-json') return done(fail({ status: response.status, message: adapter.parseError(response.status, read.bodyText).message }, { target, exchange, status: response.status, bodyText: read.bodyText }), 'error');
  } catch (error) {
    const failure = failureOf(error, dog.signal);
    if (failure.kind === 'aborted') return done(undefined, 'aborted');
    if (error instanceof NetworkError) {
      exchange = error.exchange;
      const message = failure.kind === 'unsendable' ? `The request was not sent: a header (usually the key) contains characters HTTP does not allow (${error.message})` : `Could not reach ${hostOf(request.url)}: ${error.message}`;
      return done(fail({ message }, { target, exchange, networkMessage: error.message, ...(error.code ? { networkCode: error.code } : {}) }), 'error');
    }
    // Headers arrived, then the body broke off: what arrived is kept, and the answer is cut off.
    const cut = failure.kind === 'timeout' ? failure.text : `The answer broke off: ${failure.text}`;
    return done(fail({ message: cut, causes: failure.kind === 'timeout' ? ['network-unreachable'] : [] }, undefined), out.acc.finishReason ? undefined : 'incomplete');
  }
  const { acc } = out;
  if (acc.error) return done(fail({ message: acc.error.message }, { target, ...(exchange ? { exchange } : {}), status: acc.error.status ?? statusFromCode(acc.error.code), error: acc.error }), 'error');
  if (stream && acc.eventCount === 0) return done(fail({ message: 'The provider answered with an empty stream: no text, no finish, nothing.' }, undefined), 'error');
  if (stream && !acc.complete) return done(fail({ message: 'The answer was cut off: the stream ended before the provider marked it complete (no finish reason or end marker).', causes: [] }, undefined), 'incomplete');
  return done();
}

// Errors inside a 200 stream carry the HTTP-like code in the body (OpenRouter: 429, 401).
function statusFromCode(code: string | undefined): number {
  const n = Number(code);
  return Number.isInteger(n) && n >= 400 && n < 600 ? n : 200;
}

/** True when a request carried images and the host's refusal is about images (a model without vision). Pure. */
export function refusesImages(messages: readonly WireMessage[], said: string): boolean {
  const hadImages = messages.some((m) => m.parts?.some((p) => p.kind === 'image'));
  return hadImages && /\bimages?\b|vision|multi-?modal|image_url|input_image|image input/i.test(said);
}

/** Adds the server's Retry-After to a rate-limit message, when it gave one. */
export function withRetryAfter(message: string, response: Response): string {
  const retry = response.headers.get('retry-after');
  if (response.status !== 429 || !retry) return message;
  return /^\d+$/.test(retry) ? `${message} (retry after ${retry} s)` : `${message} (retry after ${retry})`;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return JSON.stringify(url);
  }
}
