import type { ChatEvent, ProtocolAdapter, ResolvedTarget, WireMessage } from '../providers/types';
import type { GenerationOptions } from '../../shared/provider';
import { NetworkError, type RecordingFetch } from '../net/recording-fetch';
import type { Exchange } from '../../shared/exchange';
import { explainFailure } from '../diagnose/explain';
import { collectSecrets, scrubSecrets } from '../net/redact';
import type { MessageError } from '../../shared/chat';
import { accumulate, compactToolCalls, emptyAccumulated, type Accumulated } from './accumulate';

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
}

/** Result of one chat request: whatever arrived, plus a readable error if it failed. */
export interface ChatOutcome extends Omit<Accumulated, 'error'> {
  error?: MessageError;
  exchange?: Exchange;
}

const STREAMING_TYPES = /text\/event-stream|ndjson/i;

/** Sends one chat request through the recording fetch and reads the answer, streamed or whole. */
export async function runChat(input: RunChatInput): Promise<ChatOutcome> {
  const { http, adapter, target, messages, stream, signal, onEvent, knownModels, options } = input;
  const acc = emptyAccumulated();
  const emit = (event: ChatEvent) => {
    accumulate(acc, event);
    onEvent?.(event);
  };
  const request = adapter.chatRequest(target, messages, stream, options);
  // Some hosts and proxies echo the key in their error text; it must not reach a window or a log.
  const secrets = collectSecrets(request.headers, request.url);
  const finish = (acc: Accumulated, exchange: Exchange | undefined, error?: MessageError) =>
    finishOutcome(acc, exchange, error ? { ...error, message: scrubSecrets(error.message, secrets) } : undefined);
  let exchange: Exchange | undefined;
  try {
    const recorded = await http.fetch(request, { providerId: target.providerId, purpose: 'chat', authHeader: target.auth.header }, signal);
    exchange = recorded.exchange;
    const { response } = recorded;
    if (!response.ok) {
      const bodyText = await response.text();
      const info = adapter.parseError(response.status, bodyText);
      const causes = explainFailure({ target, exchange, status: response.status, error: info, bodyText, ...(knownModels ? { knownModels } : {}) });
      http.annotate(exchange, causes);
      return finish(acc, exchange, { status: response.status, message: withRetryAfter(info.message, response), causes, exchangeId: exchange.id });
    }
    const contentType = response.headers.get('content-type') ?? '';
    if (STREAMING_TYPES.test(contentType) && response.body) {
      const decoder = adapter.createStreamDecoder();
      const text = new TextDecoder();
      const reader = response.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        for (const event of decoder.push(text.decode(value, { stream: true }))) emit(event);
      }
      for (const event of [...decoder.push(text.decode()), ...decoder.end()]) emit(event);
    } else {
      const bodyText = await response.text();
      let body: unknown;
      try {
        body = JSON.parse(bodyText);
      } catch {
        const causes = explainFailure({ target, exchange, status: response.status, bodyText });
        http.annotate(exchange, causes);
        return finish(acc, exchange, { status: response.status, message: adapter.parseError(response.status, bodyText).message, causes, exchangeId: exchange.id });
      }
      // Asked to stream but answered with one JSON array (Gemini without alt=sse): same decoder.
      const events = stream && Array.isArray(body) ? [...adapter.createStreamDecoder().push(bodyText)] : adapter.parseCompletion(body);
      for (const event of events) emit(event);
    }
  } catch (error) {
    if (signal?.aborted) {
      acc.finishReason = 'aborted';
      return finish(acc, exchange);
    }
    if (error instanceof NetworkError) {
      exchange = error.exchange;
      const causes = explainFailure({ target, exchange, networkMessage: error.message, ...(error.code ? { networkCode: error.code } : {}) });
      http.annotate(exchange, causes);
      const unsendable = /ByteString|header value|invalid header/i.test(error.message);
      const message = unsendable ? `The request was not sent: a header (usually the key) contains characters HTTP does not allow (${error.message})` : `Could not reach ${hostOf(request.url)}: ${error.message}`;
      return finish(acc, exchange, { message, causes, exchangeId: exchange.id });
    }
    const message = error instanceof Error ? error.message : String(error);
    return finish(acc, exchange, { message: `The response stream broke off: ${message}`, causes: [], ...(exchange ? { exchangeId: exchange.id } : {}) });
  }
  if (acc.error) {
    const causes = explainFailure({ target, ...(exchange ? { exchange } : {}), status: acc.error.status ?? statusFromCode(acc.error.code), error: acc.error });
    if (exchange) http.annotate(exchange, causes);
    return finish(acc, exchange, { message: acc.error.message, causes, ...(exchange ? { exchangeId: exchange.id } : {}) });
  }
  return finish(acc, exchange);
}

function finishOutcome(acc: Accumulated, exchange: Exchange | undefined, error?: MessageError): ChatOutcome {
  const { error: _streamError, ...rest } = acc;
  return {
    ...rest,
    toolCalls: compactToolCalls(acc.toolCalls),
    ...(error ? { error, finishReason: acc.finishReason === 'aborted' ? 'aborted' : 'error' } : {}),
    ...(exchange ? { exchange } : {}),
  };
}

// Errors inside a 200 stream carry the HTTP-like code in the body (OpenRouter: 429, 401).
function statusFromCode(code: string | undefined): number {
  const n = Number(code);
  return Number.isInteger(n) && n >= 400 && n < 600 ? n : 200;
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
